-- Every version of a note is appended to its history by the database, in the statement that makes it: a save
-- is then one `UPDATE ... RETURNING` (the compare-and-swap), atomic by itself, and no write path can forget
-- the revision or write one that differs from the note. A version number that does not change (a deletion
-- leaves a tombstone over its version) appends nothing.
CREATE FUNCTION note_history_append() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO "Revision" ("noteId", "version", "title", "body", "author", "createdAt")
        VALUES (NEW."id", NEW."version", NEW."title", NEW."body", NEW."updatedBy", NEW."updatedAt");
    RETURN NULL;
END $$;

CREATE TRIGGER "Note_history_insert" AFTER INSERT ON "Note"
    FOR EACH ROW EXECUTE FUNCTION note_history_append();
CREATE TRIGGER "Note_history_update" AFTER UPDATE OF "version" ON "Note"
    FOR EACH ROW WHEN (NEW."version" <> OLD."version") EXECUTE FUNCTION note_history_append();

-- Live events (lib/events/postgres-fan-out.ts): each change to a note's stored state is announced on the
-- channel `note_events` by the statement that makes it. PostgreSQL delivers a NOTIFY when its transaction
-- commits and drops it on rollback, so an event goes out if and only if its change is in the database.
-- The payload holds ids, versions and short fields only (a NOTIFY holds under 8000 bytes; a title is at most
-- 500 characters, cut here too so that an over-long one can never fail a save).
CREATE FUNCTION note_change_announce() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    kind text;
    at timestamp(3);
BEGIN
    IF TG_OP = 'INSERT' THEN
        kind := 'save';
    ELSIF OLD."deletedAt" IS NULL AND NEW."deletedAt" IS NOT NULL THEN
        kind := 'delete';
    ELSIF NEW."version" <> OLD."version" THEN
        kind := CASE WHEN OLD."deletedAt" IS NOT NULL THEN 'recreate' ELSE 'save' END;
    ELSE
        RETURN NULL;
    END IF;
    at := CASE WHEN kind = 'delete' THEN NEW."deletedAt" ELSE NEW."updatedAt" END;
    PERFORM pg_notify('note_events', json_build_object(
        'type', kind, 'noteId', NEW."id", 'version', NEW."version", 'title', left(NEW."title", 500),
        'by', CASE WHEN kind = 'delete' THEN NEW."deletedBy" ELSE NEW."updatedBy" END,
        'at', to_char(at, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))::text);
    RETURN NULL;
END $$;

CREATE TRIGGER "Note_change_announce" AFTER INSERT OR UPDATE ON "Note"
    FOR EACH ROW EXECUTE FUNCTION note_change_announce();
