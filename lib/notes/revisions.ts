// A note's history one page at a time, for notes with thousands of versions: each page reads its own versions
// and the one just before them, so every entry can say how many words it added and removed.
import "server-only";
import { db } from "@/lib/db/client";
import { MAX_VERSION, type NoteChange } from "./note";
import { wordChanges, type WordChanges } from "./word-changes";

export const DEFAULT_REVISION_PAGE = 30;
export const MAX_REVISION_PAGE = 100;

export type RevisionEntry = NoteChange & { title: string } & WordChanges;
export type RevisionPage = { revisions: RevisionEntry[]; nextBefore: number | null };

/** Up to `limit` versions older than `before` (all of them when null), newest first. */
export async function listRevisionPage(id: string, before: number | null, limit: number): Promise<RevisionPage> {
  const rows = (await db.prisma.revision.findMany({
    // A bound past what the column holds is an error on PostgreSQL: never ask above MAX_VERSION.
    where: { noteId: id, version: { lte: before === null ? MAX_VERSION : Math.min(before - 1, MAX_VERSION) } },
    orderBy: { version: "desc" },
    take: limit + 1,
    select: { version: true, author: true, createdAt: true, title: true, body: true },
  })).map((row) => ({ ...row, author: db.text.decode(row.author), title: db.text.decode(row.title), body: db.text.decode(row.body) }));
  const textOf = (row: { title: string; body: string }) => `${row.title}\n${row.body}`;
  const page = rows.slice(0, limit);
  const revisions = page.map((row, i) => {
    const previous = rows[i + 1];
    return {
      version: row.version,
      author: row.author,
      createdAt: row.createdAt,
      title: row.title,
      ...wordChanges(previous ? textOf(previous) : "", textOf(row)),
    };
  });
  const hasMore = rows.length > limit;
  return { revisions, nextBefore: hasMore ? revisions[revisions.length - 1]!.version : null };
}
