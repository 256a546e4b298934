import { describe, expect, it } from "vitest";
import { excerptAround, findMatches, foldText, highlightParts, searchTerms } from "./search-terms";

describe("foldText", () => {
  it.each([
    ["École", "ecole"],
    ["CAFÉ crème", "cafe creme"],
    ["Ångström", "angstrom"],
    ["naïve Ünïcödé", "naive unicode"],
  ])("%s -> %s", (input, folded) => expect(foldText(input)).toBe(folded));
});

describe("searchTerms", () => {
  it("keeps distinct folded words in order", () => expect(searchTerms("Café, CAFE au lait")).toEqual(["cafe", "au", "lait"]));
  it("drops punctuation and FTS syntax", () => expect(searchTerms(`"NEAR(x y)" OR -z*`)).toEqual(["near", "x", "y", "or", "z"]));
  it("has no terms for punctuation only", () => expect(searchTerms("?!  ...")).toEqual([]));
  it("uses at most eight words", () => expect(searchTerms("a b c d e f g h i j")).toHaveLength(8));
});


describe("findMatches", () => {
  it("finds a word start regardless of case and accents", () => {
    expect(findMatches("Die École ist groß", ["eco"])).toEqual([{ start: 4, end: 7 }]);
  });
  it("marks the whole accented letter the term ends on", () => {
    expect(findMatches("café", ["cafe"])).toEqual([{ start: 0, end: 4 }]);
    expect(findMatches("cafe\u0301!", ["cafe"])).toEqual([{ start: 0, end: 5 }]);
  });
  it("does not match inside a word", () => expect(findMatches("collaborate", ["lab"])).toEqual([]));
  it("merges overlapping terms", () => expect(findMatches("planning", ["plan", "planning"])).toEqual([{ start: 0, end: 8 }]));
  it("keeps indices right after astral characters", () => {
    expect(findMatches("𝒜 tea", ["tea"])).toEqual([{ start: 3, end: 6 }]);
  });
});

describe("highlightParts", () => {
  it("cuts the text into matched and plain parts", () => {
    expect(highlightParts("Lunch at the Café", ["cafe", "lunch"])).toEqual([
      { text: "Lunch", match: true },
      { text: " at the ", match: false },
      { text: "Café", match: true },
    ]);
  });
});

describe("excerptAround", () => {
  it("shows the body around the first match", () => {
    const body = `${"filler words here. ".repeat(20)}The budget is due on Friday.${" more".repeat(50)}`;
    const excerpt = excerptAround(body, ["budget"]);
    expect(excerpt.startsWith("…")).toBe(true);
    expect(excerpt).toContain("The budget is due");
  });
  it("starts at the beginning without a match in the body", () => {
    expect(excerptAround("Short body.", ["title"])).toBe("Short body.");
  });
});

describe("excerptAround, first match", () => {
  it("finds the earliest of several terms, at a word start only", () => {
    const body = `${"x ".repeat(100)}collaborate later lab work`;
    expect(excerptAround(body, ["work", "lab"])).toMatch(/^…(x )*collaborate later lab work$/);
  });
  it("finds accented text in a non-ASCII body", () => {
    expect(excerptAround(`${"mot ".repeat(40)}voilà l'École`, ["ecole"])).toContain("École");
  });
});
