// The notes someone deleted, newest deletion first: tombstones keep their last text and history, so each can
// be read and brought back (PUT with If-None-Match: *).
import { db } from "@/lib/db/client";
import type { SqlRow } from "@/lib/db/sql";

export const MAX_DELETED_LISTED = 100;

export type DeletedNote = { id: string; title: string; version: number; deletedAt: Date; deletedBy: string };

export async function listDeletedNotes(): Promise<DeletedNote[]> {
  const rows = await db.sql.query<SqlRow>(
    `SELECT "id", "title", "version", "deletedAt", "deletedBy" FROM "Note" WHERE "deletedAt" IS NOT NULL
      ORDER BY "deletedAt" DESC, "id" ASC LIMIT ${MAX_DELETED_LISTED}`);
  return rows.map((row) => ({
    id: row.id as string,
    title: row.title as string,
    version: Number(row.version),
    deletedAt: new Date(row.deletedAt as string),
    deletedBy: (row.deletedBy as string | null) ?? "someone",
  }));
}

export function deletedNoteJson(note: DeletedNote) {
  return { ...note, deletedAt: note.deletedAt.toISOString() };
}
