// One saved version of a note, in full. A version never changes once saved, so it may be cached for good;
// the editor fetches its merge base from here when its draft does not hold the base text.
import { conditionalHeaders, evaluatePreconditions } from "@/lib/http";
import { READ_ONLY_METHODS } from "@/lib/api/resource-methods";
import { otherMethods, problemFor, route } from "@/lib/api/handler";
import { notFoundResponse } from "@/lib/api/note-responses";
import { isNoteId, revisionJson } from "@/lib/notes/note";
import { findRevision } from "@/lib/notes/repository";

const VERSION_PATTERN = /^[1-9][0-9]{0,9}$/;

export const GET = route<{ id: string; version: string }>(async (request, { id, version }) => {
  if (!isNoteId(id)) return notFoundResponse(request);
  const revision = VERSION_PATTERN.test(version) ? await findRevision(id, Number(version)) : null;
  if (!revision) return problemFor(request, "not-found", `This note has no saved version ${JSON.stringify(version)}; its history lists the versions it has.`);

  const etag = `"r${revision.version}"`;
  const headers = { ETag: etag, "Cache-Control": "max-age=31536000, immutable" };
  const outcome = evaluatePreconditions(request.method, conditionalHeaders(request.headers), {
    exists: true, etag: { weak: false, opaque: etag.slice(1, -1) }, lastModified: revision.createdAt, lastModifiedIsAmbiguous: false,
  });
  if (outcome.result === "not-modified") return new Response(null, { status: 304, headers });
  if (outcome.result === "precondition-failed") {
    return problemFor(request, "precondition-failed", `${outcome.header} does not match this version.`, { currentEtag: etag }, { ETag: etag });
  }
  return Response.json(revisionJson(revision), { headers });
});

export const HEAD = GET;

const other = otherMethods(READ_ONLY_METHODS);
export const POST = other.notAllowed;
export const PUT = other.notAllowed;
export const PATCH = other.notAllowed;
export const DELETE = other.notAllowed;
export const OPTIONS = other.options;
