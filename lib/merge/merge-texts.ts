// Three-way merge of one text: by line first, then by word inside the regions both sides changed.
//
// The line pass is what keeps a 1 MB note fast: lines that neither side changed are anchors, and only the
// regions between them are looked at again. A region changed by one side only (or identically by both)
// is taken as it is; only a region changed by both goes to the word-level merge and its policy. Blank lines
// are weak anchors: a lone one between changed lines is ignored, and so are blank lines between one side's
// new lines and the other side's change, so that the word-level merge sees such neighbours together.
import { alignThree, sameRange, type Region } from "./align-three";
import { ChunkSink } from "./chunk-sink";
import { lacksFinalLineBreak, type FinalLineBreaks } from "./final-line-break";
import { conformLineEndings, convertingSide, lineEnding, uniformLineEnding } from "./line-endings";
import { mergeRegion } from "./merge-region";
import { Interner, matchSequences } from "./sequence-match";
import { splitLines } from "./tokenize";
import type { MergeResult } from "./types";

export function mergeTexts(base: string, mine: string, theirs: string): MergeResult {
  // One exception to "never normalise": see line-endings.ts.
  const converter = convertingSide(base, mine, theirs);
  const style = uniformLineEnding(mine);
  if (style) {
    base = conformLineEndings(base, style);
    theirs = conformLineEndings(theirs, style);
  }
  // A converting side that also changed words: every change of the other side is shown for review (but
  // changes of whitespace only, which merge as usual).
  const reviewed = converter && (converter === "mine" ? mine : theirs) !== base ? otherSide(converter) : null;

  // See final-line-break.ts.
  const added: FinalLineBreaks = { base: lacksFinalLineBreak(base), mine: lacksFinalLineBreak(mine), theirs: lacksFinalLineBreak(theirs) };
  if (added.base) base += lineEnding(base, mine, theirs);
  if (added.mine) mine += lineEnding(mine, theirs, base);
  if (added.theirs) theirs += lineEnding(theirs, mine, base);

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

  const regions = alignThree(bl.length, ml.length, tl.length, baseToMine, baseToTheirs);
  for (const r of joinAcrossBlankLines(regions, bl, bi, mi, ti)) {
    const b = join(bl, r.b0, r.b1);
    const m = () => join(ml, r.m0, r.m1);
    const t = () => join(tl, r.t0, r.t1);
    if (r.stable) {
      sink.stable(b, b, "none");
    } else if (sameRange(mi, r.m0, r.m1, ti, r.t0, r.t1)) {
      sink.stable(m(), b, "both");
    } else if (reviewed && !sameWords(b, reviewed === "mine" ? m() : t())) {
      // (New lines of the reviewed side are no "both-inserted": the converting side added nothing there.)
      sink.conflict(b, m(), t(), b.trim() === "" ? "both-edited" : undefined, "line-endings");
    } else if (sameRange(bi, r.b0, r.b1, mi, r.m0, r.m1)) {
      sink.stable(t(), b, "theirs");
    } else if (sameRange(bi, r.b0, r.b1, ti, r.t0, r.t1)) {
      sink.stable(m(), b, "mine");
    } else {
      mergeRegion(b, m(), t(), sink);
    }
  }
  return sink.finish(added);
}

const otherSide = (side: "mine" | "theirs") => (side === "mine" ? "theirs" : "mine");

// Whether two texts differ in whitespace only (spacing, re-wrapping, blank lines): such a change carries no
// words that a conversion could have lost, so it merges as usual.
const sameWords = (a: string, b: string) => a.replace(/\s+/gu, "") === b.replace(/\s+/gu, "");

// Blank lines kept between one side's new lines and the other side's change are no anchor either: new
// paragraphs added by both sides on either side of one blank line were added at one place, and a paragraph
// added next to one that the other side removed was written against it. Such regions are merged as one, so
// that the word-level merge sees them together (its rules decide whether they conflict).
function joinAcrossBlankLines(regions: Region[], bl: readonly string[], bi: Int32Array, mi: Int32Array, ti: Int32Array): Region[] {
  const out: Region[] = [];
  const changedBy = (r: Region) => ({
    mine: !sameRange(bi, r.b0, r.b1, mi, r.m0, r.m1),
    theirs: !sameRange(bi, r.b0, r.b1, ti, r.t0, r.t1),
  });
  const blankOnly = (r: Region) => {
    for (let i = r.b0; i < r.b1; i++) if (bl[i]!.trim() !== "") return false;
    return true;
  };
  for (let k = 0; k < regions.length; k++) {
    const r = regions[k]!;
    const last = out[out.length - 1];
    const next = regions[k + 1];
    if (r.stable && last && !last.stable && next && !next.stable && blankOnly(r)) {
      const a = changedBy(last);
      const b = changedBy(next);
      const bothSides = (a.mine || b.mine) && (a.theirs || b.theirs) && !(a.mine && a.theirs && b.mine && b.theirs);
      if (bothSides && (last.b0 === last.b1 || next.b0 === next.b1)) {
        out[out.length - 1] = { stable: false, b0: last.b0, b1: next.b1, m0: last.m0, m1: next.m1, t0: last.t0, t1: next.t1 };
        k++;
        continue;
      }
    }
    out.push({ ...r });
  }
  return out;
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
