// A note's history one page at a time, for notes with thousands of versions: each page reads its own versions
// and the one just before them, so every entry can say how many words it added and removed.
import { db } from "@/lib/db/client";
import type { SqlRow } from "@/lib/db/sql";
import { MAX_VERSION, type NoteChange } from "./note";
import { wordChanges, type WordChanges } from "./word-changes";

export const DEFAULT_REVISION_PAGE = 30;
export const MAX_REVISION_PAGE = 100;

export type RevisionEntry = NoteChange & { title: string } & WordChanges;
export type RevisionPage = { revisions: RevisionEntry[]; nextBefore: number | null };

const textOf = (row: SqlRow) => `${row.title as string}\n${row.body as string}`;

/** Up to `limit` versions older than `before` (all of them when null), newest first. */
export async function listRevisionPage(id: string, before: number | null, limit: number): Promise<RevisionPage> {
  const rows = await db.sql.query<SqlRow>(
    `SELECT "version", "author", "createdAt", "title", "body" FROM "Revision"
      WHERE "noteId" = ? AND "version" <= ? ORDER BY "version" DESC LIMIT ?`,
    // A bound past what the column holds is an error on PostgreSQL: never ask above MAX_VERSION.
    [id, before === null ? MAX_VERSION : Math.min(before - 1, MAX_VERSION), limit + 1]);
  const page = rows.slice(0, limit);
  const revisions = page.map((row, i) => {
    const previous = rows[i + 1];
    return {
      version: Number(row.version),
      author: row.author as string,
      createdAt: new Date(row.createdAt as string),
      title: row.title as string,
      ...wordChanges(previous ? textOf(previous) : "", textOf(row)),
    };
  });
  const hasMore = rows.length > limit;
  return { revisions, nextBefore: hasMore ? revisions[revisions.length - 1]!.version : null };
}
