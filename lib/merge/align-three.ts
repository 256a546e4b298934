// Cuts base, mine and theirs (as interned sequences) at the items that neither side changed.
//
// An item of the base kept by both sides is an anchor; between two anchors lies a region that at least one
// side changed. Both two-way matches increase monotonically, so the regions line up on all three sides.

export type Region = {
  /** true: items kept by both sides; false: something changed in between */
  stable: boolean;
  b0: number;
  b1: number;
  m0: number;
  m1: number;
  t0: number;
  t1: number;
};

export function alignThree(
  baseLength: number,
  mineLength: number,
  theirsLength: number,
  baseToMine: Int32Array,
  baseToTheirs: Int32Array,
): Region[] {
  const regions: Region[] = [];
  let b = 0;
  let m = 0;
  let t = 0;
  for (let i = 0; i < baseLength; i++) {
    const mi = baseToMine[i]!;
    const ti = baseToTheirs[i]!;
    if (mi < 0 || ti < 0) continue;
    if (b < i || m < mi || t < ti) regions.push({ stable: false, b0: b, b1: i, m0: m, m1: mi, t0: t, t1: ti });
    const last = regions[regions.length - 1];
    if (last && last.stable && last.b1 === i) {
      last.b1++;
      last.m1++;
      last.t1++;
    } else {
      regions.push({ stable: true, b0: i, b1: i + 1, m0: mi, m1: mi + 1, t0: ti, t1: ti + 1 });
    }
    b = i + 1;
    m = mi + 1;
    t = ti + 1;
  }
  if (b < baseLength || m < mineLength || t < theirsLength) {
    regions.push({ stable: false, b0: b, b1: baseLength, m0: m, m1: mineLength, t0: t, t1: theirsLength });
  }
  return regions;
}

/** Whether a[a0..a1) and b[b0..b1) hold the same items. */
export function sameRange(a: Int32Array, a0: number, a1: number, b: Int32Array, b0: number, b1: number): boolean {
  if (a1 - a0 !== b1 - b0) return false;
  for (let k = 0; k < a1 - a0; k++) if (a[a0 + k] !== b[b0 + k]) return false;
  return true;
}
