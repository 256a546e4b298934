// Groups the two sides' changes and finds the ranges where they meet ("blocks"): the only places where the
// merge has to decide anything. Changes are grouped when
//   - their reaches overlap (any side): edits of one sentence are judged together, or
//   - they physically overlap and come from different sides: whitespace-only changes (re-wrapping, spacing)
//     reach only themselves, so they merge with any edit they do not physically touch. Changes that take
//     away parts of one run of whitespace count as overlapping (see spaceTouched in reach.ts).
// A group holding changes of one side only is clean; a group with changes of both sides is a block.
import type { Reach } from "./reach";

export type Block = { r0: number; r1: number };

// The ranges where the two sides' changes meet, in order and disjoint. Clean changes that merely cross into
// a block's range widen the block, so that every change is either wholly inside a block or wholly outside.
export function conflictBlocks(items: Reach[]): Block[] {
  const groups = new UnionFind(items.length);
  const byReach = items.map((_, i) => i).sort((a, b) => items[a]!.r0 - items[b]!.r0);
  let reachEnd = -1;
  let reachLast = -1;
  for (const i of byReach) {
    const it = items[i]!;
    if (it.hunk.spaceOnly) continue;
    if (reachLast >= 0 && it.r0 <= reachEnd) groups.union(i, reachLast);
    if (it.r1 > reachEnd) {
      reachEnd = it.r1;
      reachLast = i;
    }
  }
  // Physical overlap across sides (spans widened over the whitespace they touch). The other side's change
  // reaching furthest is the one that can overlap the next change; changes of one side overlap each other
  // only where both touch one run of whitespace, and are then kept together, so that one of them stands
  // for both.
  const byPlace = items.map((_, i) => i).sort((a, b) => items[a]!.s0 - items[b]!.s0);
  const furthest = { mine: -1, theirs: -1 };
  for (const i of byPlace) {
    const it = items[i]!;
    const other = furthest[it.hunk.side === "mine" ? "theirs" : "mine"];
    if (other >= 0 && items[other]!.s1 >= it.s0) groups.union(i, other);
    const own = furthest[it.hunk.side];
    if (own >= 0 && items[own]!.s1 >= it.s0) groups.union(i, own);
    if (own < 0 || it.s1 > items[own]!.s1) furthest[it.hunk.side] = i;
  }

  const members = new Map<number, Reach[]>();
  items.forEach((it, i) => {
    const root = groups.find(i);
    const list = members.get(root);
    if (list) list.push(it);
    else members.set(root, [it]);
  });
  let blocks: Block[] = [];
  for (const list of members.values()) {
    if (!list.some((it) => it.hunk.side === "mine") || !list.some((it) => it.hunk.side === "theirs")) continue;
    let r0 = Infinity;
    let r1 = -Infinity;
    for (const it of list) {
      r0 = Math.min(r0, it.r0);
      r1 = Math.max(r1, it.r1);
    }
    blocks.push({ r0, r1 });
  }

  // Widen blocks over changes that cross their edges, merging blocks that come to overlap, until stable.
  const byStart = [...items].sort((a, b) => a.p0 - b.p0);
  const furthestEnd: number[] = []; // furthestEnd[k] = max p1 of byStart[0..k]
  byStart.forEach((it, k) => furthestEnd.push(Math.max(it.p1, k > 0 ? furthestEnd[k - 1]! : -Infinity)));
  for (let changed = true; changed; ) {
    changed = false;
    blocks = mergeOverlapping(blocks);
    for (const b of blocks) {
      const { r0 } = b;
      for (let k = lastStartingBy(byStart, b.r1); k >= 0 && (byStart[k]!.p0 >= r0 || furthestEnd[k]! >= r0); k--) {
        const it = byStart[k]!;
        if (it.p1 >= r0 && (it.p0 < b.r0 || it.p1 > b.r1)) {
          b.r0 = Math.min(b.r0, it.p0);
          b.r1 = Math.max(b.r1, it.p1);
          changed = true;
        }
      }
    }
  }
  return blocks;
}

function mergeOverlapping(blocks: Block[]): Block[] {
  const merged: Block[] = [];
  for (const b of [...blocks].sort((x, y) => x.r0 - y.r0)) {
    const last = merged[merged.length - 1];
    if (last && b.r0 <= last.r1) last.r1 = Math.max(last.r1, b.r1);
    else merged.push({ ...b });
  }
  return merged;
}

// Index of the last item (sorted by p0) with p0 <= x, or -1.
function lastStartingBy(byStart: Reach[], x: number): number {
  let lo = 0;
  let hi = byStart.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (byStart[mid]!.p0 <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** Index of the block (sorted, disjoint) that wholly contains this change, or -1. */
export function blockOf(blocks: Block[], it: Reach): number {
  let lo = 0;
  let hi = blocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (blocks[mid]!.r0 <= it.p0) lo = mid + 1;
    else hi = mid;
  }
  const k = lo - 1;
  return k >= 0 && it.p1 <= blocks[k]!.r1 ? k : -1;
}

class UnionFind {
  private readonly parent: Int32Array;
  constructor(n: number) {
    this.parent = new Int32Array(n).map((_, i) => i);
  }
  find(i: number): number {
    let r = i;
    while (this.parent[r] !== r) r = this.parent[r]!;
    while (this.parent[i] !== r) {
      const next = this.parent[i]!;
      this.parent[i] = r;
      i = next;
    }
    return r;
  }
  union(a: number, b: number): void {
    this.parent[this.find(a)] = this.find(b);
  }
}
