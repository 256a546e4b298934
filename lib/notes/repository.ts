// All reads and writes of notes, through the Prisma Client of lib/db/client.ts. Reads use the model API. Every
// write is a compare-and-swap inside the database, one statement (`UPDATE ... WHERE id = ? AND version = ?
// RETURNING ...`), so two saves can never both succeed against one version; the database appends each new
// version to the history itself, in that same statement (a trigger of the migrations), so a save is a single
// atomic statement. The writes are `$queryRaw` because the model API cannot say what they need in one
// statement (each says what, below). Expected outcomes are results, not exceptions. Times come from the
// database's clock and never go backwards for a note, so that with several app instances (each with a clock of
// its own) Last-Modified still only grows.
import "server-only";
import { randomBytes } from "node:crypto";
import { db, Prisma } from "@/lib/db/client";
import { publishCommitted, publishDeleted } from "@/lib/events/publish-committed";
import { excerptOf, MAX_VERSION, type Note, type NoteChange, type NoteSummary, type Revision, type StoredNote } from "./note";

/** A note's row, from the model API (Dates and numbers) or from a raw statement (as the driver hands them). */
type NoteRow = {
  id: string; title: string; body: string; version: number | bigint; createdAt: Date | string; updatedAt: Date | string;
  updatedBy: string; deletedAt: Date | string | null; deletedBy: string | null;
};

// A raw statement's integers may come back as bigint and its times as strings (SQLite has no time type):
// normalise once, here.
const toInt = (value: number | bigint) => Number(value);
const toDate = (value: Date | string) => (value instanceof Date ? value : new Date(value));
const decoded = (text: string) => db.text.decode(text);

function storedNoteFrom(row: NoteRow): StoredNote {
  return {
    id: row.id,
    title: decoded(row.title),
    body: decoded(row.body),
    version: toInt(row.version),
    createdAt: toDate(row.createdAt),
    updatedAt: toDate(row.updatedAt),
    updatedBy: decoded(row.updatedBy),
    deletedAt: row.deletedAt == null ? null : toDate(row.deletedAt),
    deletedBy: row.deletedBy == null ? null : decoded(row.deletedBy),
  };
}

const RETURNING_NOTE = Prisma.sql`RETURNING "id", "title", "body", "version", "createdAt", "updatedAt", "updatedBy", "deletedAt", "deletedBy"`;

/** The note, live or deleted, or null when the id never existed. */
export async function findNote(id: string): Promise<StoredNote | null> {
  const row = await db.prisma.note.findUnique({ where: { id } });
  return row ? storedNoteFrom(row) : null;
}

export type NoteValidators = { version: number; updatedAt: Date; deletedAt: Date | null; deletedBy: string | null };

/** Just what preconditions need: enough to answer a 304 without reading the body. */
export async function findNoteValidators(id: string): Promise<NoteValidators | null> {
  const row = await db.prisma.note.findUnique({
    where: { id }, select: { version: true, updatedAt: true, deletedAt: true, deletedBy: true },
  });
  if (!row) return null;
  return { ...row, deletedBy: row.deletedBy == null ? null : decoded(row.deletedBy) };
}

/**
 * Whether the version before `version` was saved within the same whole second as `updatedAt`. HTTP dates
 * have one-second resolution, so such a Last-Modified cannot tell the two versions apart (RFC 9110 8.8.2.2).
 */
export async function savedTwiceInSameSecond(id: string, version: number, updatedAt: Date): Promise<boolean> {
  if (version <= 1) return false;
  const previous = await db.prisma.revision.findUnique({
    where: { noteId_version: { noteId: id, version: version - 1 } }, select: { createdAt: true },
  });
  if (!previous) return false;
  return Math.floor(previous.createdAt.getTime() / 1000) === Math.floor(updatedAt.getTime() / 1000);
}

export async function listNotes(): Promise<NoteSummary[]> {
  // Raw: only the start of each body is read (the model API selects whole columns), so that a list of 1 MB
  // notes stays cheap.
  const rows = await db.prisma.$queryRaw<Array<Omit<NoteRow, "body" | "createdAt" | "deletedAt" | "deletedBy"> & { start: string }>>`
    SELECT "id", "title", "version", "updatedAt", "updatedBy", substr("body", 1, 400) AS "start"
      FROM "Note" WHERE "deletedAt" IS NULL ORDER BY "updatedAt" DESC, "id" ASC`;
  return rows.map((row) => ({
    id: row.id,
    title: decoded(row.title),
    version: toInt(row.version),
    updatedAt: toDate(row.updatedAt),
    updatedBy: decoded(row.updatedBy),
    excerpt: excerptOf(decoded(row.start)),
  }));
}

export type NoteContent = { title: string; body: string };

/**
 * The database's current time, but never earlier than the note's `updatedAt`: a clock that steps back (or, on
 * SQLite, an app instance whose clock is behind another's) must not make a note's updatedAt, and so
 * Last-Modified, go back. The model API can set a value, not this: the reason the writes below are raw.
 */
function nowNotBeforeUpdatedAt(): Prisma.Sql {
  return Prisma.sql`CASE WHEN "updatedAt" > ${db.now} THEN "updatedAt" ELSE ${db.now} END`;
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
  const [title, body, by] = [db.text.encode(content.title), db.text.encode(content.body), db.text.encode(editor)];
  // Two statements, each atomic on its own, need no transaction around them: when two requests race, the
  // insert lets one in, and the re-creation's `deletedAt IS NOT NULL` lets one in (PostgreSQL evaluates it
  // again on the row once the other's update has committed).
  // Raw: the model API's `create` throws on a taken id (and PostgreSQL aborts the statement), where
  // `ON CONFLICT DO NOTHING RETURNING` says "taken" as no row; and its times would be this instance's clock.
  const inserted = await db.prisma.$queryRaw<NoteRow[]>`
    INSERT INTO "Note" ("id", "title", "body", "version", "createdAt", "updatedAt", "updatedBy")
      VALUES (${id}, ${title}, ${body}, 1, ${db.now}, ${db.now}, ${by}) ON CONFLICT ("id") DO NOTHING ${RETURNING_NOTE}`;
  let row = inserted[0];
  const recreated = !row;
  if (!row) {
    // Raw: the database's clock, never before the tombstone's updatedAt (see nowNotBeforeUpdatedAt).
    const revived = await db.prisma.$queryRaw<NoteRow[]>`
      UPDATE "Note" SET "title" = ${title}, "body" = ${body}, "version" = "version" + 1,
             "updatedAt" = ${nowNotBeforeUpdatedAt()}, "updatedBy" = ${by}, "deletedAt" = NULL, "deletedBy" = NULL
       WHERE "id" = ${id} AND "deletedAt" IS NOT NULL ${RETURNING_NOTE}`;
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
  if (expectedVersion > MAX_VERSION) return { kind: "version-changed" }; // an entity tag no version of ours has
  const title = change.title === undefined ? null : db.text.encode(change.title);
  const body = change.body === undefined ? null : db.text.encode(change.body);
  // Raw, one statement: the model API's `update` with the version in `where` is a race-safe compare-and-swap
  // too, but it cannot take the database's clock never earlier than the previous updatedAt, nor skip a save
  // that changes nothing (`title <> ...`) without reading the row first.
  const rows = await db.prisma.$queryRaw<NoteRow[]>`
    UPDATE "Note" SET "title" = COALESCE(${title}, "title"), "body" = COALESCE(${body}, "body"), "version" = "version" + 1,
           "updatedAt" = ${nowNotBeforeUpdatedAt()}, "updatedBy" = ${db.text.encode(editor)}
     WHERE "id" = ${id} AND "version" = ${expectedVersion} AND "deletedAt" IS NULL
       AND ("title" <> COALESCE(${title}, "title") OR "body" <> COALESCE(${body}, "body"))
     ${RETURNING_NOTE}`;
  if (rows[0]) return publishCommitted({ kind: "saved", note: storedNoteFrom(rows[0]) } as const);
  // Nothing updated: either the save changed nothing (still at the expected version), or someone else saved
  // first, or the note went away.
  const same = await db.prisma.note.findUnique({ where: { id, version: expectedVersion, deletedAt: null } });
  return same ? { kind: "unchanged", note: storedNoteFrom(same) } : { kind: "version-changed" };
}

export type DeleteResult = { kind: "deleted" } | { kind: "version-changed" };

/** Leaves a tombstone over exactly `expectedVersion`, so the note answers 410 and keeps its history. */
export async function deleteNote(id: string, expectedVersion: number, editor: string): Promise<DeleteResult> {
  if (expectedVersion > MAX_VERSION) return { kind: "version-changed" };
  // Raw: the tombstone's time is the database's clock, never before the note's updatedAt.
  const [row] = await db.prisma.$queryRaw<Array<{ deletedAt: Date | string }>>`
    UPDATE "Note" SET "deletedAt" = ${nowNotBeforeUpdatedAt()}, "deletedBy" = ${db.text.encode(editor)}
     WHERE "id" = ${id} AND "version" = ${expectedVersion} AND "deletedAt" IS NULL RETURNING "deletedAt"`;
  if (!row) return { kind: "version-changed" };
  publishDeleted({ id, version: expectedVersion, deletedBy: editor, deletedAt: toDate(row.deletedAt) });
  return { kind: "deleted" };
}

const MAX_CHANGES_LISTED = 100;
const CHANGE = { version: true, author: true, createdAt: true } as const;
const changeFrom = (row: { version: number; author: string; createdAt: Date }): NoteChange =>
  ({ version: row.version, author: decoded(row.author), createdAt: row.createdAt });

/**
 * The saves after `version` up to `upTo` (the version of the note the caller read), oldest first, at most
 * the latest hundred. The cap keeps one answer consistent: another instance may save between the two reads,
 * and a 412 must never list a change newer than the `current` it shows.
 */
export async function changesSince(id: string, version: number, upTo: number): Promise<NoteChange[]> {
  const rows = await db.prisma.revision.findMany({
    where: { noteId: id, version: { gt: Math.min(version, MAX_VERSION), lte: Math.min(upTo, MAX_VERSION) } },
    orderBy: { version: "desc" }, take: MAX_CHANGES_LISTED, select: CHANGE,
  });
  return rows.reverse().map(changeFrom);
}

/** The history of a note, newest first, without the texts. */
export async function listRevisions(id: string): Promise<Array<NoteChange & { title: string }>> {
  const rows = await db.prisma.revision.findMany({
    where: { noteId: id }, orderBy: { version: "desc" }, select: { ...CHANGE, title: true },
  });
  return rows.map((row) => ({ ...changeFrom(row), title: decoded(row.title) }));
}

export async function findRevision(id: string, version: number): Promise<Revision | null> {
  if (!Number.isSafeInteger(version) || version > MAX_VERSION) return null;
  const row = await db.prisma.revision.findUnique({
    where: { noteId_version: { noteId: id, version } }, select: { ...CHANGE, title: true, body: true },
  });
  if (!row) return null;
  return { ...changeFrom(row), title: decoded(row.title), body: decoded(row.body) };
}

/** How many notes exist, deleted ones included (the seed writes examples only into an empty database). */
export async function countNotes(): Promise<number> {
  return db.prisma.note.count();
}
