// One note: read it (GET, HEAD), save it (PATCH), replace or create it (PUT), delete it (DELETE).
// Each handler reads as numbered steps: parse, check, act, respond.
import { conditionalHeaders, evaluatePreconditions } from "@/lib/http";
import { otherMethods, route } from "@/lib/api/handler";
import { conditionalWrite } from "@/lib/api/conditional-write";
import { editorNameFrom } from "@/lib/api/editor-name";
import { parseFullNote, parseNotePatch } from "@/lib/api/note-body";
import {
  goneResponse, notFoundResponse, noteResponse, notModifiedResponse, preconditionFailedResponse, resourceState,
} from "@/lib/api/note-responses";
import { assertContentHeaders, readJsonObject } from "@/lib/api/request-body";
import { NOTE_METHODS } from "@/lib/api/resource-methods";
import { assertSameOrigin } from "@/lib/api/same-origin";
import { isNoteId, noteJson } from "@/lib/notes/note";
import { createNoteIfAbsent, deleteNote, findNote, findNoteValidators, updateNote } from "@/lib/notes/repository";

type Params = { id: string };

const MERGE_PATCH = "application/merge-patch+json";

export const GET = route<Params>(async (request, { id }) => {
  // 1. An id of any other shape names no note.
  if (!isNoteId(id)) return notFoundResponse(request);
  const headers = conditionalHeaders(request.headers);
  const isConditional = Object.values(headers).some((value) => value !== null);

  // 2. A conditional GET first reads only the validators: a 304 needs no body.
  if (isConditional) {
    const validators = await findNoteValidators(id);
    if (!validators) return notFoundResponse(request);
    if (validators.deletedAt) return goneResponse(request, validators);
    const outcome = evaluatePreconditions(request.method, headers, await resourceState(id, validators, headers));
    if (outcome.result === "not-modified") return notModifiedResponse(validators.version);
    if (outcome.result === "precondition-failed") {
      // The 412 carries the whole note: decide again on that one reading, so that it describes the state
      // that refused the request (another instance may have saved or deleted it since the validators).
      const stored = await findNote(id);
      if (!stored) return notFoundResponse(request);
      if (stored.deletedAt) return goneResponse(request, stored);
      const again = evaluatePreconditions(request.method, headers, await resourceState(id, stored, headers));
      if (again.result === "precondition-failed") return preconditionFailedResponse(request, id, stored, headers, again.header);
      if (again.result === "not-modified") return notModifiedResponse(stored.version);
    }
  }

  // 3. Read and send the note.
  const note = await findNote(id);
  if (!note) return notFoundResponse(request);
  if (note.deletedAt) return goneResponse(request, note);
  return noteResponse(note);
});

export const HEAD = GET;

export const PATCH = route<Params>(async (request, { id }) => {
  // 1. Check what the header fields say: who saves, and that the content is a JSON merge patch (RFC 7396).
  assertSameOrigin(request);
  if (!isNoteId(id)) return notFoundResponse(request);
  const editor = editorNameFrom(request.headers);
  assertContentHeaders(request, [MERGE_PATCH, "application/json"], { "Accept-Patch": `${MERGE_PATCH}, application/json` });

  // 2. Preconditions, then the patch itself (RFC 9110 13.2.2), then save over exactly the version the
  //    preconditions were evaluated against.
  return conditionalWrite({
    request, id, mayCreate: false,
    readContent: async () => parseNotePatch(await readJsonObject(request)),
    write: async (note, patch) => {
      const result = await updateNote(id, note!.version, patch, editor);
      return result.kind === "version-changed" ? result.kind : noteResponse(result.note);
    },
  });
});

export const PUT = route<Params>(async (request, { id }) => {
  // 1. Check what the header fields say: who saves, and that the content is JSON.
  assertSameOrigin(request);
  if (!isNoteId(id)) return notFoundResponse(request);
  const editor = editorNameFrom(request.headers);
  assertContentHeaders(request, ["application/json"]);

  // 2. Preconditions, then the whole new note (RFC 9110 13.2.2), then create (If-None-Match: *, also over a
  //    deleted note) or replace (If-Match).
  // RFC 9110 9.3.4: the stored representation is not the request's content (it gains an id, a version and
  // times), so a PUT response carries no ETag or Last-Modified; GET the note to learn them.
  return conditionalWrite({
    request, id, mayCreate: true,
    readContent: async () => parseFullNote(await readJsonObject(request)),
    write: async (note, content) => {
      if (!note) {
        const created = await createNoteIfAbsent(id, content, editor);
        if (created.kind === "exists") return "version-changed";
        return Response.json(noteJson(created.note), { status: 201, headers: { Location: `/api/notes/${id}` } });
      }
      const replaced = await updateNote(id, note.version, content, editor);
      return replaced.kind === "version-changed" ? replaced.kind : Response.json(noteJson(replaced.note));
    },
  });
});

export const DELETE = route<Params>(async (request, { id }) => {
  // 1. Parse: who deletes.
  assertSameOrigin(request);
  if (!isNoteId(id)) return notFoundResponse(request);
  const editor = editorNameFrom(request.headers);

  // 2. Delete exactly the version the preconditions were evaluated against; leave a tombstone (410 from now on).
  return conditionalWrite({
    request, id, mayCreate: false,
    // A DELETE's content has no meaning (RFC 9110 9.3.5): it is never read.
    readContent: async () => undefined,
    write: async (note) => {
      const result = await deleteNote(id, note!.version, editor);
      return result.kind === "deleted" ? new Response(null, { status: 204 }) : "version-changed";
    },
  });
});

const other = otherMethods(NOTE_METHODS);
export const POST = other.notAllowed;
export const OPTIONS = other.options;
