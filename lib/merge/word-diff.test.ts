import { describe, expect, it } from "vitest";
import { wordDiff } from "./word-diff";
import type { WordDiffPart } from "./types";

// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const side = (parts: WordDiffPart[], drop: WordDiffPart["kind"]) =>
  parts
    .filter((p) => p.kind !== drop)
    .map((p) => p.text)
    .join("");

describe("wordDiff", () => {
  it("marks a changed word", () => {
    expect(wordDiff("The cat sat.", "The dog sat.")).toEqual([
      { text: "The ", kind: "same" },
      { text: "cat", kind: "removed" },
      { text: "dog", kind: "added" },
      { text: " sat.", kind: "same" },
    ]);
  });

  it("reads a rewritten phrase as one change, not word confetti", () => {
    expect(wordDiff("Keep a b c end", "Keep x y z end")).toEqual([
      { text: "Keep ", kind: "same" },
      { text: "a b c", kind: "removed" },
      { text: "x y z", kind: "added" },
      { text: " end", kind: "same" },
    ]);
  });

  it("handles insertion, deletion and empty texts", () => {
    expect(wordDiff("", "new")).toEqual([{ text: "new", kind: "added" }]);
    expect(wordDiff("old", "")).toEqual([{ text: "old", kind: "removed" }]);
    expect(wordDiff("", "")).toEqual([]);
    expect(wordDiff("a c", "a b c")).toEqual([
      { text: "a ", kind: "same" },
      { text: "b ", kind: "added" },
      { text: "c", kind: "same" },
    ]);
  });

  it.each([
    ["emoji", "I like 👩🏽‍💻 work", "I like 👨‍👩‍👧 work"],
    ["combining marks", "cafe\u0301 ok", "cafe ok"],
    ["CJK", "東京に住む", "大阪に住む"],
    ["CRLF", "a\r\nb\r\n", "a\r\nc\r\n"],
  ])("never cuts %s and rebuilds both texts exactly", (_, before, after) => {
    const parts = wordDiff(before, after);
    expect(side(parts, "added")).toBe(before);
    expect(side(parts, "removed")).toBe(after);
    for (const p of parts) expect(p.text).not.toMatch(LONE_SURROGATE);
  });

  it("stays fast and exact on a large text with a small change", () => {
    const before = "word ".repeat(50_000);
    const after = before.replace("word word", "word changed word");
    const parts = wordDiff(before, after);
    expect(side(parts, "added")).toBe(before);
    expect(side(parts, "removed")).toBe(after);
    expect(parts.filter((p) => p.kind !== "same")).toEqual([{ text: "changed ", kind: "added" }]);
  });
});
