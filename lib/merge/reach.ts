// How far a change reaches: the sentence(s) it touches, on a doubled axis where token i is 2i + 1 and the
// point just before token i is 2i (so insertions, which sit between tokens, have a place too). Intervals are
// closed: [p0, p1] is where the change physically is, [r0, r1] how far it reaches.
import type { Hunk } from "./hunks";
import type { Units } from "./sentences";
import { isSpace } from "./tokenize";

export type Reach = { hunk: Hunk; p0: number; p1: number; r0: number; r1: number };

export function reachOf(hunk: Hunk, units: Units, n: number): Reach {
  const { b0, b1 } = hunk;
  const p0 = b0 < b1 ? 2 * b0 + 1 : 2 * b0;
  const p1 = b0 < b1 ? 2 * b1 - 1 : 2 * b0;
  if (hunk.spaceOnly) return { hunk, p0, p1, r0: p0, r1: p1 };
  const u0 = b0 < b1 ? units.unitOf[b0]! : insertionUnit(b0, units, n);
  const u1 = b0 < b1 ? units.unitOf[b1 - 1]! : u0;
  if (u0 < 0) return { hunk, p0, p1, r0: p0, r1: p1 };
  // A unit's reach is its tokens; the change itself is always included (an insertion at a gap's edge).
  let r0 = Math.min(p0, 2 * units.start[u0]! + 1);
  let r1 = Math.max(p1, 2 * units.end[u1]! - 1);
  if (b0 < b1 && hunk.tokens.every(isSpace)) {
    // A deletion also reaches the spaces between it and its neighbour sentences on the same line: a sentence
    // the other side inserted right there was written next to something that no longer exists. (A line
    // break is a firmer boundary: a line added after a deleted line is not about it.)
    const inLine = (u: number) => u >= 0 && u < units.gap.length && units.gap[u]! && !units.breaks[u];
    r0 = inLine(u0 - 1) ? 2 * units.start[u0 - 1]! : Math.min(r0, 2 * units.start[u0]!);
    r1 = inLine(u1 + 1) ? 2 * units.end[u1 + 1]! : Math.max(r1, 2 * units.end[u1]!);
  }
  return { hunk, p0, p1, r0, r1 };
}

// Text inserted inside a sentence belongs to that sentence; text inserted next to whitespace between
// sentences belongs to that gap (so two sides adding sentences at one place meet there); text inserted
// where two sentences touch, or at either end, belongs to that point alone.
function insertionUnit(p: number, units: Units, n: number): number {
  const left = p > 0 ? units.unitOf[p - 1]! : -1;
  const right = p < n ? units.unitOf[p]! : -1;
  if (left >= 0 && left === right) return left;
  if (left >= 0 && units.gap[left]) return left;
  if (right >= 0 && units.gap[right]) return right;
  return -1;
}
