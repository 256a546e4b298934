-- Full-text search over live notes (lib/db/note-search.ts): words folded for case and accents, each query term
-- a prefix. unaccent() is not immutable, so an immutable wrapper over the dictionary makes it indexable.
-- A tsvector holds at most 1 MiB and a note's text may be that long: the document is the words of the first
-- 250,000 characters (at most 1 MB of UTF-8) without their positions (strip), which only the `&` of prefixes
-- is asked of. Otherwise a save of a long note would fail in the index.
CREATE EXTENSION IF NOT EXISTS unaccent;

CREATE OR REPLACE FUNCTION note_search_document(title TEXT, body TEXT) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT strip(to_tsvector('simple', public.unaccent('public.unaccent'::regdictionary, left(title || ' ' || body, 250000)))) $$;

CREATE INDEX "Note_search_idx" ON "Note" USING GIN (note_search_document("title", "body"));
