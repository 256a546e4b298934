// Word highlights for the merge dialog: what one version changed compared with the base.
//
// jsdiff compares our own tokens (diffArrays) rather than tokenising by itself (diffWordsWithSpace): ours
// never cut inside an emoji sequence or between a letter and its accent, and they treat CJK characters as
// words. Two clean-ups make the result read as a person would describe the change:
//   - a common prefix and suffix are cut off first, so a long text with a small change stays cheap;
//   - whitespace that merely survived between two changed words is folded into the change, so a rewritten
//     phrase reads "removed: the old words / added: some new text", not word-by-word confetti.
import { diffArrays } from "diff";
import { tokenize } from "./tokenize";
import type { WordDiffPart } from "./types";

// Past this many edits jsdiff stops, and the middle is shown as removed then added as a whole.
const MAX_EDIT_LENGTH = 4000;

export function wordDiff(before: string, after: string): WordDiffPart[] {
  const a = tokenize(before);
  const b = tokenize(after);
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
  let suf = 0;
  while (suf < a.length - pre && suf < b.length - pre && a[a.length - 1 - suf] === b[b.length - 1 - suf]) suf++;
  const midA = a.slice(pre, a.length - suf);
  const midB = b.slice(pre, b.length - suf);

  const parts: WordDiffPart[] = [];
  const push = (text: string, kind: WordDiffPart["kind"]) => {
    if (text === "") return;
    const last = parts[parts.length - 1];
    if (last && last.kind === kind) last.text += text;
    else parts.push({ text, kind });
  };
  push(a.slice(0, pre).join(""), "same");
  const changes = midA.length && midB.length ? diffArrays(midA, midB, { maxEditLength: MAX_EDIT_LENGTH }) : undefined;
  if (changes) {
    const folded = foldSurvivingSpace(changes.map((c) => ({ text: c.value.join(""), added: c.added, removed: c.removed })));
    for (const c of folded) push(c.text, c.added ? "added" : c.removed ? "removed" : "same");
  } else {
    push(midA.join(""), "removed");
    push(midB.join(""), "added");
  }
  push(a.slice(a.length - suf).join(""), "same");
  return reorder(parts);
}

type Change = { text: string; added: boolean; removed: boolean };

// A "same" run of whitespace only, with changes on both sides, becomes removed + added.
function foldSurvivingSpace(changes: Change[]): Change[] {
  const out: Change[] = [];
  for (let i = 0; i < changes.length; i++) {
    const c = changes[i]!;
    const changed = (x: Change | undefined) => x !== undefined && (x.added || x.removed);
    if (!c.added && !c.removed && c.text.trim() === "" && changed(changes[i - 1]) && changed(changes[i + 1])) {
      out.push({ text: c.text, added: false, removed: true }, { text: c.text, added: true, removed: false });
    } else {
      out.push(c);
    }
  }
  return out;
}

// Within each run of changes, all removed text first, then all added text (merging the pieces).
function reorder(parts: WordDiffPart[]): WordDiffPart[] {
  const out: WordDiffPart[] = [];
  let removed = "";
  let added = "";
  const flush = () => {
    if (removed) out.push({ text: removed, kind: "removed" });
    if (added) out.push({ text: added, kind: "added" });
    removed = added = "";
  };
  for (const p of parts) {
    if (p.kind === "removed") removed += p.text;
    else if (p.kind === "added") added += p.text;
    else {
      flush();
      out.push(p);
    }
  }
  flush();
  return out;
}
