// The notes someone deleted, newest deletion first: tombstones keep their last text and history, so each can
// be read and brought back (PUT with If-None-Match: *).
import "server-only";
import { db } from "@/lib/db/client";

export const MAX_DELETED_LISTED = 100;

export type DeletedNote = { id: string; title: string; version: number; deletedAt: Date; deletedBy: string };

export async function listDeletedNotes(): Promise<DeletedNote[]> {
  const rows = await db.prisma.note.findMany({
    where: { deletedAt: { not: null } },
    orderBy: [{ deletedAt: "desc" }, { id: "asc" }],
    take: MAX_DELETED_LISTED,
    select: { id: true, title: true, version: true, deletedAt: true, deletedBy: true },
  });
  return rows.map((row) => ({
    id: row.id,
    title: db.text.decode(row.title),
    version: row.version,
    deletedAt: row.deletedAt!,
    deletedBy: row.deletedBy == null ? "someone" : db.text.decode(row.deletedBy),
  }));
}

export function deletedNoteJson(note: DeletedNote) {
  return { ...note, deletedAt: note.deletedAt.toISOString() };
}
