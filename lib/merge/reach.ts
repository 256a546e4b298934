// How far a change reaches: the sentence(s) it touches, on a doubled axis where token i is 2i + 1 and the
// point just before token i is 2i (so insertions, which sit between tokens, have a place too). Intervals are
// closed: [p0, p1] is where the change physically is, [r0, r1] how far it reaches.
import type { Hunk } from "./hunks";
import { joinedSentences, type Units } from "./sentences";
import { isLineBreak, isSpace } from "./tokenize";

export type Reach = {
  hunk: Hunk;
  /** where the change physically is */
  p0: number;
  p1: number;
  /** how far it reaches (the sentences it touches) */
  r0: number;
  r1: number;
  /** where it touches whitespace that the other side's change may touch too (see spaceTouched) */
  s0: number;
  s1: number;
};

export function reachOf(hunk: Hunk, units: Units, base: readonly string[]): Reach {
  const { b0, b1 } = hunk;
  const n = base.length;
  const p0 = b0 < b1 ? 2 * b0 + 1 : 2 * b0;
  const p1 = b0 < b1 ? 2 * b1 - 1 : 2 * b0;
  const [s0, s1] = spaceTouched(hunk, base, p0, p1);
  if (hunk.spaceOnly) return { hunk, p0, p1, r0: p0, r1: p1, s0, s1 };
  const joined = b0 === b1 ? sentencesExtended(hunk, units, base) : null;
  if (joined) {
    const [left, right] = joined;
    const r0 = left >= 0 ? Math.min(p0, 2 * units.start[left]! + 1) : p0;
    const r1 = right >= 0 ? Math.max(p1, 2 * units.end[right]! - 1) : p1;
    return { hunk, p0, p1, r0, r1, s0, s1 };
  }
  const u0 = b0 < b1 ? units.unitOf[b0]! : insertionUnit(b0, units, n, hunk.tokens);
  const u1 = b0 < b1 ? units.unitOf[b1 - 1]! : u0;
  if (u0 < 0 || inLineEdge(hunk, units, base, u0, u1)) return { hunk, p0, p1, r0: p0, r1: p1, s0, s1 };
  // A unit's reach is its tokens; the change itself is always included (an insertion at a gap's edge).
  let r0 = Math.min(p0, 2 * units.start[u0]! + 1);
  let r1 = Math.max(p1, 2 * units.end[u1]! - 1);
  if (b0 === b1 && units.gap[u0] && units.breaks[u0] && hunk.tokens.some(isLineBreak)) {
    [r0, r1] = newLinesReach(hunk, units, base, u0);
    r0 = Math.min(r0, p0);
    r1 = Math.max(r1, p0);
  }
  if (b0 < b1 && hunk.tokens.every(isSpace)) {
    // A deletion also reaches the spaces between it and its neighbour sentences on the same line: a sentence
    // the other side inserted right there was written next to something that no longer exists. (Lines
    // added next to removed text, and edits next to a deleted sentence: see merge-region.ts.)
    const inLine = (u: number) => u >= 0 && u < units.gap.length && units.gap[u]! && !units.breaks[u];
    r0 = inLine(u0 - 1) ? 2 * units.start[u0 - 1]! : Math.min(r0, 2 * units.start[u0]!);
    r1 = inLine(u1 + 1) ? 2 * units.end[u1 + 1]! : Math.max(r1, 2 * units.end[u1]!);
  }
  return { hunk, p0, p1, r0, r1, s0, s1 };
}

// Words added at the edge of a sentence, on its line, are an edit of that sentence (`Collision test` ->
// `Collision test one`, `Big Collision test`; `- buy milk` -> `- buy milk and eggs`): a line without sentence
// punctuation (a title, a heading, a list item) is one sentence, whichever end it grows at. Text that stands
// apart as sentences of its own (` Bring food.` after `We meet Monday.`) is not: it is placed by
// insertionUnit below. Null when the insertion is inside a unit, holds a line break, or joins nothing.
function sentencesExtended(hunk: Hunk, units: Units, base: readonly string[]): [number, number] | null {
  const p = hunk.b0;
  const left = p > 0 ? units.unitOf[p - 1]! : -1;
  const right = p < base.length ? units.unitOf[p]! : -1;
  if ((left >= 0 && left === right) || hunk.tokens.some(isLineBreak)) return null;
  const [l, r] = joinedSentences(base, units, p, hunk.tokens);
  return l >= 0 || r >= 0 ? [l, r] : null;
}

// New lines added in the line breaks between two lines of text go to one of three places: right under the
// line above (no blank line between them: more of the block above, say an attribute line or a list item),
// right over the line below (more of the block below), or between the two, blank lines on both sides (a
// block of their own). New lines that start under the line above and go on with a blank line and more
// reach from the first place to the second; two sides' new lines meet only where their places do. The line
// break that ends the line above stands for the first place, the point after the last line break for the
// third, what lies between for the second. (Spaces at the end of the line above are that line's own.)
function newLinesReach(hunk: Hunk, units: Units, base: readonly string[], u: number): [number, number] {
  const lineBreaks: number[] = [];
  for (let i = units.start[u]!; i < units.end[u]!; i++) if (isLineBreak(base[i]!)) lineBreaks.push(i);
  // A gap at the start of a region follows the line break that ended the line before the region: that one
  // stands at point 0, and the places after it move on by one.
  const before = units.start[u] === 0;
  const first = lineBreaks[0]!;
  const last = lineBreaks[lineBreaks.length - 1]!;
  const above = before ? 0 : 2 * first + 1;
  const below = 2 * last + 2;
  const between: [number, number] = before ? [1, 2 * last + 1] : first < last ? [2 * first + 2, 2 * last + 1] : [above, above];
  const k = lineBreaks.filter((i) => i < hunk.b0).length + (before ? 1 : 0); // line breaks before the insertion
  const count = lineBreaks.length + (before ? 1 : 0);
  const t = hunk.tokens;
  let lead = 0;
  for (let i = 0; i < t.length && isSpace(t[i]!); i++) if (isLineBreak(t[i]!)) lead++;
  let trail = 0;
  for (let i = t.length - 1; i >= 0 && isSpace(t[i]!); i--) if (isLineBreak(t[i]!)) trail++;
  const underAbove = k + lead <= 1;
  // (At the end of a region the line below is not known: it may be blank.)
  const overBelow = count - k + trail <= 1 && units.end[u]! < base.length;
  const r0 = underAbove ? above : overBelow && !hasBlankLine(t) ? below : between[0];
  const r1 = overBelow ? below : underAbove && !hasBlankLine(t) ? above : between[1];
  return [Math.min(r0, r1), Math.max(r0, r1)];
}

// Whether the tokens hold a blank line: two line breaks with nothing but spaces between them.
function hasBlankLine(tokens: readonly string[]): boolean {
  let breaks = 0;
  for (const t of tokens) {
    if (isLineBreak(t)) {
      if (++breaks === 2) return true;
    } else if (!isSpace(t)) {
      breaks = 0;
    }
  }
  return false;
}

// A change of the whitespace at the end of a line (or the start of one) that puts text there but no line
// break stays on that line: it reaches only itself, not the new lines or paragraphs that the other side
// may add in the line breaks of the same gap.
function inLineEdge(hunk: Hunk, units: Units, base: readonly string[], u0: number, u1: number): boolean {
  const { b0, b1 } = hunk;
  if (b0 === b1 || u0 !== u1 || !units.gap[u0] || !units.breaks[u0] || hunk.tokens.some(isLineBreak)) return false;
  for (let i = b0; i < b1; i++) if (isLineBreak(base[i]!)) return false;
  return true;
}

// The whitespace between two words is one place: two sides' changes that each take away part of it (one
// deletes a trailing space, the other the line break after it) would otherwise both apply and glue the two
// words together. So a change that takes whitespace away at one of its ends, without putting any back
// there, also covers the rest of that run of whitespace, or, when it took the whole run, the point beyond
// it (where text inserted by the other side would be glued on); the other side's changes that meet that
// span are decided together with it (blocks.ts), like changes that physically overlap.
function spaceTouched(hunk: Hunk, base: readonly string[], p0: number, p1: number): [number, number] {
  const { b0, b1, tokens } = hunk;
  const space = (i: number) => i >= 0 && i < base.length && isSpace(base[i]!);
  let s0 = p0;
  let s1 = p1;
  if (b0 < b1 && space(b0) && !(tokens.length > 0 && isSpace(tokens[0]!))) {
    let lo = b0;
    while (space(lo - 1)) lo--;
    s0 = lo < b0 ? 2 * lo + 1 : 2 * b0;
  }
  if (b0 < b1 && space(b1 - 1) && !(tokens.length > 0 && isSpace(tokens[tokens.length - 1]!))) {
    let hi = b1;
    while (space(hi)) hi++;
    s1 = hi > b1 ? 2 * hi - 1 : 2 * b1;
  }
  if (strippedLineEnd(hunk, base)) {
    let start = b0;
    while (start > 0 && !isLineBreak(base[start - 1]!)) start--;
    s0 = Math.min(s0, 2 * start + 1);
  }
  return [s0, s1];
}

// Trailing whitespace removed from a line (what an editor's "trim trailing whitespace" does to every line it
// saves) is invisible and rarely meant: on a line the other side changed, it meets that change, and as a
// whitespace-only change it yields to it (decide.ts), so the line comes out as the other side wrote it.
function strippedLineEnd(hunk: Hunk, base: readonly string[]): boolean {
  const { b0, b1 } = hunk;
  if (!hunk.spaceOnly || hunk.tokens.length > 0 || b0 === b1) return false;
  if (b1 < base.length && !isLineBreak(base[b1]!)) return false;
  for (let i = b0; i < b1; i++) if (isLineBreak(base[i]!)) return false;
  return true;
}

// Text inserted inside a sentence belongs to that sentence; text inserted next to whitespace between
// sentences belongs to that gap (so two sides adding sentences at one place meet there); text inserted
// where two sentences touch, or at either end, belongs to that point alone. So does text added at the end
// of a line, or at the start of one, without a line break of its own: it goes on that line, a different
// place from new lines or paragraphs added in the line break or blank lines that follow (or precede).
function insertionUnit(p: number, units: Units, n: number, inserted: readonly string[]): number {
  const left = p > 0 ? units.unitOf[p - 1]! : -1;
  const right = p < n ? units.unitOf[p]! : -1;
  if (left >= 0 && left === right) return left;
  const inLine = !inserted.some(isLineBreak);
  if (left >= 0 && units.gap[left]) return inLine && units.breaks[left] && right >= 0 ? -1 : left;
  if (right >= 0 && units.gap[right]) return inLine && units.breaks[right] && left >= 0 ? -1 : right;
  return -1;
}
