// Collects merge output in text order: coalesces neighbouring stable pieces changed by the same side (a
// 1 MB note would otherwise be tens of thousands of chunks), then gives every conflict its key and the
// separator to use when both versions are kept.
import { conflictKey } from "./conflict-key";
import { lineEnding } from "./line-endings";
import type { ChangedBy, ConflictChunk, ConflictReason, MergeChunk, MergeResult } from "./types";

type Pending = { texts: string[]; bases: string[]; changedBy: ChangedBy };
type RawConflict = { base: string; mine: string; theirs: string };

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

  conflict(base: string, mine: string, theirs: string): void {
    this.flush();
    this.chunks.push({ base, mine, theirs });
  }

  finish(): MergeResult {
    this.flush();
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
        reason: reasonOf(c),
        separator: separatorFor(c, before, after),
      };
      chunks.push(chunk);
    }
    return { chunks, conflicts, clean: conflicts === 0 };
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

const blank = (s: string) => s.trim() === "";

function reasonOf(c: RawConflict): ConflictReason {
  if (blank(c.base)) return "both-inserted";
  if (blank(c.mine)) return "mine-deleted";
  if (blank(c.theirs)) return "theirs-deleted";
  return "both-edited";
}

const ENDS_LINE = /(?:\r\n|\n|\r)$/;
const STARTS_LINE = /^(?:\r\n|\n|\r)/;
const CJK_END = /[\p{Ideographic}\p{Script=Hiragana}\p{Script=Katakana}。！？、」』）]$/u;

// A conflict that fills whole lines keeps line structure when both versions are kept: they go on lines of
// their own. Inside a line they are joined with a space, or with nothing in CJK text, which has no spaces.
function separatorFor(c: RawConflict, before: string, after: string): string {
  const lineStart = before === "" || ENDS_LINE.test(before);
  const lineEnd = after === "" || STARTS_LINE.test(after) || ENDS_LINE.test(c.mine) || ENDS_LINE.test(c.theirs);
  if (lineStart && lineEnd) return lineEnding(c.mine, c.theirs, c.base, before, after);
  if (CJK_END.test(c.mine) || CJK_END.test(c.theirs)) return "";
  return " ";
}
