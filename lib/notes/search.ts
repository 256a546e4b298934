// Search over the live notes' titles and texts: the database's own full-text index finds the newest matches
// (lib/db/note-search.ts, one interface over SQLite's FTS5 and PostgreSQL's GIN index), and only those notes'
// texts are read, to cut an excerpt around the first match.
import "server-only";
import { db } from "@/lib/db/client";
import type { NoteSummary } from "./note";
import { excerptAround, searchTerms } from "./search-terms";

/** A search lists at most this many notes, the most recently saved first. */
export const MAX_SEARCH_RESULTS = 50;

type HitRow = { id: string; title: string; version: number | bigint; updatedAt: Date | string; updatedBy: string; body: string };

/**
 * The live notes whose title or text holds every word of `query` (as the start of a word, ignoring case and
 * accents), most recently saved first. Each excerpt is the part of the text around the first match.
 */
export async function searchNotes(query: string): Promise<NoteSummary[]> {
  const terms = searchTerms(query);
  if (!terms.length) return [];
  // Raw: Prisma models neither full-text index. The newest 50 matches first, from the indexes alone; only
  // their texts are read then.
  const rows = await db.prisma.$queryRaw<HitRow[]>`
    SELECT n."id", n."title", n."version", n."updatedAt", n."updatedBy", n."body"
      FROM (${db.search.newestMatching(terms, MAX_SEARCH_RESULTS)}) hit JOIN "Note" n ON n."id" = hit."id"
     ORDER BY n."updatedAt" DESC, n."id" DESC`;
  return rows.map((row) => ({
    id: row.id,
    title: db.text.decode(row.title),
    version: Number(row.version),
    updatedAt: row.updatedAt instanceof Date ? row.updatedAt : new Date(row.updatedAt),
    updatedBy: db.text.decode(row.updatedBy),
    excerpt: excerptAround(db.text.decode(row.body), terms),
  }));
}
