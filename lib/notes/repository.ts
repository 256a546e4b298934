// All reads and writes of notes. Every write is a compare-and-swap inside the database, one statement
// (`UPDATE ... WHERE id = ? AND version = ? RETURNING ...`), so two saves can never both succeed against one
// version. The database appends each new version to the history itself, in that same statement (a trigger of
// the migrations), so a save is a single atomic statement. Expected outcomes are results, not exceptions. Times come from
// the database's clock and never go backwards for a note, so that with several app instances (each with a
// clock of its own) Last-Modified still only grows. The SQL is what SQLite and PostgreSQL share.
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db/client";
import type { SqlRow } from "@/lib/db/sql";
import { publishCommitted, publishDeleted } from "@/lib/events/publish-committed";
import { excerptOf, MAX_VERSION, type Note, type NoteChange, type NoteSummary, type Revision, type StoredNote } from "./note";

type NoteRow = SqlRow & {
  id: string; title: string; body: string; version: unknown; createdAt: unknown; updatedAt: unknown;
  updatedBy: string; deletedAt: unknown; deletedBy: string | null;
};

// The driver hands integers back as strings (64-bit safe) and times as ISO strings: normalise once, here.
const toInt = (value: unknown) => Number(value);
const toDate = (value: unknown) => new Date(value as string | number | Date);

function storedNoteFrom(row: NoteRow): StoredNote {
  return {
    id: row.id,
    title: row.title,
    body: row.body,
    version: toInt(row.version),
    createdAt: toDate(row.createdAt),
    updatedAt: toDate(row.updatedAt),
    updatedBy: row.updatedBy,
    deletedAt: row.deletedAt == null ? null : toDate(row.deletedAt),
    deletedBy: row.deletedBy,
  };
}

const NOTE_COLUMNS = `"id", "title", "body", "version", "createdAt", "updatedAt", "updatedBy", "deletedAt", "deletedBy"`;

/** The note, live or deleted, or null when the id never existed. */
export async function findNote(id: string): Promise<StoredNote | null> {
  const rows = await db.sql.query<NoteRow>(`SELECT ${NOTE_COLUMNS} FROM "Note" WHERE "id" = ?`, [id]);
  return rows[0] ? storedNoteFrom(rows[0]) : null;
}

export type NoteValidators = { version: number; updatedAt: Date; deletedAt: Date | null; deletedBy: string | null };

/** Just what preconditions need: enough to answer a 304 without reading the body. */
export async function findNoteValidators(id: string): Promise<NoteValidators | null> {
  const rows = await db.sql.query<SqlRow>(
    `SELECT "version", "updatedAt", "deletedAt", "deletedBy" FROM "Note" WHERE "id" = ?`, [id]);
  const row = rows[0];
  if (!row) return null;
  return {
    version: toInt(row.version),
    updatedAt: toDate(row.updatedAt),
    deletedAt: row.deletedAt == null ? null : toDate(row.deletedAt),
    deletedBy: (row.deletedBy as string | null) ?? null,
  };
}

/**
 * Whether the version before `version` was saved within the same whole second as `updatedAt`. HTTP dates
 * have one-second resolution, so such a Last-Modified cannot tell the two versions apart (RFC 9110 8.8.2.2).
 */
export async function savedTwiceInSameSecond(id: string, version: number, updatedAt: Date): Promise<boolean> {
  if (version <= 1) return false;
  const rows = await db.sql.query<SqlRow>(
    `SELECT "createdAt" FROM "Revision" WHERE "noteId" = ? AND "version" = ?`, [id, version - 1]);
  const previous = rows[0];
  if (!previous) return false;
  return Math.floor(toDate(previous.createdAt).getTime() / 1000) === Math.floor(updatedAt.getTime() / 1000);
}

export async function listNotes(): Promise<NoteSummary[]> {
  // Only the start of each body is read: a list of 1 MB notes must stay cheap.
  const rows = await db.sql.query<SqlRow>(
    `SELECT "id", "title", "version", "updatedAt", "updatedBy", substr("body", 1, 400) AS "start"
       FROM "Note" WHERE "deletedAt" IS NULL ORDER BY "updatedAt" DESC, "id" ASC`);
  return rows.map((row) => ({
    id: row.id as string,
    title: row.title as string,
    version: toInt(row.version),
    updatedAt: toDate(row.updatedAt),
    updatedBy: row.updatedBy as string,
    excerpt: excerptOf(row.start as string),
  }));
}

export type NoteContent = { title: string; body: string };

/**
 * The database's current time, but never earlier than `column`: a clock that steps back (or, on SQLite, an app
 * instance whose clock is behind another's) must not make a note's updatedAt, and so Last-Modified, go back.
 */
function notBefore(column: string): string {
  return `CASE WHEN ${column} > ${db.sql.now} THEN ${column} ELSE ${db.sql.now} END`;
}

/** A fresh URL-safe id: 72 random bits. */
export function newNoteId(): string {
  return randomBytes(9).toString("base64url");
}

/** Creates a note under an id nobody has used. */
export async function createNote(content: NoteContent, editor: string, id = newNoteId()): Promise<Note> {
  const result = await createNoteIfAbsent(id, content, editor);
  if (result.kind !== "created") throw new Error(`note id ${id} is already taken`);
  return result.note;
}

export type CreateResult = { kind: "created"; note: Note; recreated: boolean } | { kind: "exists" };

/**
 * Creates the note unless a live note has the id (a create-only PUT). A deleted note is re-created in place:
 * its history goes on (same createdAt, and the version continues so that no old entity tag can match).
 */
export async function createNoteIfAbsent(id: string, content: NoteContent, editor: string): Promise<CreateResult> {
  const now = db.sql.now;
  // Two statements, each atomic on its own, need no transaction around them: when two requests race, the
  // insert lets one in, and the re-creation's `deletedAt IS NOT NULL` lets one in (PostgreSQL evaluates it
  // again on the row once the other's update has committed).
  const inserted = await db.sql.query<NoteRow>(
    `INSERT INTO "Note" ("id", "title", "body", "version", "createdAt", "updatedAt", "updatedBy")
       VALUES (?, ?, ?, 1, ${now}, ${now}, ?) ON CONFLICT ("id") DO NOTHING RETURNING ${NOTE_COLUMNS}`,
    [id, content.title, content.body, editor]);
  let row = inserted[0];
  const recreated = !row;
  if (!row) {
    const revived = await db.sql.query<NoteRow>(
      `UPDATE "Note" SET "title" = ?, "body" = ?, "version" = "version" + 1, "updatedAt" = ${notBefore('"updatedAt"')},
              "updatedBy" = ?, "deletedAt" = NULL, "deletedBy" = NULL
        WHERE "id" = ? AND "deletedAt" IS NOT NULL RETURNING ${NOTE_COLUMNS}`,
      [content.title, content.body, editor, id]);
    row = revived[0];
  }
  if (!row) return { kind: "exists" };
  return publishCommitted({ kind: "created", note: storedNoteFrom(row), recreated } as const);
}

export type WriteResult = { kind: "saved"; note: Note } | { kind: "unchanged"; note: Note } | { kind: "version-changed" };

/**
 * Saves new content over exactly `expectedVersion` of a live note. Members left undefined keep their value
 * (JSON merge patch). A save that changes nothing makes no new version, so it cannot make anyone else's next
 * save collide. Zero rows updated otherwise means someone else saved first, or the note went away.
 */
export async function updateNote(
  id: string, expectedVersion: number, change: Partial<NoteContent>, editor: string,
): Promise<WriteResult> {
  const title = change.title ?? null;
  const body = change.body ?? null;
  const rows = await db.sql.query<NoteRow>(
    `UPDATE "Note" SET "title" = COALESCE(?, "title"), "body" = COALESCE(?, "body"), "version" = "version" + 1,
            "updatedAt" = ${notBefore('"updatedAt"')}, "updatedBy" = ?
      WHERE "id" = ? AND "version" = ? AND "deletedAt" IS NULL
        AND ("title" <> COALESCE(?, "title") OR "body" <> COALESCE(?, "body"))
      RETURNING ${NOTE_COLUMNS}`,
    [title, body, editor, id, expectedVersion, title, body]);
  if (rows[0]) return publishCommitted({ kind: "saved", note: storedNoteFrom(rows[0]) } as const);
  // Nothing updated: either the save changed nothing (still at the expected version), or someone else saved
  // first, or the note went away.
  const same = await db.sql.query<NoteRow>(
    `SELECT ${NOTE_COLUMNS} FROM "Note" WHERE "id" = ? AND "version" = ? AND "deletedAt" IS NULL`, [id, expectedVersion]);
  return same[0] ? { kind: "unchanged", note: storedNoteFrom(same[0]) } : { kind: "version-changed" };
}

export type DeleteResult = { kind: "deleted" } | { kind: "version-changed" };

/** Leaves a tombstone over exactly `expectedVersion`, so the note answers 410 and keeps its history. */
export async function deleteNote(id: string, expectedVersion: number, editor: string): Promise<DeleteResult> {
  const [row] = await db.sql.query<SqlRow>(
    `UPDATE "Note" SET "deletedAt" = ${notBefore('"updatedAt"')}, "deletedBy" = ?
      WHERE "id" = ? AND "version" = ? AND "deletedAt" IS NULL RETURNING "deletedAt"`,
    [editor, id, expectedVersion]);
  if (!row) return { kind: "version-changed" };
  publishDeleted({ id, version: expectedVersion, deletedBy: editor, deletedAt: toDate(row.deletedAt) });
  return { kind: "deleted" };
}

const MAX_CHANGES_LISTED = 100;

/**
 * The saves after `version` up to `upTo` (the version of the note the caller read), oldest first, at most
 * the latest hundred. The cap keeps one answer consistent: another instance may save between the two reads,
 * and a 412 must never list a change newer than the `current` it shows.
 */
export async function changesSince(id: string, version: number, upTo: number): Promise<NoteChange[]> {
  const rows = await db.sql.query<SqlRow>(
    `SELECT "version", "author", "createdAt" FROM "Revision" WHERE "noteId" = ? AND "version" > ? AND "version" <= ?
      ORDER BY "version" DESC LIMIT ${MAX_CHANGES_LISTED}`, [id, version, upTo]);
  return rows.reverse().map((row) => ({
    version: toInt(row.version), author: row.author as string, createdAt: toDate(row.createdAt),
  }));
}

/** The history of a note, newest first, without the texts. */
export async function listRevisions(id: string): Promise<Array<NoteChange & { title: string }>> {
  const rows = await db.sql.query<SqlRow>(
    `SELECT "version", "author", "createdAt", "title" FROM "Revision" WHERE "noteId" = ? ORDER BY "version" DESC`, [id]);
  return rows.map((row) => ({
    version: toInt(row.version), author: row.author as string, createdAt: toDate(row.createdAt), title: row.title as string,
  }));
}

export async function findRevision(id: string, version: number): Promise<Revision | null> {
  if (!Number.isSafeInteger(version) || version > MAX_VERSION) return null;
  const rows = await db.sql.query<SqlRow>(
    `SELECT "version", "author", "createdAt", "title", "body" FROM "Revision" WHERE "noteId" = ? AND "version" = ?`,
    [id, version]);
  const row = rows[0];
  if (!row) return null;
  return {
    version: toInt(row.version), author: row.author as string, createdAt: toDate(row.createdAt),
    title: row.title as string, body: row.body as string,
  };
}

/** How many notes exist, deleted ones included (the seed writes examples only into an empty database). */
export async function countNotes(): Promise<number> {
  const rows = await db.sql.query<SqlRow>(`SELECT COUNT(*) AS "count" FROM "Note"`);
  return toInt(rows[0]?.count ?? 0);
}
