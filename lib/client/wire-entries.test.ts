import { describe, expect, it } from "vitest";
import { conditionsText, entryFrom, relativeMs, statusText, visibleEntries, withAnswer } from "./wire-entries";

const patch = entryFrom(1, {
  method: "PATCH", url: "/api/notes/abc", sentAt: 100,
  headers: { "if-match": '"v3"', "editor-name": "Zo%C3%AB", "content-type": "application/merge-patch+json" },
});

describe("entryFrom", () => {
  it("names the sender from Editor-Name and keeps the condition headers", () => {
    expect(patch).toMatchObject({ who: "Zoë", method: "PATCH", path: "/api/notes/abc", ifMatch: '"v3"', ifNoneMatch: null });
  });
  it("has no sender for a read", () => expect(entryFrom(2, { method: "GET", url: "http://x/api/notes/a", headers: {}, sentAt: 0 }).who).toBeNull());
});

describe("withAnswer", () => {
  it("keeps the status, the ETag back and the problem body", () => {
    const answered = withAnswer(patch, { status: 412, headers: { etag: '"v4"' }, problem: "{}", receivedAt: 130 });
    expect(answered.answer).toEqual({ kind: "response", status: 412, etag: '"v4"', problem: "{}", receivedAt: 130 });
  });
  it("records a failure", () => expect(withAnswer(patch, { error: "offline", receivedAt: 1 }).answer.kind).toBe("failed"));
});

describe("wording", () => {
  it.each([
    [200, "200 OK"], [412, "412 Precondition Failed"], [428, "428 Precondition Required"], [304, "304 Not Modified"], [599, "599"],
  ])("status %i reads %s", (status, text) => expect(statusText(status)).toBe(text));
  it("says which conditions were sent", () => {
    expect(conditionsText({ ifMatch: '"v1"', ifNoneMatch: null })).toBe('If-Match: "v1"');
    expect(conditionsText({ ifMatch: null, ifNoneMatch: "*" })).toBe("If-None-Match: *");
    expect(conditionsText({ ifMatch: null, ifNoneMatch: null })).toBe("no condition");
  });
  it.each([[100, 100, "+0 ms"], [950, 100, "+850 ms"], [12_500, 100, "+12.4 s"]])("time %d from %d reads %s", (at, start, text) =>
    expect(relativeMs(at, start)).toBe(text));
  it("hides reads on request", () => {
    const read = entryFrom(2, { method: "GET", url: "/api/notes/abc", headers: {}, sentAt: 0 });
    expect(visibleEntries([patch, read], false)).toEqual([patch]);
    expect(visibleEntries([patch, read], true)).toHaveLength(2);
  });
});
