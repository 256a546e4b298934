import { describe, expect, it } from "vitest";
import { wordChanges } from "./word-changes";

describe("wordChanges", () => {
  it("counts nothing for the same text", () => expect(wordChanges("a b c", "a b c")).toEqual({ wordsAdded: 0, wordsRemoved: 0 }));
  it("counts a replaced word both ways", () => {
    expect(wordChanges("Bring sixty-three ideas.", "Bring seventy-three ideas.")).toEqual({ wordsAdded: 1, wordsRemoved: 1 });
  });
  it("counts words, not spaces or punctuation", () => {
    expect(wordChanges("Hello.", "Hello. Two more words!")).toEqual({ wordsAdded: 3, wordsRemoved: 0 });
  });
  it("counts everything as added for the first version", () => expect(wordChanges("", "one two")).toEqual({ wordsAdded: 2, wordsRemoved: 0 }));
});
