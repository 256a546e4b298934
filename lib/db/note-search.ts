// Full-text search of the notes, one interface over each database's own index: SQLite's FTS5 table
// "NoteSearch" (kept by triggers, prisma/migrations/0002_note_search) and PostgreSQL's GIN index over
// note_search_document() (prisma/postgresql/migrations/0002_note_search). Both fold case and diacritics and
// match each term as the start of a word; callers pass terms already folded to letters and digits
// (lib/notes/search-terms.ts), so no term needs escaping. Prisma models neither index, so these are raw SQL.
import "server-only";
import { Prisma } from "./generated/sqlite/client";

export interface NoteSearchIndex {
  /**
   * A query for the ids of the `limit` most recently saved live notes whose title or text holds every term,
   * newest first (column `id`).
   */
  newestMatching(terms: readonly string[], limit: number): Prisma.Sql;
}

export const SQLITE_NOTE_SEARCH: NoteSearchIndex = {
  // Walk the recency index (it holds the tombstone too, so no note's row is read) and keep the notes the
  // full-text index names: a common word stops at the fiftieth match instead of sorting every match.
  newestMatching: (terms, limit) => Prisma.sql`SELECT n."id" FROM "Note" n INDEXED BY "Note_updatedAt_id_deletedAt_idx"
           WHERE n."deletedAt" IS NULL
             AND n."rowid" IN (SELECT "rowid" FROM "NoteSearch" WHERE "NoteSearch" MATCH ${terms.map((term) => `"${term}"*`).join(" ")})
           ORDER BY n."updatedAt" DESC, n."id" DESC LIMIT ${Prisma.raw(String(Math.trunc(limit)))}`,
};

export const POSTGRES_NOTE_SEARCH: NoteSearchIndex = {
  newestMatching: (terms, limit) => Prisma.sql`SELECT n."id" FROM "Note" n
           WHERE n."deletedAt" IS NULL AND note_search_document(n."title", n."body") @@ to_tsquery('simple', ${terms.map((term) => `${term}:*`).join(" & ")})
           ORDER BY n."updatedAt" DESC, n."id" DESC LIMIT ${Prisma.raw(String(Math.trunc(limit)))}`,
};
