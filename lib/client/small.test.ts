import { describe, expect, it } from "vitest";
import { collapseUnchanged, hasChanges } from "./diff-view";
import { relativeTime } from "./relative-time";
import { saveStatus } from "./save-status";

describe("relativeTime", () => {
  const now = Date.parse("2026-06-01T12:00:00Z");
  it.each([
    ["2026-06-01T11:59:50Z", "just now"],
    ["2026-06-01T11:57:00Z", "3 minutes ago"],
    ["2026-06-01T10:00:00Z", "2 hours ago"],
    ["2026-05-31T12:00:00Z", "yesterday"],
    ["2026-05-01T12:00:00Z", "last month"],
    ["nonsense", ""],
  ])("%s -> %s", (iso, expected) => {
    expect(relativeTime(iso, now)).toBe(expected);
  });
});

describe("saveStatus", () => {
  const facts = { saving: false, failure: null, unsaved: false, pendingDecision: null, deleted: false } as const;
  it("is saved when nothing is pending", () => expect(saveStatus(facts).kind).toBe("saved"));
  it("is unsaved while there is typed text", () => expect(saveStatus({ ...facts, unsaved: true }).kind).toBe("unsaved"));
  it("says saving above all", () => expect(saveStatus({ ...facts, saving: true, unsaved: true }).kind).toBe("saving"));
  it("says a save failed while the text is still unsaved", () => {
    const offline = { message: "offline", retry: true };
    expect(saveStatus({ ...facts, unsaved: true, failure: offline })).toEqual({
      kind: "failed",
      message: "offline",
      retry: true,
      nextTryInSeconds: null,
    });
    expect(saveStatus({ ...facts, failure: offline }).kind).toBe("saved");
  });
  it("says a text over the limit cannot be saved, instead of offering a retry", () => {
    const failure = { message: "too large", retry: false };
    expect(saveStatus({ ...facts, unsaved: true, failure, tooLarge: "This note is 1.3 MB" })).toEqual({
      kind: "too-large",
      message: "This note is 1.3 MB",
    });
  });
  it("calls a note that is not on the server yet new, until something is typed", () => {
    expect(saveStatus({ ...facts, isNew: true }).kind).toBe("new");
    expect(saveStatus({ ...facts, isNew: true, unsaved: true }).kind).toBe("unsaved");
  });
  it("says when a failed save is tried again by itself", () => {
    const failure = { message: "The server had a problem (503).", retry: true, nextTryInSeconds: 5 };
    expect(saveStatus({ ...facts, unsaved: true, failure })).toMatchObject({ kind: "failed", nextTryInSeconds: 5 });
  });
  it("says offline, not saving, while the browser has no network, and whether a save waits for it", () => {
    expect(saveStatus({ ...facts, unsaved: true, offline: true })).toEqual({ kind: "offline", queued: false });
    expect(saveStatus({ ...facts, unsaved: true, offline: true, queued: true })).toEqual({ kind: "offline", queued: true });
    const failure = { message: "Couldn't reach the server.", retry: true };
    expect(saveStatus({ ...facts, unsaved: true, offline: true, queued: true, failure }).kind).toBe("offline");
    // Offline with nothing unsaved is still saved: there is nothing at risk.
    expect(saveStatus({ ...facts, offline: true }).kind).toBe("saved");
    // A decision or a limit outranks the network: going online would not save it either.
    expect(saveStatus({ ...facts, unsaved: true, offline: true, pendingDecision: "edit" }).kind).toBe("needs-merge");
    expect(saveStatus({ ...facts, unsaved: true, offline: true, tooLarge: "Title is 600 characters" }).kind).toBe("too-large");
  });
  it("says a decision is waiting", () => {
    expect(saveStatus({ ...facts, unsaved: true, pendingDecision: "edit" })).toEqual({ kind: "needs-merge", what: "edit" });
  });
});

describe("collapseUnchanged", () => {
  const long = "word ".repeat(100);
  it("folds long unchanged stretches and keeps the edges near changes", () => {
    const parts = collapseUnchanged([
      { kind: "same", text: long },
      { kind: "added", text: "new" },
      { kind: "same", text: long },
      { kind: "removed", text: "old" },
      { kind: "same", text: long },
    ]);
    expect(parts.filter((p) => p.kind === "gap")).toHaveLength(3);
    expect(parts.find((p) => p.kind === "added")).toEqual({ kind: "added", text: "new" });
    expect(parts[0]!.kind).toBe("gap");
    expect(parts[parts.length - 1]!.kind).toBe("gap");
  });
  it("leaves short texts alone", () => {
    const parts = [{ kind: "same" as const, text: "a b" }, { kind: "added" as const, text: "c" }];
    expect(collapseUnchanged(parts)).toEqual(parts);
    expect(hasChanges(parts)).toBe(true);
  });
});
