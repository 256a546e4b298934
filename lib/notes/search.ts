// Search over the live notes' titles and texts, behind one function so that each database can use its own
// full-text index. SQLite: the FTS5 table "NoteSearch" (prisma/migrations/0002_note_search), kept by triggers;
// its tokenizer folds case and diacritics exactly as `foldText` does. PostgreSQL: the same query over
// `to_tsvector('simple', unaccent(title || ' ' || body))` with a GIN index, each term as `term:*`.
import { db } from "@/lib/db/client";
import type { SqlRow } from "@/lib/db/sql";
import type { NoteSummary } from "./note";
import { excerptAround, ftsMatchExpression, searchTerms } from "./search-terms";

/** A search lists at most this many notes, the most recently saved first. */
export const MAX_SEARCH_RESULTS = 50;

/**
 * The live notes whose title or text holds every word of `query` (as the start of a word, ignoring case and
 * accents), most recently saved first. Each excerpt is the part of the text around the first match.
 */
export async function searchNotes(query: string): Promise<NoteSummary[]> {
  const terms = searchTerms(query);
  if (!terms.length) return [];
  // The newest 50 matches first, from the index and the notes' dates alone; only their texts are read then.
  const rows = await db.sql.query<SqlRow>(
    `SELECT n."id", n."title", n."version", n."updatedAt", n."updatedBy", n."body"
       FROM (SELECT m."id" FROM "NoteSearch" s JOIN "Note" m ON m."id" = s."noteId"
              WHERE "NoteSearch" MATCH ? AND m."deletedAt" IS NULL
              ORDER BY m."updatedAt" DESC, m."id" ASC LIMIT ${MAX_SEARCH_RESULTS}) hit
       JOIN "Note" n ON n."id" = hit."id"
      ORDER BY n."updatedAt" DESC, n."id" ASC`,
    [ftsMatchExpression(terms)]);
  return rows.map((row) => ({
    id: row.id as string,
    title: row.title as string,
    version: Number(row.version),
    updatedAt: new Date(row.updatedAt as string),
    updatedBy: row.updatedBy as string,
    excerpt: excerptAround(row.body as string, terms),
  }));
}
