// A fast two-way diff of integer sequences (interned lines or tokens): which items of a are kept in b.
//
// node-diff3's LCS (Hunt-McIlroy) is exact, but its cost grows with the square of the number of matching
// pairs, so with a value that repeats a lot (spaces, blank lines) it is cubic in practice: 5 ms at 400 tokens,
// 1.5 s at 3,200. So it only ever sees small gaps. Larger inputs are cut first, the patience way: trim the
// common prefix and suffix, anchor on values that occur exactly once on each side (their longest increasing
// run) and recurse between anchors; with no unique value, anchor on the rarest ones. Where a large gap has
// no anchor at all, a Myers diff with a bounded edit distance finishes the job. That is near-linear on
// prose, where most lines and many words are unique.
import { LCS, type ILCSResult } from "node-diff3";

/** Interns strings as dense integers, so sequences compare with `===` on numbers. */
export class Interner {
  private readonly ids = new Map<string, number>();
  id(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(value, id);
    }
    return id;
  }
  all(values: readonly string[]): Int32Array {
    const out = new Int32Array(values.length);
    for (let i = 0; i < values.length; i++) out[i] = this.id(values[i]!);
    return out;
  }
  get size(): number {
    return this.ids.size;
  }
}

// Beyond this many edits in one anchor-free gap, Myers gives up and the gap counts as replaced as a whole.
const MAX_EDITS = 2000;
// Gaps whose two sides multiply to at most this go to node-diff3's exact LCS (well under 1 ms at 120 x 120;
// sentences and paragraphs fit). Larger gaps are first cut at unique items.
const SMALL_GAP = 120 * 120;

/** `aToB[i]` is the index in b matched with a[i], or -1. Matches are strictly increasing in both. */
export function matchSequences(a: Int32Array, b: Int32Array, idCount: number): Int32Array {
  const aToB = new Int32Array(a.length).fill(-1);
  const scratch = new UniqueScratch(idCount);
  const stack: number[] = [0, a.length, 0, b.length];
  while (stack.length > 0) {
    let b1 = stack.pop()!;
    let b0 = stack.pop()!;
    let a1 = stack.pop()!;
    let a0 = stack.pop()!;
    while (a0 < a1 && b0 < b1 && a[a0] === b[b0]) aToB[a0++] = b0++;
    while (a0 < a1 && b0 < b1 && a[a1 - 1] === b[b1 - 1]) aToB[--a1] = --b1;
    if (a0 === a1 || b0 === b1) continue;
    if (a1 - a0 === 1 || b1 - b0 === 1) {
      single(a, b, a0, a1, b0, b1, aToB);
      continue;
    }
    if ((a1 - a0) * (b1 - b0) <= SMALL_GAP) {
      exactLcs(a, b, a0, a1, b0, b1, aToB);
      continue;
    }
    const anchors = scratch.uniqueCommon(a, b, a0, a1, b0, b1);
    if (anchors.length === 0) {
      myers(a, b, a0, a1, b0, b1, aToB);
      continue;
    }
    let pa = a0;
    let pb = b0;
    for (let k = 0; k < anchors.length; k += 2) {
      const i = anchors[k]!;
      const j = anchors[k + 1]!;
      aToB[i] = j;
      if (pa < i || pb < j) stack.push(pa, i, pb, j);
      pa = i + 1;
      pb = j + 1;
    }
    if (pa < a1 || pb < b1) stack.push(pa, a1, pb, b1);
  }
  return aToB;
}

// One item against many: its first equal partner, if any (what any LCS would pick, up to ties).
function single(a: Int32Array, b: Int32Array, a0: number, a1: number, b0: number, b1: number, aToB: Int32Array) {
  if (a1 - a0 === 1) {
    for (let j = b0; j < b1; j++) if (b[j] === a[a0]) return void (aToB[a0] = j);
  } else {
    for (let i = a0; i < a1; i++) if (a[i] === b[b0]) return void (aToB[i] = b0);
  }
}

function exactLcs(a: Int32Array, b: Int32Array, a0: number, a1: number, b0: number, b1: number, aToB: Int32Array) {
  // The chain runs from the last match back to a sentinel at (-1, -1).
  for (let c: ILCSResult | null = LCS(Array.from(a.subarray(a0, a1)), Array.from(b.subarray(b0, b1))); c && c.buffer1index >= 0; c = c.chain) {
    aToB[a0 + c.buffer1index] = b0 + c.buffer2index;
  }
}

/**
 * Token match of base -> side (`result[i]` = index in side, or -1). The common prefix and suffix are cut
 * off by string comparison first: a paragraph with one edited word then costs almost nothing to intern.
 * Matched tokens are equal, except that a line break may be matched with one of another convention.
 */
export function matchStrings(a: readonly string[], b: readonly string[]): Int32Array {
  // Line breaks of any convention align with each other ("\n" with "\r\n"), so that a line whose ending
  // changed still anchors the words around it; the caller sees the pair differ and records that change.
  const key = (t: string) => (t === "\r\n" || t === "\r" ? "\n" : t);
  const aToB = new Int32Array(a.length).fill(-1);
  let pre = 0;
  while (pre < a.length && pre < b.length && key(a[pre]!) === key(b[pre]!)) aToB[pre] = pre++;
  let suf = 0;
  while (suf < a.length - pre && suf < b.length - pre && key(a[a.length - 1 - suf]!) === key(b[b.length - 1 - suf]!)) {
    suf++;
    aToB[a.length - suf] = b.length - suf;
  }
  if (pre + suf === a.length || pre + suf === b.length) return aToB;
  const interner = new Interner();
  const midA = interner.all(a.slice(pre, a.length - suf).map(key));
  const midB = interner.all(b.slice(pre, b.length - suf).map(key));
  const mid = matchSequences(midA, midB, interner.size);
  for (let i = 0; i < mid.length; i++) if (mid[i]! >= 0) aToB[pre + i] = pre + mid[i]!;
  return aToB;
}

// Counting tables reused across gaps; `stamp` marks which entries belong to the current gap, so nothing
// has to be cleared between gaps.
class UniqueScratch {
  private readonly countA: Int32Array;
  private readonly countB: Int32Array;
  private readonly posB: Int32Array;
  private readonly stamp: Int32Array;
  private epoch = 0;
  constructor(size: number) {
    this.countA = new Int32Array(size);
    this.countB = new Int32Array(size);
    this.posB = new Int32Array(size);
    this.stamp = new Int32Array(size);
  }

  /** Pairs [i, j, i, j, ...] of values unique on both sides, longest run increasing in both i and j. */
  uniqueCommon(a: Int32Array, b: Int32Array, a0: number, a1: number, b0: number, b1: number): number[] {
    const epoch = ++this.epoch;
    const { countA, countB, posB, stamp } = this;
    for (let j = b0; j < b1; j++) {
      const v = b[j]!;
      if (stamp[v] !== epoch) {
        stamp[v] = epoch;
        countA[v] = 0;
        countB[v] = 0;
      }
      countB[v]!++;
      posB[v] = j;
    }
    for (let i = a0; i < a1; i++) {
      const v = a[i]!;
      if (stamp[v] === epoch) countA[v]!++;
    }
    const is: number[] = [];
    const js: number[] = [];
    for (let i = a0; i < a1; i++) {
      const v = a[i]!;
      if (stamp[v] === epoch && countA[v] === 1 && countB[v] === 1) {
        is.push(i);
        js.push(posB[v]!);
      }
    }
    if (is.length > 0) return longestIncreasing(is, js);
    return this.rareCommon(a, b, a0, a1, b0, b1);
  }

  /**
   * When no value is unique on both sides (a long run of short, repeated lines or words), anchor on the
   * rarest values instead: every pairing of a value that occurs at most `limit` times on each side, with
   * `limit` as large as keeps the pairings few; then the longest run increasing in both i and j.
   */
  private rareCommon(a: Int32Array, b: Int32Array, a0: number, a1: number, b0: number, b1: number): number[] {
    const { countA, countB, stamp } = this;
    const epoch = this.epoch;
    const pairsUpTo = (limit: number) => {
      let pairs = 0;
      for (let i = a0; i < a1; i++) {
        const v = a[i]!;
        if (stamp[v] === epoch && countA[v]! <= limit && countB[v]! <= limit) pairs += countB[v]!;
      }
      return pairs;
    };
    let limit = 0;
    for (let next = 2; next <= 64 && pairsUpTo(next) <= MAX_PAIRS; next *= 2) limit = next;
    if (limit === 0) return [];
    const positions = new Map<number, number[]>();
    for (let j = b0; j < b1; j++) {
      const v = b[j]!;
      if (countA[v]! > 0 && countA[v]! <= limit && countB[v]! <= limit) {
        const list = positions.get(v);
        if (list) list.push(j);
        else positions.set(v, [j]);
      }
    }
    const is: number[] = [];
    const js: number[] = [];
    for (let i = a0; i < a1; i++) {
      const list = positions.get(a[i]!);
      if (!list) continue;
      // Descending j for one i, so that a strictly increasing run takes at most one of them.
      for (let k = list.length - 1; k >= 0; k--) {
        is.push(i);
        js.push(list[k]!);
      }
    }
    return longestIncreasing(is, js);
  }
}

// Bound on the candidate pairings for anchoring on rare (not unique) values.
const MAX_PAIRS = 100_000;

// Patience sorting: the longest subsequence of pairs (already increasing in i) that increases in j.
function longestIncreasing(is: number[], js: number[]): number[] {
  const n = js.length;
  if (n === 0) return [];
  const tails: number[] = []; // tails[k] = index of the smallest last j of an increasing run of length k+1
  const prev = new Int32Array(n);
  for (let q = 0; q < n; q++) {
    const j = js[q]!;
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (js[tails[mid]!]! < j) lo = mid + 1;
      else hi = mid;
    }
    prev[q] = lo > 0 ? tails[lo - 1]! : -1;
    tails[lo] = q;
  }
  const out = new Array<number>(tails.length * 2);
  let q = tails[tails.length - 1]!;
  for (let k = tails.length - 1; k >= 0; k--) {
    out[2 * k] = is[q]!;
    out[2 * k + 1] = js[q]!;
    q = prev[q]!;
  }
  return out;
}

// Myers' O(ND) greedy diff on a[a0..a1) and b[b0..b1), recording the matches into aToB. Keeps one copy of
// the frontier per edit step to walk back, so memory is O(D^2): hence the MAX_EDITS bound.
function myers(a: Int32Array, b: Int32Array, a0: number, a1: number, b0: number, b1: number, aToB: Int32Array) {
  const n = a1 - a0;
  const m = b1 - b0;
  const max = Math.min(n + m, MAX_EDITS);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let found = -1;
  search: for (let d = 0; d <= max; d++) {
    for (let k = -d; k <= d; k += 2) {
      let x: number;
      if (k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!)) x = v[offset + k + 1]!;
      else x = v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[a0 + x] === b[b0 + y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = d;
        break search;
      }
    }
    // Only diagonals -d..d are live after step d: keep that window (index k + d + 1).
    trace.push(v.slice(offset - d - 1, offset + d + 2));
  }
  if (found < 0) return; // too different: leave the whole gap unmatched
  let x = n;
  let y = m;
  for (let d = found; d > 0; d--) {
    const prevV = trace[d - 1]!; // diagonal k is at index k + d
    const k = x - y;
    const down = k === -d || (k !== d && prevV[k - 1 + d]! < prevV[k + 1 + d]!);
    const pk = down ? k + 1 : k - 1;
    const px = prevV[pk + d]!;
    const py = px - pk;
    while (x > px && y > py) {
      x--;
      y--;
      aToB[a0 + x] = b0 + y;
    }
    x = px;
    y = py;
  }
  while (x > 0 && y > 0) {
    x--;
    y--;
    aToB[a0 + x] = b0 + y;
  }
}
