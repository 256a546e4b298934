// The saves a live stream's client missed while it was away, read from the revisions (every committed save
// has one, written by the statement that made it), and the deletions, read from the tombstones. Oldest first.
import "server-only";
import { db } from "@/lib/db/client";
import { MAX_VERSION } from "./note";

export type FeedSave = { noteId: string; version: number; title: string; author: string; createdAt: Date };
export type FeedDelete = { noteId: string; version: number; deletedBy: string; deletedAt: Date };

/** At most this many saves are replayed to one reconnecting client; past it, the client reads afresh. */
export const MAX_REPLAYED = 1000;

const SAVE = { noteId: true, version: true, title: true, author: true, createdAt: true } as const;
const saveFrom = (row: FeedSave): FeedSave => ({ ...row, title: db.text.decode(row.title), author: db.text.decode(row.author) });

/** The saves of one note after `version`, oldest first. */
export async function savesAfter(noteId: string, version: number): Promise<FeedSave[]> {
  const rows = await db.prisma.revision.findMany({
    where: { noteId, version: { gt: Math.min(version, MAX_VERSION) } }, orderBy: { version: "asc" }, take: MAX_REPLAYED, select: SAVE,
  });
  return rows.map(saveFrom);
}

/** The saves of every note made at or after `since`, oldest first. */
export async function savesSince(since: Date): Promise<FeedSave[]> {
  const rows = await db.prisma.revision.findMany({
    where: { createdAt: { gte: since } },
    orderBy: [{ createdAt: "asc" }, { noteId: "asc" }, { version: "asc" }],
    take: MAX_REPLAYED,
    select: SAVE,
  });
  return rows.map(saveFrom);
}

/** The notes deleted at or after `since` that are still deleted. */
export async function deletionsSince(since: Date): Promise<FeedDelete[]> {
  const rows = await db.prisma.note.findMany({
    where: { deletedAt: { gte: since } },
    orderBy: [{ deletedAt: "asc" }, { id: "asc" }],
    take: MAX_REPLAYED,
    select: { id: true, version: true, deletedBy: true, deletedAt: true },
  });
  return rows.map((row) => ({
    noteId: row.id, version: row.version, deletedBy: db.text.decode(row.deletedBy ?? "someone"), deletedAt: row.deletedAt!,
  }));
}
