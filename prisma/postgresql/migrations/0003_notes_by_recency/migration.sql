-- Lists and searches walk the notes newest first. With the id and the tombstone in the index, a search
-- (lib/db/note-search.ts) scans it alone and stops at the fiftieth match, never reading a note's text to sort.
DROP INDEX "Note_updatedAt_idx";
CREATE INDEX "Note_updatedAt_id_deletedAt_idx" ON "Note"("updatedAt", "id", "deletedAt");
