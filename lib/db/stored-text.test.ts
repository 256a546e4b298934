import { describe, expect, it } from "vitest";
import { POSTGRES_TEXT, VERBATIM } from "./stored-text";

describe("text as PostgreSQL stores it", () => {
  it.each([
    ["plain", "plain"],
    ["a\u0000b", "a\uE000\uE001b"],
    ["own \uE000 kept", "own \uE000\uE000 kept"],
    ["\uE000\u0000\uE001", "\uE000\uE000\uE000\uE001\uE001"],
  ])("%j is stored without U+0000 and read back exactly", (text, stored) => {
    expect(POSTGRES_TEXT.encode(text)).toBe(stored);
    expect(POSTGRES_TEXT.encode(text)).not.toContain("\u0000");
    expect(POSTGRES_TEXT.decode(POSTGRES_TEXT.encode(text))).toBe(text);
  });

  it("keeps different texts different once stored", () => {
    const texts = ["\u0000", "\uE000\uE001", "\uE000", "\uE001"];
    expect(new Set(texts.map(POSTGRES_TEXT.encode)).size).toBe(texts.length);
  });

  it("SQLite stores every text as it is", () => {
    expect(VERBATIM.encode("a\u0000b")).toBe("a\u0000b");
  });
});
