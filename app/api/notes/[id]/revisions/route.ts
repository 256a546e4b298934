// A note's history: one entry per saved version, newest first. It stays readable after the note is deleted.
// Without parameters: every version (the merge dialog lists who saved). With `limit` (and `before`, a version
// number): one page, each entry with the words it added and removed, and a `next` link while older ones remain.
import { READ_ONLY_METHODS } from "@/lib/api/resource-methods";
import { otherMethods, route } from "@/lib/api/handler";
import { notFoundResponse } from "@/lib/api/note-responses";
import { positiveIntParam } from "@/lib/api/query-params";
import { changeJson, isNoteId } from "@/lib/notes/note";
import { findNoteValidators, listRevisions } from "@/lib/notes/repository";
import { DEFAULT_REVISION_PAGE, listRevisionPage, MAX_REVISION_PAGE } from "@/lib/notes/revisions";

const MAX_VERSION = 9_999_999_999;

export const GET = route<{ id: string }>(async (request, { id }) => {
  // 1. Parse: which note, and which page if any.
  const params = new URL(request.url).searchParams;
  const limit = positiveIntParam(params, "limit", MAX_REVISION_PAGE);
  const before = positiveIntParam(params, "before", MAX_VERSION);
  if (!isNoteId(id) || !(await findNoteValidators(id))) return notFoundResponse(request);
  const headers: Record<string, string> = { "Cache-Control": "no-cache" };

  // 2. The whole history, as it always was.
  if (limit === null && before === null) {
    const revisions = (await listRevisions(id)).map((revision) => ({ ...changeJson(revision), title: revision.title }));
    return Response.json({ revisions }, { headers });
  }

  // 3. One page, and the link to the next one (RFC 8288).
  const size = limit ?? DEFAULT_REVISION_PAGE;
  const page = await listRevisionPage(id, before, size);
  const next = page.nextBefore === null ? null
    : `/api/notes/${encodeURIComponent(id)}/revisions?before=${page.nextBefore}&limit=${size}`;
  if (next) headers.Link = `<${next}>; rel="next"`;
  const revisions = page.revisions.map((entry) => ({
    ...changeJson(entry), title: entry.title, wordsAdded: entry.wordsAdded, wordsRemoved: entry.wordsRemoved,
  }));
  return Response.json({ revisions, next }, { headers });
});

export const HEAD = GET;

const other = otherMethods(READ_ONLY_METHODS);
export const POST = other.notAllowed;
export const PUT = other.notAllowed;
export const PATCH = other.notAllowed;
export const DELETE = other.notAllowed;
export const OPTIONS = other.options;
