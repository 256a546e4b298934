import { LCS, type ILCSResult } from "node-diff3";
import { describe, expect, it } from "vitest";
import { seededRandom } from "./synthetic-note";
import { matchSequences, matchStrings } from "./sequence-match";

// A valid match pairs equal items, strictly increasing on both sides.
function expectValid(a: ArrayLike<unknown>, b: ArrayLike<unknown>, aToB: Int32Array): number {
  let last = -1;
  let matched = 0;
  for (let i = 0; i < a.length; i++) {
    const j = aToB[i]!;
    if (j < 0) continue;
    expect(j).toBeGreaterThan(last);
    expect(b[j]).toBe(a[i]);
    last = j;
    matched++;
  }
  return matched;
}

const lcsLength = (a: number[], b: number[]) => {
  let n = 0;
  for (let c: ILCSResult | null = LCS(a, b); c && c.buffer1index >= 0; c = c.chain) n++;
  return n;
};

describe("matchSequences", () => {
  const random = seededRandom(5);
  const sequence = (n: number, alphabet: number) => Int32Array.from({ length: n }, () => Math.floor(random() * alphabet));
  const edited = (a: Int32Array, alphabet: number) =>
    Int32Array.from([...a].flatMap((x) => (random() < 0.1 ? [] : random() < 0.1 ? [x, Math.floor(random() * alphabet)] : [x])));

  it("finds a longest common subsequence on small inputs", () => {
    for (let round = 0; round < 200; round++) {
      const a = sequence(Math.floor(random() * 40), 6);
      const b = edited(a, 6);
      const matched = expectValid(a, b, matchSequences(a, b, 6));
      expect(matched).toBe(lcsLength([...a], [...b]));
    }
  });

  it("gives a valid match on large inputs with repeated items", () => {
    const a = sequence(50_000, 1000);
    const b = edited(a, 1000);
    const matched = expectValid(a, b, matchSequences(a, b, 1000));
    expect(matched).toBeGreaterThan(0.8 * a.length);
  });

  it("matches strings after cutting the common ends", () => {
    const a = ["a", " ", "b", " ", "c"];
    const b = ["a", " ", "x", " ", "c"];
    expect([...matchStrings(a, b)]).toEqual([0, 1, -1, 3, 4]);
    expect([...matchStrings([], ["x"])]).toEqual([]);
    expect([...matchStrings(["x"], [])]).toEqual([-1]);
  });
});
