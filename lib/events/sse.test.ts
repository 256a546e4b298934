import { describe, expect, it } from "vitest";
import { sseComment, sseFrame, sseRetry, versionToResumeAfter } from "./sse";

describe("sseFrame", () => {
  it("writes event, id and data fields and ends with a blank line", () => {
    expect(sseFrame({ event: "save", id: "5", data: "{}" })).toBe("event: save\nid: 5\ndata: {}\n\n");
  });
  it("leaves out the fields it is not given", () => {
    expect(sseFrame({ data: "x" })).toBe("data: x\n\n");
  });
  it("gives every line of multi-line data its own data field (CR, LF and CRLF alike)", () => {
    expect(sseFrame({ data: "a\nb\r\nc\rd" })).toBe("data: a\ndata: b\ndata: c\ndata: d\n\n");
  });
  it("cannot be made to carry a second field through a line break in the id or event name", () => {
    expect(sseFrame({ event: "save\ndata: evil", id: "1\nretry: 0", data: "x" })).toBe("event: savedata: evil\nid: 1retry: 0\ndata: x\n\n");
  });
  it("drops NULL from ids (the browser would ignore the whole id)", () => {
    expect(sseFrame({ id: "1\u00002", data: "x" })).toBe("id: 12\ndata: x\n\n");
  });
});

describe("sseComment and sseRetry", () => {
  it("a comment starts with a colon", () => expect(sseComment("keep-alive")).toBe(": keep-alive\n\n"));
  it("a comment stays one line", () => expect(sseComment("a\nb")).toBe(": ab\n\n"));
  it("retry is whole milliseconds", () => expect(sseRetry(2000.4)).toBe("retry: 2000\n\n"));
});

describe("versionToResumeAfter", () => {
  it.each([
    ["a version in Last-Event-ID", "7", null, 7],
    ["zero (the note's whole history)", "0", null, 0],
    ["Last-Event-ID over the after parameter", "7", "3", 7],
    ["the after parameter without Last-Event-ID", null, "3", 3],
    ["an id that is not ours, falling back to after", "t-12", "3", 3],
    ["nothing usable", "x", "-1", null],
    ["no hint at all", null, null, null],
    ["leading zeros (not an id we send)", "007", null, null],
  ])("%s", (_name, lastEventId, after, expected) => {
    expect(versionToResumeAfter(lastEventId, after)).toBe(expected);
  });
});
