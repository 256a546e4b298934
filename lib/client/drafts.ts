// What a draft is and the pure rules around it. A draft is what the person typed plus the version they started
// from (its number, its ETag and, when it fits, its text as the merge base). Storage lives in draft-store.ts.
import { z } from "zod";
import type { MergeSession } from "./merge-session";
import { changeSchema, noteSchema, type Note, type NoteText, type NoteWithEtag } from "./types";

export type DraftBase = {
  /** 0 for a new note that is not on the server yet: its first save creates it (PUT with If-None-Match: *). */
  version: number;
  etag: string;
  /** The base text, for the three-way merge. Left out when it does not fit in storage; then read from history. */
  title?: string;
  body?: string;
};

export type Draft = {
  noteId: string;
  /** The editor this draft belongs to: a tab id, or a tab id and a person on the demo page. */
  sessionId: string;
  /** The tab that wrote it, to tell a draft of an open tab from one a closed tab left behind. */
  tabId: string;
  /** Who was typing, to name the draft when it is offered back. */
  editor: string;
  title: string;
  body: string;
  base: DraftBase;
  /** When the person last typed (ms since the epoch). */
  editedAt: number;
  merge: MergeSession | null;
  /**
   * The person pressed Save and the save has not gone through yet (offline, or the server was unreachable): it
   * is sent by itself when the connection is back, with the text as it is then. Kept across a reload.
   */
  saveQueued?: boolean;
};

const choiceSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("mine") }),
  z.object({ kind: z.literal("theirs") }),
  z.object({ kind: z.literal("mine-then-theirs") }),
  z.object({ kind: z.literal("theirs-then-mine") }),
  z.object({ kind: z.literal("custom"), text: z.string(), lead: z.string().optional(), trail: z.string().optional() }),
]);
const noteWithEtagSchema = z.object({ note: noteSchema, etag: z.string() });
const choicesSchema = z.record(z.string(), choiceSchema);

const mergeSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("edit"),
    open: z.boolean(),
    theirs: noteWithEtagSchema,
    changes: z.array(changeSchema),
    choices: z.object({ title: choicesSchema, body: choicesSchema }),
    currentId: z.string().nullable(),
    step: z.enum(["conflicts", "review"]),
    showBase: z.boolean(),
    wholeEdit: z.object({ title: z.string(), body: z.string(), against: z.string() }).nullable(),
    remerges: z.array(
      z.object({
        fromVersion: z.number(),
        toVersion: z.number(),
        author: z.string(),
        at: z.string(),
        choicesBefore: z.array(z.string()),
      }),
    ),
    remergesSeen: z.number(),
  }),
  z.object({
    kind: z.literal("deleted"),
    open: z.boolean(),
    deletedBy: z.string().nullable(),
    deletedAt: z.string().nullable(),
  }),
  z.object({
    kind: z.literal("delete-conflict"),
    open: z.boolean(),
    theirs: noteWithEtagSchema,
    changes: z.array(changeSchema),
  }),
]);

const draftSchema = z.object({
  v: z.literal(1),
  noteId: z.string(),
  sessionId: z.string(),
  tabId: z.string(),
  editor: z.string(),
  title: z.string(),
  body: z.string(),
  base: z.object({
    version: z.number(),
    etag: z.string(),
    title: z.string().optional(),
    body: z.string().optional(),
  }),
  editedAt: z.number(),
  merge: mergeSchema.nullable(),
  saveQueued: z.boolean().optional(),
});

export const DRAFT_PREFIX = "midair:draft:";

export function draftKey(sessionId: string, noteId: string): string {
  return `${DRAFT_PREFIX}${sessionId}:${noteId}`;
}

export function serializeDraft(draft: Draft, withBaseText = true): string {
  const base = withBaseText ? draft.base : { version: draft.base.version, etag: draft.base.etag };
  return JSON.stringify({ v: 1, ...draft, base });
}

/** A stored draft, or null when the value is missing or not a draft this version understands. */
export function parseDraft(raw: string | null): Draft | null {
  if (!raw) return null;
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return null;
  }
  const parsed = draftSchema.safeParse(json);
  if (!parsed.success) return null;
  const { noteId, sessionId, tabId, editor, title, body, base, editedAt, merge, saveQueued } = parsed.data;
  return { noteId, sessionId, tabId, editor, title, body, base, editedAt, merge, ...(saveQueued ? { saveQueued } : {}) };
}

/** The base of a draft of a note that does not exist yet: nothing, at no version. */
export const NEW_NOTE_BASE: DraftBase = { version: 0, etag: "", title: "", body: "" };

/** Whether this draft is of a note the browser started and the server has never seen. */
export function isNewNote(draft: Pick<Draft, "base">): boolean {
  return draft.base.version === 0;
}

/**
 * A draft as a fresh page load of the tab finds it: a pending decision is put in front of the person again
 * (its dialog opens), whatever they had closed before the reload. Escape closes it again, losing nothing.
 */
export function afterReload(draft: Draft | null): Draft | null {
  return draft?.merge && !draft.merge.open ? { ...draft, merge: { ...draft.merge, open: true } } : draft;
}

/** The base text, from the draft or from the note if the note is still that version; null when unknown. */
export function baseText(draft: Draft, note: Note | undefined): NoteText | null {
  if (draft.base.title !== undefined && draft.base.body !== undefined) {
    return { title: draft.base.title, body: draft.base.body };
  }
  if (note && note.version === draft.base.version) return { title: note.title, body: note.body };
  return null;
}

/** Whether the draft holds text that is not saved. With no known base text, assume it does. */
export function hasUnsavedText(draft: Draft, note: Note | undefined): boolean {
  const base = baseText(draft, note);
  return !base || base.title !== draft.title || base.body !== draft.body;
}

/** A draft that still matters: it has unsaved text, or a merge or delete decision is pending. */
export function isLive(draft: Draft | null, note: Note | undefined): draft is Draft {
  return draft !== null && (draft.merge !== null || hasUnsavedText(draft, note));
}

export type DraftOwner = { noteId: string; sessionId: string; tabId: string; editor: string };

/**
 * The person typed: start a draft from the version on screen (or, with no version, of a new note), or carry
 * on the one there is.
 */
export function editDraft(
  draft: Draft | null,
  owner: DraftOwner,
  shown: NoteWithEtag | null,
  change: Partial<NoteText>,
  now: number,
): Draft {
  const start: Draft = draft ?? {
    ...owner,
    title: shown?.note.title ?? "",
    body: shown?.note.body ?? "",
    base: shown
      ? { version: shown.note.version, etag: shown.etag, title: shown.note.title, body: shown.note.body }
      : NEW_NOTE_BASE,
    editedAt: now,
    merge: null,
  };
  return { ...start, ...change, editor: owner.editor, editedAt: now };
}

/** Only the members that differ from the base: a JSON merge patch. */
export function patchFor(draft: Draft, base: NoteText | null): Partial<NoteText> {
  if (!base) return { title: draft.title, body: draft.body };
  const patch: Partial<NoteText> = {};
  if (draft.title !== base.title) patch.title = draft.title;
  if (draft.body !== base.body) patch.body = draft.body;
  return patch;
}

/**
 * A save of `sent` succeeded as `saved`. The saved version is the new base; if the person typed on while the
 * save was on its way, the draft keeps that newer text, else there is nothing left to keep.
 */
export function afterSave(draft: Draft | null, sent: NoteText, saved: NoteWithEtag): Draft | null {
  if (!draft) return null;
  if (draft.title === sent.title && draft.body === sent.body) return null;
  return {
    ...draft,
    base: { version: saved.note.version, etag: saved.etag, title: saved.note.title, body: saved.note.body },
    merge: null,
    // What was asked for went through; the text typed since is a new change, saved when the person says so.
    saveQueued: false,
  };
}

/**
 * Drafts of this note that another tab of this browser left behind when it was closed: not this editor's own,
 * and written by a tab that is not open any more. Newest first.
 */
export function orphanedDrafts(
  drafts: readonly Draft[],
  me: { sessionId: string; tabId: string },
  liveTabs: { known: boolean; ids: ReadonlySet<string> },
): Draft[] {
  if (!liveTabs.known) return [];
  return drafts
    .filter((draft) => draft.sessionId !== me.sessionId && draft.tabId !== me.tabId && !liveTabs.ids.has(draft.tabId))
    .filter((draft) => isLive(draft, undefined))
    .sort((a, b) => b.editedAt - a.editedAt);
}

/** Drafts of this note open in other tabs right now: someone else in this browser is editing it. */
export function draftsInOtherTabs(
  drafts: readonly Draft[],
  me: { sessionId: string; tabId: string },
  liveTabs: { known: boolean; ids: ReadonlySet<string> },
): Draft[] {
  return drafts.filter(
    (draft) => draft.sessionId !== me.sessionId && liveTabs.ids.has(draft.tabId) && hasUnsavedText(draft, undefined),
  );
}

/** A draft left by a closed tab, taken over by this editor. Its base stays, so a save still merges properly. */
export function adoptDraft(orphan: Draft, owner: DraftOwner, now: number): Draft {
  return { ...orphan, ...owner, editedAt: now, merge: null, saveQueued: false };
}

/** Drafts of notes this browser started and never saved, newest first: listed with the notes, to be found again. */
export function unsavedNewNotes(drafts: readonly Draft[]): Draft[] {
  return drafts
    .filter((draft) => isNewNote(draft) && (draft.title.trim() !== "" || draft.body.trim() !== ""))
    .sort((a, b) => b.editedAt - a.editedAt);
}

/** The whole draft as one plain text, for the clipboard. */
export function plainText(text: NoteText): string {
  return text.title ? `${text.title}\n\n${text.body}` : text.body;
}
