import { describe, expect, it } from "vitest";
import { POSTGRES_NOTE_SEARCH, SQLITE_NOTE_SEARCH } from "./note-search";

describe("the full-text query of each database", () => {
  it.each([
    ["SQLite", SQLITE_NOTE_SEARCH, `"cafe"* "lait"*`, "MATCH ?"],
    ["PostgreSQL", POSTGRES_NOTE_SEARCH, "cafe:* & lait:*", "to_tsquery('simple', ?)"],
  ])("%s: every term must match as a word prefix, as one argument", (_name, index, argument, clause) => {
    // `sql` is the statement with `?` for each argument (Prisma numbers them for PostgreSQL when it sends it).
    const query = index.newestMatching(["cafe", "lait"], 50);
    expect(query.values).toEqual([argument]);
    expect(query.sql).toContain(clause);
    expect(query.sql).toMatch(/"deletedAt" IS NULL/);
    expect(query.sql).toMatch(/ORDER BY n\."updatedAt" DESC, n\."id" DESC LIMIT 50$/);
  });
});
