// Three-way merge of one text: by line first, then by word inside the regions both sides changed.
//
// The line pass is what keeps a 1 MB note fast: lines that neither side changed are anchors, and only the
// regions between them are looked at again. A region changed by one side only (or identically by both)
// is taken as it is; only a region changed by both goes to the word-level merge and its policy.
import { alignThree, sameRange } from "./align-three";
import { ChunkSink } from "./chunk-sink";
import { conformLineEndings, uniformLineEnding } from "./line-endings";
import { mergeRegion } from "./merge-region";
import { Interner, matchSequences } from "./sequence-match";
import { splitLines } from "./tokenize";
import type { MergeResult } from "./types";

export function mergeTexts(base: string, mine: string, theirs: string): MergeResult {
  // One exception to "never normalise": see line-endings.ts.
  const style = uniformLineEnding(mine);
  if (style) {
    base = conformLineEndings(base, style);
    theirs = conformLineEndings(theirs, style);
  }
  const sink = new ChunkSink();
  const bl = splitLines(base);
  const ml = splitLines(mine);
  const tl = splitLines(theirs);
  const interner = new Interner();
  const bi = interner.all(bl);
  const mi = interner.all(ml);
  const ti = interner.all(tl);
  const baseToMine = dropLoneBlankMatches(matchSequences(bi, mi, interner.size), bl);
  const baseToTheirs = dropLoneBlankMatches(matchSequences(bi, ti, interner.size), bl);
  const join = (lines: string[], from: number, to: number) => lines.slice(from, to).join("");

  for (const r of alignThree(bl.length, ml.length, tl.length, baseToMine, baseToTheirs)) {
    const b = join(bl, r.b0, r.b1);
    if (r.stable) {
      sink.stable(b, b, "none");
    } else if (sameRange(bi, r.b0, r.b1, mi, r.m0, r.m1)) {
      sink.stable(join(tl, r.t0, r.t1), b, "theirs");
    } else if (sameRange(bi, r.b0, r.b1, ti, r.t0, r.t1)) {
      sink.stable(join(ml, r.m0, r.m1), b, "mine");
    } else if (sameRange(mi, r.m0, r.m1, ti, r.t0, r.t1)) {
      sink.stable(join(ml, r.m0, r.m1), b, "both");
    } else {
      mergeRegion(b, join(ml, r.m0, r.m1), join(tl, r.t0, r.t1), sink);
    }
  }
  return sink.finish();
}

// A blank line kept between two changed lines proves nothing: with every paragraph around it edited, the
// line diff may pair it with the wrong blank line and cut the region in the wrong place. Unpairing it
// leaves the alignment of that stretch to the word-level merge, which sees how similar the paragraphs are.
function dropLoneBlankMatches(baseToSide: Int32Array, baseLines: readonly string[]): Int32Array {
  const n = baseLines.length;
  const lone = (i: number) =>
    baseToSide[i]! >= 0 &&
    i > 0 &&
    i < n - 1 &&
    baseToSide[i - 1]! < 0 &&
    baseToSide[i + 1]! < 0 &&
    baseLines[i]!.trim() === "";
  for (let i = 1; i < n - 1; i++) if (lone(i)) baseToSide[i] = -1;
  return baseToSide;
}
