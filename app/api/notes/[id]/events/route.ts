// One note's live events (Server-Sent Events): its saves, its deletion and re-creation, and who has it open.
// A save event's id is its version: a browser that reconnects sends it back as Last-Event-ID and first gets
// every save it missed, in order, once. A deleted note's stream stays open (first event: the deletion), since
// a re-create is still worth hearing about; a note that never existed is a 404.
import { otherMethods, route } from "@/lib/api/handler";
import { notFoundResponse } from "@/lib/api/note-responses";
import { READ_ONLY_METHODS } from "@/lib/api/resource-methods";
import { EVENT_STREAM_HEADERS, eventStreamResponse } from "@/lib/events/event-stream";
import { presence } from "@/lib/events/note-presence";
import type { NoteEvent } from "@/lib/events/note-events";
import { versionToResumeAfter } from "@/lib/events/sse";
import { isNoteId, noteEtag } from "@/lib/notes/note";
import { findNoteValidators } from "@/lib/notes/repository";
import { savesAfter } from "@/lib/notes/revision-feed";

type Params = { id: string };

export const GET = route<Params>(async (request, { id }) => {
  // 1. Only a note that exists (or existed) has a stream.
  if (!isNoteId(id)) return notFoundResponse(request);
  const opened = await findNoteValidators(id);
  if (!opened) return notFoundResponse(request);
  // A HEAD answer has no body, so no stream is opened for it.
  if (request.method === "HEAD") return new Response(null, { headers: EVENT_STREAM_HEADERS });

  // 2. Where the client left off: its Last-Event-ID on a reconnect, or ?after=<version> it already has.
  const after = versionToResumeAfter(request.headers.get("last-event-id"), new URL(request.url).searchParams.get("after"));

  // 3. Stream: the missed saves, the note's state if it is deleted, who is here; then everything live.
  return eventStreamResponse({
    request,
    noteId: id,
    // A save no newer than the note as it was when the stream opened is one the client has (or gets from the
    // catch-up): such an event can still arrive live, when the fan-out replays a moment it missed.
    accepts: (event) => !((event.type === "save" || event.type === "recreate") && event.version <= opened.version),
    idOf: (event) => (event.type === "save" || event.type === "recreate" ? String(event.version) : undefined),
    catchUp: async () => {
      const missed: NoteEvent[] = after === null ? [] : (await savesAfter(id, after)).map((save) => ({
        type: "save", noteId: id, version: save.version, etag: noteEtag(save.version), title: save.title,
        by: save.author, at: save.createdAt.toISOString(),
      }));
      const now = await findNoteValidators(id);
      if (now?.deletedAt) {
        missed.push({ type: "delete", noteId: id, version: now.version, by: now.deletedBy ?? "", at: now.deletedAt.toISOString() });
      }
      missed.push({ type: "presence", noteId: id, present: presence.store.present(id) });
      return missed;
    },
  });
});

export const HEAD = GET;

const other = otherMethods(READ_ONLY_METHODS);
export const POST = other.notAllowed;
export const PUT = other.notAllowed;
export const PATCH = other.notAllowed;
export const DELETE = other.notAllowed;
export const OPTIONS = other.options;
