// Turning a merge result and the user's choices into text.
import { tokenize } from "./tokenize";
import type { ConflictChoice, ConflictChunk, MergeResult } from "./types";

/** The merged text, or null while any conflict has no choice yet. Choices are looked up by conflict key. */
export function resolvedText(
  result: MergeResult,
  choices: Readonly<Record<string, ConflictChoice | undefined>>,
): string | null {
  const parts: string[] = [];
  for (const chunk of result.chunks) {
    if (chunk.kind === "stable") {
      parts.push(chunk.text);
      continue;
    }
    const choice = choices[chunk.key];
    if (!choice) return null;
    parts.push(conflictText(chunk, choice));
  }
  return parts.join("");
}

/** The text one choice gives for one conflict (also what the dialog previews). */
export function conflictText(chunk: ConflictChunk, choice: ConflictChoice): string {
  switch (choice.kind) {
    case "mine":
      return chunk.mine;
    case "theirs":
      return chunk.theirs;
    case "mine-then-theirs":
      return keepBoth(chunk, chunk.mine, chunk.theirs);
    case "theirs-then-mine":
      return keepBoth(chunk, chunk.theirs, chunk.mine);
    case "custom":
      return choice.text;
  }
}

const LINE_BREAK_END = /(?:\r\n|\n|\r)$/;
const SPACE_END = /\s$/u;
const SPACE_START = /^\s/u;

// Both versions, one after the other. When both sides inserted at the same place (their versions share
// the base text around the insertions), only the insertions are put one after the other, so the
// surrounding text is not repeated. Otherwise each version is kept whole, with a line break between them
// when the conflict fills whole lines and a space inside a line.
function keepBoth(chunk: ConflictChunk, first: string, second: string): string {
  if (first === "") return second;
  if (second === "") return first;
  const b = tokenize(chunk.base);
  const f = tokenize(first);
  const s = tokenize(second);
  let pre = 0;
  while (pre < b.length && pre < f.length && pre < s.length && b[pre] === f[pre] && b[pre] === s[pre]) pre++;
  let suf = 0;
  while (
    suf < b.length - pre &&
    suf < f.length - pre &&
    suf < s.length - pre &&
    b[b.length - 1 - suf] === f[f.length - 1 - suf] &&
    b[b.length - 1 - suf] === s[s.length - 1 - suf]
  ) {
    suf++;
  }
  if (pre + suf === b.length) {
    const core = (x: string[]) => x.slice(pre, x.length - suf).join("");
    return b.slice(0, pre).join("") + join(core(f), core(s), chunk.separator) + b.slice(b.length - suf).join("");
  }
  return join(first, second, chunk.separator);
}

function join(first: string, second: string, separator: string): string {
  if (first === "" || second === "") return first + second;
  if (separator === "\n" || separator === "\r\n") {
    return LINE_BREAK_END.test(first) ? first + second : first + separator + second;
  }
  if (SPACE_END.test(first) || SPACE_START.test(second)) return first + second;
  return first + separator + second;
}
