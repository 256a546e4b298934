// The saves a live stream's client missed while it was away, read from the revisions (every committed save
// has one, written in its transaction), and the deletions, read from the tombstones. Oldest first.
import { db } from "@/lib/db/client";
import type { SqlRow } from "@/lib/db/sql";
import { MAX_VERSION } from "./note";

export type FeedSave = { noteId: string; version: number; title: string; author: string; createdAt: Date };
export type FeedDelete = { noteId: string; version: number; deletedBy: string; deletedAt: Date };

/** At most this many saves are replayed to one reconnecting client; past it, the client reads afresh. */
export const MAX_REPLAYED = 1000;

const saveFrom = (row: SqlRow): FeedSave => ({
  noteId: row.noteId as string, version: Number(row.version), title: row.title as string,
  author: row.author as string, createdAt: new Date(row.createdAt as string),
});

/** The saves of one note after `version`, oldest first. */
export async function savesAfter(noteId: string, version: number): Promise<FeedSave[]> {
  const rows = await db.sql.query<SqlRow>(
    `SELECT "noteId", "version", "title", "author", "createdAt" FROM "Revision" WHERE "noteId" = ? AND "version" > ?
      ORDER BY "version" ASC LIMIT ${MAX_REPLAYED}`, [noteId, Math.min(version, MAX_VERSION)]);
  return rows.map(saveFrom);
}

/** The saves of every note made at or after `since`, oldest first. */
export async function savesSince(since: Date): Promise<FeedSave[]> {
  const rows = await db.sql.query<SqlRow>(
    `SELECT "noteId", "version", "title", "author", "createdAt" FROM "Revision" WHERE "createdAt" >= ?
      ORDER BY "createdAt" ASC, "noteId" ASC, "version" ASC LIMIT ${MAX_REPLAYED}`, [since]);
  return rows.map(saveFrom);
}

/** The notes deleted at or after `since` that are still deleted. */
export async function deletionsSince(since: Date): Promise<FeedDelete[]> {
  const rows = await db.sql.query<SqlRow>(
    `SELECT "id", "version", "deletedBy", "deletedAt" FROM "Note" WHERE "deletedAt" >= ?
      ORDER BY "deletedAt" ASC, "id" ASC LIMIT ${MAX_REPLAYED}`, [since]);
  return rows.map((row) => ({
    noteId: row.id as string, version: Number(row.version), deletedBy: row.deletedBy as string,
    deletedAt: new Date(row.deletedAt as string),
  }));
}
