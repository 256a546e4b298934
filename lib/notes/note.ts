// What a note is, and how it is shown over HTTP. Pure: no database, no framework.

export type Note = {
  id: string;
  title: string;
  body: string;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  updatedBy: string;
};

/** A note as stored: a live note, or the tombstone of a deleted one. */
export type StoredNote = Note & { deletedAt: Date | null; deletedBy: string | null };

export type NoteSummary = Pick<Note, "id" | "title" | "version" | "updatedAt" | "updatedBy"> & { excerpt: string };

/** One save: who made which version when. */
export type NoteChange = { version: number; author: string; createdAt: Date };

export type Revision = NoteChange & { title: string; body: string };

export const NOTE_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
export const MAX_TITLE_LENGTH = 500;
/** Note bodies up to 1 MiB of UTF-8 are accepted. */
export const MAX_BODY_BYTES = 1024 * 1024;
export const ANONYMOUS_EDITOR = "anonymous";

export function isNoteId(value: string): boolean {
  return NOTE_ID_PATTERN.test(value);
}

/**
 * The note's strong entity tag (RFC 9110 8.8.3). The version grows on every save and never goes back, even
 * across deletion and re-creation, so it names exactly one representation of this note. Clients treat it as
 * opaque; the server reads the version back out of it to list the saves a client missed.
 */
export function noteEtag(version: number): string {
  return `"v${version}"`;
}

/** The version an entity tag of ours names, or null for any other tag. */
export function versionFromEtagOpaque(opaque: string): number | null {
  const match = /^v([1-9][0-9]{0,14})$/.exec(opaque);
  return match ? Number(match[1]) : null;
}

export function noteJson(note: Note) {
  return {
    id: note.id,
    title: note.title,
    body: note.body,
    version: note.version,
    createdAt: note.createdAt.toISOString(),
    updatedAt: note.updatedAt.toISOString(),
    updatedBy: note.updatedBy,
  };
}

export function summaryJson(summary: NoteSummary) {
  return { ...summary, updatedAt: summary.updatedAt.toISOString() };
}

export function changeJson(change: NoteChange) {
  return { version: change.version, author: change.author, createdAt: change.createdAt.toISOString() };
}

export function revisionJson(revision: Revision) {
  return { ...changeJson(revision), title: revision.title, body: revision.body };
}

const EXCERPT_LENGTH = 160;

/** The start of a body as one line of plain words, for lists. */
export function excerptOf(body: string): string {
  const flat = body.replace(/\s+/g, " ").trim();
  if (flat.length <= EXCERPT_LENGTH) return flat;
  // Cut at a code point boundary, never inside a surrogate pair.
  return Array.from(flat).slice(0, EXCERPT_LENGTH).join("").trimEnd() + "…";
}

/** Versions are stored as 32-bit integers (INTEGER on both databases): no version is above this. */
export const MAX_VERSION = 2_147_483_647;
