// The collection: list the notes (GET, HEAD) and create one under a new id (POST).
import { createHash } from "node:crypto";
import { conditionalHeaders, evaluatePreconditions } from "@/lib/http";
import { otherMethods, problemFor, route } from "@/lib/api/handler";
import { editorNameFrom } from "@/lib/api/editor-name";
import { parseFullNote } from "@/lib/api/note-body";
import { noteResponse } from "@/lib/api/note-responses";
import { assertContentHeaders, readJsonObject } from "@/lib/api/request-body";
import { NOTE_COLLECTION_METHODS } from "@/lib/api/resource-methods";
import { assertSameOrigin } from "@/lib/api/same-origin";
import { textParam } from "@/lib/api/query-params";
import { searchNotes } from "@/lib/notes/search";
import { MAX_QUERY_LENGTH } from "@/lib/notes/search-terms";
import { summaryJson } from "@/lib/notes/note";
import { createNote, listNotes } from "@/lib/notes/repository";

export const GET = route(async (request) => {
  // 1. Read the list, or with `q` the notes that match (lib/notes/search.ts); its strong ETag is a digest of
  //    exactly the bytes sent, so each query has its own.
  const query = textParam(new URL(request.url).searchParams, "q", MAX_QUERY_LENGTH);
  const notes = query === null ? await listNotes() : await searchNotes(query);
  const body = JSON.stringify(query === null ? { notes: notes.map(summaryJson) } : { query, notes: notes.map(summaryJson) });
  const opaque = createHash("sha256").update(body).digest("base64url").slice(0, 27);
  const etag = `"l-${opaque}"`;

  // 2. The list has no modification date (a deletion moves no note's updatedAt), so only If-None-Match and
  //    If-Match apply: RFC 9110 13.1.3 and 13.1.4 ignore date conditions on a resource without one.
  const conditions = { ...conditionalHeaders(request.headers), ifModifiedSince: null, ifUnmodifiedSince: null };
  const outcome = evaluatePreconditions(request.method, conditions, {
    exists: true, etag: { weak: false, opaque: etag.slice(1, -1) }, lastModified: new Date(0), lastModifiedIsAmbiguous: false,
  });
  const headers = { ETag: etag, "Cache-Control": "no-cache" };
  if (outcome.result === "not-modified") return new Response(null, { status: 304, headers });
  if (outcome.result === "precondition-failed") {
    return problemFor(request, "precondition-failed", `${outcome.header} does not match the current list.`, { currentEtag: etag }, { ETag: etag });
  }
  return new Response(body, { headers: { ...headers, "Content-Type": "application/json" } });
});

export const HEAD = GET;

export const POST = route(async (request) => {
  // 1. Parse: who creates, and the whole note.
  assertSameOrigin(request);
  const editor = editorNameFrom(request.headers);
  assertContentHeaders(request, ["application/json"]);
  const content = parseFullNote(await readJsonObject(request));

  // 2. Create it under a fresh id. The body is the new note's representation (Content-Location says so),
  //    so the response may carry its validators.
  const note = await createNote(content, editor);
  const location = `/api/notes/${note.id}`;
  return noteResponse(note, { status: 201, headers: { Location: location, "Content-Location": location } });
});

const other = otherMethods(NOTE_COLLECTION_METHODS);
export const PUT = other.notAllowed;
export const PATCH = other.notAllowed;
export const DELETE = other.notAllowed;
export const OPTIONS = other.options;
