import { describe, expect, it } from "vitest";
import { newNoteHref, newNoteId } from "./note-id";

describe("newNoteId", () => {
  it("fits the API's id pattern and is URL-safe", () => {
    for (let i = 0; i < 200; i++) expect(newNoteId()).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });
  it("uses every bit it is given", () => {
    expect(newNoteId((bytes) => bytes.fill(255))).toBe("_____________________w");
    expect(newNoteId()).not.toBe(newNoteId());
  });
  it("opens as a new note", () => expect(newNoteHref("abc")).toBe("/notes/abc?new=1"));
});
