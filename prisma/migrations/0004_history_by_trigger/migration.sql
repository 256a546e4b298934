-- Every version of a note is appended to its history by the database, in the statement that makes it: a save
-- is then one `UPDATE ... RETURNING` (the compare-and-swap), atomic by itself, and no write path can forget
-- the revision or write one that differs from the note. A version number that does not change (a deletion
-- leaves a tombstone over its version) appends nothing.
CREATE TRIGGER "Note_history_insert" AFTER INSERT ON "Note" BEGIN
    INSERT INTO "Revision" ("noteId", "version", "title", "body", "author", "createdAt")
        VALUES (NEW."id", NEW."version", NEW."title", NEW."body", NEW."updatedBy", NEW."updatedAt");
END;

CREATE TRIGGER "Note_history_update" AFTER UPDATE OF "version" ON "Note" WHEN NEW."version" <> OLD."version" BEGIN
    INSERT INTO "Revision" ("noteId", "version", "title", "body", "author", "createdAt")
        VALUES (NEW."id", NEW."version", NEW."title", NEW."body", NEW."updatedBy", NEW."updatedAt");
END;
