// Collects merge output in text order: coalesces neighbouring stable pieces changed by the same side (a
// 1 MB note would otherwise be tens of thousands of chunks), gives back the final line break where a version
// had none (see final-line-break.ts), then gives every conflict its key and the separator to use when both
// versions are kept.
import { conflictKey } from "./conflict-key";
import { changedFlag, cutLineBreak, mergedFlag, type FinalLineBreaks } from "./final-line-break";
import { lineEnding } from "./line-endings";
import type { ChangedBy, ConflictCause, ConflictChunk, ConflictReason, MergeChunk, MergeResult, StableChunk } from "./types";

type Pending = { texts: string[]; bases: string[]; changedBy: ChangedBy };
type RawConflict = { base: string; mine: string; theirs: string; reason?: ConflictReason; cause?: ConflictCause };

export class ChunkSink {
  private readonly chunks: Array<MergeChunk | RawConflict> = [];
  private pending: Pending | null = null;

  stable(text: string, base: string, changedBy: ChangedBy): void {
    if (text === "" && base === "") return;
    if (this.pending && this.pending.changedBy === changedBy) {
      this.pending.texts.push(text);
      this.pending.bases.push(base);
      return;
    }
    this.flush();
    this.pending = { texts: [text], bases: [base], changedBy };
  }

  /** A conflict; its reason is worked out from the texts unless given. */
  conflict(base: string, mine: string, theirs: string, reason?: ConflictReason, cause?: ConflictCause): void {
    this.flush();
    this.chunks.push({ base, mine, theirs, reason, cause });
  }

  /** The result. `added` says which versions were given a final line break they did not have. */
  finish(added?: FinalLineBreaks): MergeResult {
    this.flush();
    if (added) this.takeBackFinalLineBreaks(added);
    // A text of one line (a title) stays one line when both versions of a conflict are kept.
    let oneLine: boolean | undefined;
    const isOneLine = () => (oneLine ??= !this.chunks.some((c) => LINE_BREAK.test(allText(c))));
    const seen = new Map<string, number>();
    const chunks: MergeChunk[] = [];
    let conflicts = 0;
    for (let i = 0; i < this.chunks.length; i++) {
      const c = this.chunks[i]!;
      if ("kind" in c) {
        chunks.push(c);
        continue;
      }
      conflicts++;
      const hash = conflictKey(c.base, c.mine, c.theirs);
      const n = (seen.get(hash) ?? 0) + 1;
      seen.set(hash, n);
      const before = i > 0 ? textOf(this.chunks[i - 1]!) : "";
      const after = i + 1 < this.chunks.length ? textOf(this.chunks[i + 1]!) : "";
      const chunk: ConflictChunk = {
        kind: "conflict",
        key: `${hash}-${n}`,
        base: c.base,
        mine: c.mine,
        theirs: c.theirs,
        reason: c.reason ?? reasonOf(c),
        separator: separatorFor(c, before, after, isOneLine()),
      };
      if (c.cause) chunk.cause = c.cause;
      chunks.push(chunk);
    }
    return { chunks, conflicts, clean: conflicts === 0 };
  }

  // Undoes the final line breaks added before merging. The merged text ends without one when the merge of
  // the three "ends without a line break" flags says so; the base texts of the chunks lose the one the base
  // did not have. A conflict at the very end keeps each version's own ending.
  private takeBackFinalLineBreaks(added: FinalLineBreaks) {
    let cutText = mergedFlag(added);
    let cutBase = added.base;
    for (let i = this.chunks.length - 1; i >= 0 && (cutText || cutBase); i--) {
      const c = this.chunks[i]!;
      if (!("kind" in c)) {
        // The text ends in this conflict: each version keeps its own ending. (When the conflict is text both
        // sides added, the base's end lies before it.)
        const cut = (text: string, flag: boolean) => (flag ? cutLineBreak(text) : text);
        this.chunks[i] = { ...c, base: cut(c.base, cutBase), mine: cut(c.mine, added.mine), theirs: cut(c.theirs, added.theirs) };
        cutText = false;
        cutBase &&= c.base === "";
        continue;
      }
      const chunk = c as StableChunk;
      if (chunk.changedBy === "none" && chunk.text !== "" && cutText !== cutBase) {
        // Agreed text whose final line break one side added or removed: that line break is a change of its own.
        const text = cutLineBreak(chunk.text);
        const lineBreak = chunk.text.slice(text.length);
        if (lineBreak === "") return;
        const change: StableChunk = cutText
          ? { kind: "stable", text: "", base: lineBreak, changedBy: changedFlag(added) }
          : { kind: "stable", text: lineBreak, base: "", changedBy: changedFlag(added) };
        const rest: StableChunk[] = text === "" ? [] : [{ kind: "stable", text, base: text, changedBy: "none" }];
        this.chunks.splice(i, 1, ...rest, change);
        return;
      }
      const text = cutText ? cutLineBreak(chunk.text) : chunk.text;
      const base = cutBase ? cutLineBreak(chunk.base) : chunk.base;
      if (text === "" && base === "") this.chunks.splice(i, 1);
      else this.chunks[i] = { ...chunk, text, base };
      cutText &&= chunk.text === "";
      cutBase &&= chunk.base === "";
    }
  }

  private flush() {
    const p = this.pending;
    if (!p) return;
    const text = p.texts.join("");
    const base = p.changedBy === "none" ? text : p.bases.join("");
    this.chunks.push({ kind: "stable", text, base, changedBy: p.changedBy });
    this.pending = null;
  }
}

const textOf = (c: MergeChunk | RawConflict): string => ("kind" in c && c.kind === "stable" ? c.text : c.base);

const allText = (c: MergeChunk | RawConflict): string =>
  "kind" in c && c.kind === "stable" ? c.text + c.base : (c as RawConflict).base + (c as RawConflict).mine + (c as RawConflict).theirs;

const blank = (s: string) => s.trim() === "";

function reasonOf(c: RawConflict): ConflictReason {
  if (blank(c.base)) return "both-inserted";
  if (blank(c.mine)) return "mine-deleted";
  if (blank(c.theirs)) return "theirs-deleted";
  return "both-edited";
}

const LINE_BREAK = /[\r\n]/;
const ENDS_LINE = /(?:\r\n|\n|\r)$/;
const STARTS_LINE = /^(?:\r\n|\n|\r)/;
const CJK_END = /[\p{Ideographic}\p{Script=Hiragana}\p{Script=Katakana}。！？、」』）]$/u;

// A conflict that fills whole lines keeps line structure when both versions are kept: they go on lines of
// their own, unless the text is one line (a title). Inside a line they are joined with a space, or with
// nothing in CJK text, which has no spaces.
function separatorFor(c: RawConflict, before: string, after: string, oneLine: boolean): string {
  const lineStart = !oneLine && (before === "" || ENDS_LINE.test(before));
  const lineEnd = after === "" || STARTS_LINE.test(after) || ENDS_LINE.test(c.mine) || ENDS_LINE.test(c.theirs);
  if (lineStart && lineEnd) return lineEnding(c.mine, c.theirs, c.base, before, after);
  if (CJK_END.test(c.mine) || CJK_END.test(c.theirs)) return "";
  return " ";
}
