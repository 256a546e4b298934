import { describe, expect, it } from "vitest";
import { normalizeEditorName, randomEditorName } from "./editor-name";

describe("randomEditorName", () => {
  it("is an adjective and an animal", () => {
    expect(randomEditorName(() => 0)).toBe("Curious Otter");
    expect(randomEditorName(() => 0.999)).toMatch(/^\w+ \w+$/);
  });
});

describe("normalizeEditorName", () => {
  it.each([
    ["  Ann  ", "Ann"],
    ["Ann\tLee", "Ann Lee"],
    ["Ann\u2028Lee", "Ann Lee"],
    ["Zoë 🦦", "Zoë 🦦"],
    ["", null],
    ["   ", null],
    ["\u0000\u0007", null],
  ])("%j -> %j", (input, expected) => {
    expect(normalizeEditorName(input)).toBe(expected);
  });
  it("keeps at most 64 characters, counting code points", () => {
    expect(Array.from(normalizeEditorName("🦦".repeat(80))!)).toHaveLength(64);
  });
});
