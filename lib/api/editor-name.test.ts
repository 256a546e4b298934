import { describe, expect, it } from "vitest";
import { editorNameFrom } from "./editor-name";
import { ProblemError } from "./problem";

const nameFrom = (value?: string) => editorNameFrom(new Headers(value === undefined ? {} : { "Editor-Name": value }));

describe("Editor-Name", () => {
  it("is anonymous when absent", () => expect(nameFrom()).toBe("anonymous"));

  it.each([
    ["Ada", "Ada"],
    ["Zo%C3%AB", "Zoë"],
    ["%F0%9F%A6%8A%20Fox", "🦊 Fox"],
    ["Smith%2C%20John", "Smith, John"],
    ["%E5%BC%A0%E4%BC%9F", "张伟"],
    ["Ada Lovelace", "Ada Lovelace"],
    ["x".repeat(64), "x".repeat(64)],
    [encodeURIComponent("😀".repeat(64)), "😀".repeat(64)],
  ])("accepts %s as %s", (header, name) => expect(nameFrom(header)).toBe(name));

  it.each([
    ["", "empty"],
    ["%20%20", "only spaces"],
    ["%E2%80%8B", "only a zero-width space"],
    ["x".repeat(65), "65 characters"],
    ["Ada%0ALovelace", "a line feed"],
    ["Ada%00", "a NUL"],
    ["%E2%80%AEevil", "a right-to-left override"],
    ["%E0%A4%A", "a truncated escape"],
    ["%FF", "bytes that are not UTF-8"],
    ["%ED%A0%80", "an encoded lone surrogate"],
    ["Alice, Bob", "two header lines joined"],
    ["Zo\u00c3\u00ab", "raw non-ASCII bytes"],
  ])("refuses %j (%s) with a 400 problem", (header) => {
    expect(() => nameFrom(header)).toThrow(ProblemError);
    try {
      nameFrom(header);
    } catch (error) {
      expect((error as ProblemError).type).toBe("invalid-editor-name");
    }
  });
});
