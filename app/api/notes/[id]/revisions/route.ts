// A note's history: one entry per saved version, newest first. It stays readable after the note is deleted.
import { READ_ONLY_METHODS } from "@/lib/api/resource-methods";
import { otherMethods, route } from "@/lib/api/handler";
import { notFoundResponse } from "@/lib/api/note-responses";
import { changeJson, isNoteId } from "@/lib/notes/note";
import { findNoteValidators, listRevisions } from "@/lib/notes/repository";

export const GET = route<{ id: string }>(async (request, { id }) => {
  if (!isNoteId(id) || !(await findNoteValidators(id))) return notFoundResponse(request);
  const revisions = (await listRevisions(id)).map((revision) => ({ ...changeJson(revision), title: revision.title }));
  return Response.json({ revisions }, { headers: { "Cache-Control": "no-cache" } });
});

export const HEAD = GET;

const other = otherMethods(READ_ONLY_METHODS);
export const POST = other.notAllowed;
export const PUT = other.notAllowed;
export const PATCH = other.notAllowed;
export const DELETE = other.notAllowed;
export const OPTIONS = other.options;
