import { describe, expect, it } from "vitest";
import {
  formatSize,
  MAX_BODY_BYTES,
  oversizedBody,
  oversizedTitle,
  sizeProblem,
  titleTooLongMessage,
  tooLargeMessage,
  utf8Length,
} from "./size-limit";

describe("utf8Length", () => {
  it.each([
    ["", 0],
    ["abc", 3],
    ["é", 2],
    ["€", 3],
    ["🦦", 4],
    ["\ud83e", 3], // a lone surrogate is stored as U+FFFD
  ])("%j is %i bytes, as TextEncoder counts", (text, bytes) => {
    expect(utf8Length(text)).toBe(bytes);
    expect(utf8Length(text)).toBe(new TextEncoder().encode(text).length);
  });
});

describe("oversizedBody", () => {
  it("lets through a body of exactly the limit", () => {
    expect(oversizedBody("a".repeat(MAX_BODY_BYTES))).toBeNull();
  });
  it("counts bytes, not characters: 400,000 emoji are 1.6 MB", () => {
    expect(oversizedBody("🦦".repeat(400_000))).toBe(1_600_000);
  });
  it("reports one byte over", () => {
    expect(oversizedBody("a".repeat(MAX_BODY_BYTES + 1))).toBe(MAX_BODY_BYTES + 1);
  });
});

describe("sizes for people", () => {
  it.each([
    [MAX_BODY_BYTES, "1 MB"],
    [1.3 * MAX_BODY_BYTES, "1.3 MB"],
    [900 * 1024, "900 KB"],
    [12, "12 bytes"],
  ])("%i bytes is %s", (bytes, text) => expect(formatSize(bytes)).toBe(text));

  it("says how large the note is, what fits, and what to do", () => {
    expect(tooLargeMessage(Math.round(1.3 * MAX_BODY_BYTES))).toBe(
      "This note is 1.3 MB; a note can hold up to 1 MB. Shorten it to save.",
    );
    expect(tooLargeMessage(MAX_BODY_BYTES + 1)).toBe("This note is just over 1 MB; a note can hold up to 1 MB. Shorten it to save.");
    expect(tooLargeMessage(null)).toBe("This note is too long; a note can hold up to 1 MB. Shorten it to save.");
  });
});

describe("the title limit", () => {
  it("lets through exactly 500 characters, counted in UTF-16 code units as the API counts", () => {
    expect(oversizedTitle("a".repeat(500))).toBeNull();
    expect(oversizedTitle("🦦".repeat(250))).toBeNull();
    expect(oversizedTitle("🦦".repeat(251))).toBe(502);
  });
  it("says how long the title is and what the limit is", () => {
    expect(titleTooLongMessage(600)).toBe("Title is 600 characters; the limit is 500.");
    expect(titleTooLongMessage(1200)).toBe("Title is 1,200 characters; the limit is 500.");
  });
  it("names the title first, then the body, then nothing", () => {
    const long = "a".repeat(MAX_BODY_BYTES + 1);
    expect(sizeProblem({ title: "x".repeat(501), body: long })).toBe("Title is 501 characters; the limit is 500.");
    expect(sizeProblem({ title: "x", body: long })).toMatch(/^This note is just over 1 MB/);
    expect(sizeProblem({ title: "x", body: "y" })).toBeNull();
  });
});
