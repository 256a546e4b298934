// One side's changes to a run of base tokens, as hunks: "base tokens [b0, b1) became these tokens".
import { isSpace } from "./tokenize";

export type Side = "mine" | "theirs";

export type Hunk = {
  side: Side;
  b0: number;
  b1: number;
  tokens: string[];
  /** Only whitespace changed (re-wrapping, spacing, blank lines): never a change of what a sentence says. */
  spaceOnly: boolean;
};

/** Hunks of `side` from a base->side match (`baseToSide[i]` = index in side, or -1), in base order. */
export function hunksOf(side: Side, base: readonly string[], other: readonly string[], baseToSide: Int32Array): Hunk[] {
  const hunks: Hunk[] = [];
  let i = 0;
  let j = 0;
  while (i < base.length || j < other.length) {
    if (i < base.length && baseToSide[i] === j) {
      // A kept line break whose convention changed ("\n" -> "\r\n") is a change of its own.
      if (base[i] !== other[j]) hunks.push({ side, b0: i, b1: i + 1, tokens: [other[j]!], spaceOnly: true });
      i++;
      j++;
      continue;
    }
    const b0 = i;
    const s0 = j;
    while (i < base.length && baseToSide[i]! < 0) i++;
    j = i < base.length ? baseToSide[i]! : other.length;
    const tokens = other.slice(s0, j);
    const spaceOnly = tokens.every(isSpace) && base.slice(b0, i).every(isSpace);
    hunks.push({ side, b0, b1: i, tokens, spaceOnly });
  }
  return hunks;
}

/** The tokens of base[b0..b1) with these hunks (all inside that range, in order) applied. */
export function applyHunks(base: readonly string[], b0: number, b1: number, hunks: readonly Hunk[]): string[] {
  const out: string[] = [];
  let p = b0;
  for (const h of hunks) {
    for (; p < h.b0; p++) out.push(base[p]!);
    out.push(...h.tokens);
    p = h.b1;
  }
  for (; p < b1; p++) out.push(base[p]!);
  return out;
}
