// What to do where both sides changed the same sentence(s): merge, or ask.
//
// Merged silently only when
//   - both sides produce the same text there (the same edit made twice);
//   - one side only changed whitespace there and the other changed words: the words win (a re-indented or
//     re-wrapped line that the other side rewrote or deleted);
//   - one side's version already contains the other's edit and only adds to it (it lies on a shortest edit
//     path from the base through the other version, and keeps all of its words);
// otherwise it is a conflict of those sentences. Whitespace all three versions share at either end is cut
// off first: it is agreed text, not part of the disagreement.
import { LCS, type ILCSResult } from "node-diff3";
import type { ChunkSink } from "./chunk-sink";
import { Interner } from "./sequence-match";
import { isSpace } from "./tokenize";

/** Decide one block: b, m, t are its tokens in base, mine and theirs. */
export function decideBlock(b: string[], m: string[], t: string[], mineSpace: boolean, theirsSpace: boolean, sink: ChunkSink) {
  const lead = sharedSpace(b, m, t, (x, k) => x[k]);
  const trim = (x: string[], trail: number) => x.slice(lead, x.length - trail);
  const trail = sharedSpace(trim(b, 0), trim(m, 0), trim(t, 0), (x, k) => x[x.length - 1 - k]);
  const head = b.slice(0, lead).join("");
  const tail = b.slice(b.length - trail).join("");
  sink.stable(head, head, "none");
  decide(trim(b, trail), trim(m, trail), trim(t, trail), mineSpace, theirsSpace, sink);
  sink.stable(tail, tail, "none");
}

function sharedSpace(b: string[], m: string[], t: string[], at: (x: string[], k: number) => string | undefined) {
  let k = 0;
  for (;;) {
    const token = at(b, k);
    if (token === undefined || !isSpace(token) || at(m, k) !== token || at(t, k) !== token) return k;
    k++;
  }
}

function decide(b: string[], m: string[], t: string[], mineSpace: boolean, theirsSpace: boolean, sink: ChunkSink) {
  const baseText = b.join("");
  const mineText = m.join("");
  const theirsText = t.join("");
  if (mineText === theirsText) sink.stable(mineText, baseText, "both");
  else if (mineSpace && !theirsSpace) sink.stable(theirsText, baseText, "theirs");
  else if (theirsSpace && !mineSpace) sink.stable(mineText, baseText, "mine");
  else if (contains(b, m, t)) sink.stable(theirsText, baseText, "both");
  else if (contains(b, t, m)) sink.stable(mineText, baseText, "both");
  else sink.conflict(baseText, mineText, theirsText);
}

// Above this many tokens on a side (a few sentences), the exact LCS below gets slow (about 5 ms at 300):
// such a block simply stays a conflict.
const MAX_CONTAINS = 300;

/**
 * Whether `fuller` already holds `partial`'s edit of `base` and only adds to it: fuller lies on a shortest
 * edit path from base through partial (d(base, partial) + d(partial, fuller) = d(base, fuller)), and keeps
 * every word of partial. Going further by deleting or replacing words (sixty-five -> seventy-five) is a
 * disagreement, not an addition: that stays a conflict.
 */
function contains(base: string[], partial: string[], fuller: string[]): boolean {
  if (Math.max(base.length, partial.length, fuller.length) > MAX_CONTAINS) return false;
  if (!wordsIncluded(partial, fuller)) return false; // cheap test first: most blocks fail here
  const interner = new Interner();
  const ids = (x: string[]) => Array.from(interner.all(x));
  const [b, p, f] = [ids(base), ids(partial), ids(fuller)];
  if (distance(b, p) + distance(p, f) !== distance(b, f)) return false;
  const words = (x: string[]) => ids(x.filter((t) => !isSpace(t)));
  const [pw, fw] = [words(partial), words(fuller)];
  return distance(pw, fw) === fw.length - pw.length;
}

// Whether every word of `part` occurs in `whole` at least as often.
function wordsIncluded(part: string[], whole: string[]): boolean {
  const count = new Map<string, number>();
  for (const t of whole) if (!isSpace(t)) count.set(t, (count.get(t) ?? 0) + 1);
  for (const t of part) {
    if (isSpace(t)) continue;
    const n = count.get(t) ?? 0;
    if (n === 0) return false;
    count.set(t, n - 1);
  }
  return true;
}

// Insert/delete edit distance: |a| + |b| - 2 |LCS(a, b)|.
function distance(a: number[], b: number[]): number {
  let common = 0;
  for (let c: ILCSResult | null = LCS(a, b); c && c.buffer1index >= 0; c = c.chain) common++;
  return a.length + b.length - 2 * common;
}
