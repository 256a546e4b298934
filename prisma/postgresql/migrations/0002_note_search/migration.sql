-- Full-text search over live notes (lib/notes/search.ts): words folded for case and accents, each query term
-- a prefix. unaccent() is not immutable, so an immutable wrapper over the dictionary makes it indexable.
CREATE EXTENSION IF NOT EXISTS unaccent;

CREATE OR REPLACE FUNCTION note_search_document(title TEXT, body TEXT) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT to_tsvector('simple', public.unaccent('public.unaccent'::regdictionary, title || ' ' || body)) $$;

CREATE INDEX "Note_search_idx" ON "Note" USING GIN (note_search_document("title", "body"));
