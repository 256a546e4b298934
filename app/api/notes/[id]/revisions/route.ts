// A note's history: one entry per saved version, newest first. It stays readable after the note is deleted.
import { methodNotAllowed, route } from "@/lib/api/handler";
import { notFoundResponse } from "@/lib/api/note-responses";
import { changeJson, isNoteId } from "@/lib/notes/note";
import { findNoteValidators, listRevisions } from "@/lib/notes/repository";

export const GET = route<{ id: string }>(async (request, { id }) => {
  if (!isNoteId(id) || !(await findNoteValidators(id))) return notFoundResponse(request);
  const revisions = (await listRevisions(id)).map((revision) => ({ ...changeJson(revision), title: revision.title }));
  return Response.json({ revisions }, { headers: { "Cache-Control": "no-cache" } });
});

export const HEAD = GET;
const READ_ONLY = ["GET", "HEAD"];
export const POST = methodNotAllowed(READ_ONLY);
export const PUT = methodNotAllowed(READ_ONLY);
export const PATCH = methodNotAllowed(READ_ONLY);
export const DELETE = methodNotAllowed(READ_ONLY);
