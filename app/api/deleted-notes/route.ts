// Recently deleted notes, the latest deletion first: who deleted each and when. Each one's history stays at
// /api/notes/{id}/revisions, and PUT /api/notes/{id} with If-None-Match: * brings it back.
import { otherMethods, route } from "@/lib/api/handler";
import { READ_ONLY_METHODS } from "@/lib/api/resource-methods";
import { deletedNoteJson, listDeletedNotes } from "@/lib/notes/deleted";

export const GET = route(async () => {
  const notes = (await listDeletedNotes()).map(deletedNoteJson);
  // Revalidated on each use: a note restored a moment ago must leave this list at once.
  return Response.json({ notes }, { headers: { "Cache-Control": "no-cache" } });
});

export const HEAD = GET;

const other = otherMethods(READ_ONLY_METHODS);
export const POST = other.notAllowed;
export const PUT = other.notAllowed;
export const PATCH = other.notAllowed;
export const DELETE = other.notAllowed;
export const OPTIONS = other.options;
