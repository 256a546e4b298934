import { describe, expect, it } from "vitest";
import { editorNameLength, editorNameProblem, normalizeEditorName, randomEditorName } from "./editor-name";

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
    // The API refuses direction overrides and names that are nothing visible.
    ["\u202EAnn", "Ann"],
    ["Ann\u2066 Lee\u2069", "Ann Lee"],
    ["\u200B\u00A0", null],
  ])("%j -> %j", (input, expected) => {
    expect(normalizeEditorName(input)).toBe(expected);
  });
  it("keeps at most 64 characters, counting code points", () => {
    expect(Array.from(normalizeEditorName("🦦".repeat(80))!)).toHaveLength(64);
  });
});

describe("the name field counts as the API does", () => {
  it("takes 64 emoji: code points, not UTF-16 units", () => {
    expect(editorNameLength("🦦".repeat(64))).toBe(64);
    expect(editorNameProblem("🦦".repeat(64))).toBeNull();
  });
  it("says when a name is too long, instead of cutting it silently", () => {
    expect(editorNameProblem("🦦".repeat(65))).toBe("A name can have up to 64 characters; this one has 65.");
  });
  it("says when there is no name", () => {
    expect(editorNameProblem("   ")).toBe("Type a name others will see next to your saves.");
  });
});
