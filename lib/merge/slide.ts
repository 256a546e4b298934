// Slides pure insertions and deletions to the place that best fits the sentence structure.
//
// A diff often has several equally short answers: deleting " Two." or "? Two" from "One? Two?" keeps the
// same number of tokens. Which one the LCS returns is arbitrary, but the merge policy judges changes by the
// sentences they touch, so a deletion that starts on the previous sentence's "?" would wrongly involve that
// sentence. Like git's diff compaction, each such hunk is moved along the run of equal tokens to the
// position touching the fewest sentences, and otherwise left where it is.
import type { Hunk } from "./hunks";
import type { Units } from "./sentences";

export function slideHunks(hunks: Hunk[], base: readonly string[], units: Units): Hunk[] {
  return hunks.map((h, k) => {
    const lo = k > 0 ? hunks[k - 1]!.b1 : 0;
    const hi = k + 1 < hunks.length ? hunks[k + 1]!.b0 : base.length;
    if (h.b0 === h.b1) return slideInsertion(h, base, units, lo, hi);
    if (h.tokens.length === 0) return slideDeletion(h, base, units, lo, hi);
    return h;
  });
}

function slideDeletion(h: Hunk, base: readonly string[], units: Units, lo: number, hi: number): Hunk {
  let best = h.b0;
  let bestCost = deletionCost(h.b0, h.b1, units);
  const len = h.b1 - h.b0;
  for (let s = h.b0; s > lo && base[s - 1] === base[s - 1 + len]; ) {
    s--;
    const cost = deletionCost(s, s + len, units);
    if (cost < bestCost) [best, bestCost] = [s, cost];
  }
  for (let s = h.b0; s + len < hi && base[s] === base[s + len]; ) {
    s++;
    const cost = deletionCost(s, s + len, units);
    if (cost < bestCost) [best, bestCost] = [s, cost];
  }
  return best === h.b0 ? h : { ...h, b0: best, b1: best + len };
}

function slideInsertion(h: Hunk, base: readonly string[], units: Units, lo: number, hi: number): Hunk {
  let best = { p: h.b0, tokens: h.tokens };
  let bestCost = insertionCost(h.b0, units, base.length);
  for (let cur = best; cur.p > lo && base[cur.p - 1] === cur.tokens[cur.tokens.length - 1]; ) {
    cur = { p: cur.p - 1, tokens: [base[cur.p - 1]!, ...cur.tokens.slice(0, -1)] };
    const cost = insertionCost(cur.p, units, base.length);
    if (cost < bestCost) [best, bestCost] = [cur, cost];
  }
  for (let cur = { p: h.b0, tokens: h.tokens }; cur.p < hi && base[cur.p] === cur.tokens[0]; ) {
    cur = { p: cur.p + 1, tokens: [...cur.tokens.slice(1), base[cur.p]!] };
    const cost = insertionCost(cur.p, units, base.length);
    if (cost < bestCost) [best, bestCost] = [cur, cost];
  }
  return best.p === h.b0 ? h : { ...h, b0: best.p, b1: best.p, tokens: best.tokens };
}

// Sentences touched count most; cutting into a unit rather than starting or ending at its edge, a little.
function deletionCost(b0: number, b1: number, units: Units): number {
  const u0 = units.unitOf[b0]!;
  const u1 = units.unitOf[b1 - 1]!;
  let sentences = 0;
  for (let u = u0; u <= u1; u++) if (!units.gap[u]) sentences++;
  return 4 * sentences + (b0 !== units.start[u0] ? 1 : 0) + (b1 !== units.end[u1] ? 1 : 0);
}

// Best between sentences or at a unit's edge; worst inside a sentence.
function insertionCost(p: number, units: Units, n: number): number {
  const left = p > 0 ? units.unitOf[p - 1]! : -1;
  const right = p < n ? units.unitOf[p]! : -1;
  if (left !== right) return 0;
  return units.gap[left]! ? 1 : 4;
}
