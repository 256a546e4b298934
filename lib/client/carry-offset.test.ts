import { describe, expect, it } from "vitest";
import { offsetCarrier } from "./carry-offset";

const carry = (before: string, after: string, offset: number) => offsetCarrier(before, after)(offset);

describe("offsetCarrier", () => {
  it("keeps a position before the change where it was", () => {
    expect(carry("Bring bread. Meet at noon.", "Bring bread. Meet at one.", 5)).toBe(5);
  });

  it("moves a position after inserted text by the insertion's length, onto the same words", () => {
    const before = "Meet at noon by the lake.";
    const after = "Also: Meet at noon by the lake.";
    expect(after.slice(carry(before, after, before.indexOf("lake")))).toBe("lake.");
  });

  it("follows each of several separate changes, not just the first and last", () => {
    const before = "one two three four five";
    const after = "ONE one two three four five six";
    expect(after.slice(carry(before, after, before.indexOf("three")))).toBe("three four five six");
    const removed = "two three four";
    expect(removed.slice(carry(before, removed, before.indexOf("four")))).toBe("four");
  });

  it("puts a position inside removed text where the removal was", () => {
    expect(carry("keep this, drop this, keep", "keep this, keep", 14)).toBe(11);
  });

  it("leaves text inserted exactly at the position after it", () => {
    expect(carry("ab", "aXb", 1)).toBe(1);
  });

  it("stays within the new text at its end", () => {
    expect(carry("a long first version", "short", 20)).toBe(5);
  });

  it("is the identity for the same text", () => {
    expect(carry("same", "same", 3)).toBe(3);
  });
});
