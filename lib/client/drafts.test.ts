import { describe, expect, it } from "vitest";
import {
  adoptDraft,
  afterReload,
  afterSave,
  baseText,
  draftKey,
  draftsInOtherTabs,
  editDraft,
  hasUnsavedText,
  isLive,
  isNewNote,
  orphanedDrafts,
  parseDraft,
  patchFor,
  plainText,
  serializeDraft,
  unsavedNewNotes,
  type Draft,
} from "./drafts";
import { startEditMerge } from "./merge-session";
import type { NoteWithEtag } from "./types";

const v3: NoteWithEtag = {
  note: { id: "n1", title: "T", body: "B", version: 3, createdAt: "c", updatedAt: "u", updatedBy: "Bob" },
  etag: '"v3"',
};
const owner = { noteId: "n1", sessionId: "tab1", tabId: "tab1", editor: "Ann" };

function typed(change: Partial<Draft> = {}): Draft {
  return { ...editDraft(null, owner, v3, { body: "B!" }, 1000), ...change };
}

describe("starting and keeping a draft", () => {
  it("starts from the version on screen: its ETag is what the save will send", () => {
    const draft = editDraft(null, owner, v3, { body: "B!" }, 1000);
    expect(draft).toMatchObject({ title: "T", body: "B!", base: { version: 3, etag: '"v3"', title: "T", body: "B" } });
  });
  it("carries on an existing draft without touching its base", () => {
    const newer: NoteWithEtag = { ...v3, note: { ...v3.note, version: 9 }, etag: '"v9"' };
    const draft = editDraft(typed(), owner, newer, { title: "T2" }, 2000);
    expect(draft.base.etag).toBe('"v3"');
    expect(draft).toMatchObject({ title: "T2", body: "B!", editedAt: 2000 });
  });
  it("round-trips through storage, merge state included", () => {
    const draft = typed({ merge: startEditMerge(v3, [], null) });
    expect(parseDraft(serializeDraft(draft))).toEqual(draft);
  });
  it("can be stored without its base text, which is then read from history", () => {
    const parsed = parseDraft(serializeDraft(typed(), false))!;
    expect(parsed.base).toEqual({ version: 3, etag: '"v3"' });
    expect(baseText(parsed, undefined)).toBeNull();
    expect(baseText(parsed, v3.note)).toEqual({ title: "T", body: "B" });
    expect(hasUnsavedText(parsed, undefined)).toBe(true);
  });
  it.each([null, "", "not json", "{}", JSON.stringify({ v: 2 })])("ignores a stored value it does not understand: %j", (raw) => {
    expect(parseDraft(raw)).toBeNull();
  });
  it("keys drafts by editor session and note", () => {
    expect(draftKey("tab1~alice", "n1")).toBe("midair:draft:tab1~alice:n1");
  });
});

describe("what is unsaved", () => {
  it("a draft equal to its base is not live", () => {
    expect(isLive(typed({ body: "B" }), undefined)).toBe(false);
    expect(isLive(typed(), undefined)).toBe(true);
    expect(isLive(null, undefined)).toBe(false);
  });
  it("a pending decision keeps a draft live even with no text changes", () => {
    expect(isLive(typed({ body: "B", merge: startEditMerge(v3, [], null) }), undefined)).toBe(true);
  });
  it("a save sends only the members that changed", () => {
    expect(patchFor(typed(), { title: "T", body: "B" })).toEqual({ body: "B!" });
    expect(patchFor(typed(), null)).toEqual({ title: "T", body: "B!" });
  });
});

describe("after a save", () => {
  const saved: NoteWithEtag = { ...v3, note: { ...v3.note, body: "B!", version: 4 }, etag: '"v4"' };
  it("drops the draft when nothing was typed meanwhile", () => {
    expect(afterSave(typed(), { title: "T", body: "B!" }, saved)).toBeNull();
  });
  it("keeps text typed while the save was on its way, on the saved version", () => {
    const draft = afterSave(typed({ body: "B!!" }), { title: "T", body: "B!" }, saved)!;
    expect(draft.body).toBe("B!!");
    expect(draft.base).toMatchObject({ version: 4, etag: '"v4"', body: "B!" });
  });
});

describe("drafts of other tabs", () => {
  const me = { sessionId: "tab1", tabId: "tab1" };
  const closed = typed({ sessionId: "tab2", tabId: "tab2", editedAt: 5 });
  const older = typed({ sessionId: "tab4", tabId: "tab4", editedAt: 1 });
  const open = typed({ sessionId: "tab3", tabId: "tab3" });
  const demoPane = typed({ sessionId: "tab1~bob", tabId: "tab1" });
  const all = [older, closed, open, demoPane, typed()];
  const live = { known: true, ids: new Set(["tab1", "tab3"]) };

  it("offers back drafts of closed tabs, newest first", () => {
    expect(orphanedDrafts(all, me, live).map((d) => d.tabId)).toEqual(["tab2", "tab4"]);
  });
  it("offers nothing until the browser has said which tabs are open", () => {
    expect(orphanedDrafts(all, me, { known: false, ids: new Set() })).toEqual([]);
  });
  it("does not offer drafts that hold nothing unsaved", () => {
    expect(orphanedDrafts([typed({ sessionId: "tab2", tabId: "tab2", body: "B" })], me, live)).toEqual([]);
  });
  it("tells who else is editing right now, in this browser", () => {
    expect(draftsInOtherTabs(all, me, live).map((d) => d.sessionId)).toEqual(["tab3", "tab1~bob"]);
  });
  it("adopting keeps the old base, so a save still detects what happened since", () => {
    const adopted = adoptDraft(closed, owner, 9);
    expect(adopted).toMatchObject({ sessionId: "tab1", tabId: "tab1", base: { etag: '"v3"' }, body: "B!", merge: null });
  });
});

it("copies as one plain text", () => {
  expect(plainText({ title: "T", body: "B" })).toBe("T\n\nB");
  expect(plainText({ title: "", body: "B" })).toBe("B");
});

describe("a new note", () => {
  it("is a draft with no version until its first save", () => {
    const draft = editDraft(null, owner, null, { title: "Groceries" }, 1000);
    expect(isNewNote(draft)).toBe(true);
    expect(draft).toMatchObject({ title: "Groceries", body: "", base: { version: 0, title: "", body: "" } });
    expect(isLive(draft, undefined)).toBe(true);
    expect(parseDraft(serializeDraft(draft))).toEqual(draft);
  });
  it("with nothing typed in it is nothing to keep", () => {
    expect(isLive(editDraft(null, owner, null, { title: "" }, 1000), undefined)).toBe(false);
  });
});

describe("afterReload", () => {
  it("puts a pending decision in front of the person again", () => {
    const closed = typed({ merge: { ...startEditMerge(v3, [], null), open: false } });
    expect(afterReload(closed)?.merge?.open).toBe(true);
    expect(afterReload(closed)).toEqual({ ...closed, merge: { ...closed.merge, open: true } });
  });
  it("leaves a draft without a decision alone", () => {
    const draft = typed();
    expect(afterReload(draft)).toBe(draft);
    expect(afterReload(null)).toBeNull();
  });
});

describe("a save waiting for the connection", () => {
  it("is kept across a reload", () => {
    const draft = typed({ saveQueued: true });
    expect(parseDraft(serializeDraft(draft))?.saveQueued).toBe(true);
    expect(parseDraft(serializeDraft(typed()))).not.toHaveProperty("saveQueued");
  });
  it("stays queued while the person types on, so the text sent is the text as it is then", () => {
    const draft = editDraft(typed({ saveQueued: true }), owner, v3, { body: "B!!" }, 2000);
    expect(draft).toMatchObject({ body: "B!!", saveQueued: true });
  });
  it("is done once a save went through, even with text typed after it", () => {
    const v4: NoteWithEtag = { note: { ...v3.note, body: "B!", version: 4 }, etag: '"v4"' };
    const after = afterSave(typed({ body: "B!!", saveQueued: true }), { title: "T", body: "B!" }, v4);
    expect(after).toMatchObject({ body: "B!!", saveQueued: false, base: { version: 4 } });
  });
});

describe("unsavedNewNotes", () => {
  const fresh = (noteId: string, text: Partial<Draft>, editedAt: number): Draft => ({
    ...editDraft(null, { ...owner, noteId }, null, text, editedAt),
  });
  it("lists new notes with something written in them, newest first, and not drafts of saved notes", () => {
    const list = unsavedNewNotes([
      fresh("a", { title: "Groceries" }, 1),
      fresh("b", { body: "  " }, 2),
      typed(),
      fresh("c", { body: "Just a body" }, 3),
    ]);
    expect(list.map((d) => d.noteId)).toEqual(["c", "a"]);
  });
});
