-- Search over titles and texts: an FTS5 index of the live notes, kept by triggers in the same transaction as
-- every write, so no write path has to remember it. The unicode61 tokenizer folds case and strips diacritics
-- (remove_diacritics 2), so "ecole" finds "École" and "CAFÉ" finds "café".
--
-- Not in schema.prisma: Prisma has no way to declare a virtual table. On PostgreSQL the same search is a
-- tsvector over unaccent(title || ' ' || body) with a GIN index (see lib/notes/search.ts).
-- Contentless: the index keeps no copy of the texts, only the note's id (results are joined on it).
CREATE VIRTUAL TABLE "NoteSearch" USING fts5(
    "noteId" UNINDEXED, "title", "body",
    content = '', contentless_delete = 1, contentless_unindexed = 1, tokenize = 'unicode61 remove_diacritics 2'
);

-- Rows are tied to the note's rowid. A later migration that rebuilds the Note table must recreate these
-- triggers and refill the index (the last statement below).
-- Only live notes are indexed: a deleted note leaves the index and comes back when it is re-created.
CREATE TRIGGER "Note_search_insert" AFTER INSERT ON "Note" WHEN NEW."deletedAt" IS NULL BEGIN
    INSERT INTO "NoteSearch" ("rowid", "noteId", "title", "body") VALUES (NEW."rowid", NEW."id", NEW."title", NEW."body");
END;

CREATE TRIGGER "Note_search_update" AFTER UPDATE OF "title", "body", "deletedAt" ON "Note" BEGIN
    DELETE FROM "NoteSearch" WHERE "rowid" = OLD."rowid";
    INSERT INTO "NoteSearch" ("rowid", "noteId", "title", "body")
        SELECT NEW."rowid", NEW."id", NEW."title", NEW."body" WHERE NEW."deletedAt" IS NULL;
END;

CREATE TRIGGER "Note_search_delete" AFTER DELETE ON "Note" BEGIN
    DELETE FROM "NoteSearch" WHERE "rowid" = OLD."rowid";
END;

INSERT INTO "NoteSearch" ("rowid", "noteId", "title", "body")
    SELECT "rowid", "id", "title", "body" FROM "Note" WHERE "deletedAt" IS NULL;
