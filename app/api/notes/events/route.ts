// The note list's live events (Server-Sent Events): every note's saves (a new note's first one included),
// deletions and re-creations; no presence. An event's id is `t` and its time in milliseconds. A browser that
// reconnects with it gets the saves and deletions since then again, from a little before (saves commit in an
// order that can differ from their timestamps by a moment): on this stream a repeat is possible, so clients
// keep the highest version per note. A list that is re-read after a reconnect is right either way.
//
// The path takes the place of a note with the id "events": POST never makes such an id, and a PUT to it
// answers 405.
import { otherMethods, route } from "@/lib/api/handler";
import { READ_ONLY_METHODS } from "@/lib/api/resource-methods";
import { EVENT_STREAM_HEADERS, eventStreamResponse } from "@/lib/events/event-stream";
import type { NoteChangeEvent, NoteEvent } from "@/lib/events/note-events";
import { noteEtag } from "@/lib/notes/note";
import { deletionsSince, savesSince } from "@/lib/notes/revision-feed";

/** How far before the client's last event the replay starts. */
const REPLAY_OVERLAP_MS = 2_000;

function timeFromEventId(lastEventId: string | null): Date | null {
  const match = lastEventId ? /^t([0-9]{1,15})$/.exec(lastEventId.trim()) : null;
  return match ? new Date(Number(match[1]) - REPLAY_OVERLAP_MS) : null;
}

export const GET = route(async (request) => {
  if (request.method === "HEAD") return new Response(null, { headers: EVENT_STREAM_HEADERS });
  const since = timeFromEventId(request.headers.get("last-event-id"));
  return eventStreamResponse({
    request,
    accepts: (event) => event.type !== "presence",
    idOf: (event) => (event.type === "presence" ? undefined : `t${Date.parse(event.at)}`),
    catchUp: async () => {
      if (!since) return [];
      const [saves, deletions] = await Promise.all([savesSince(since), deletionsSince(since)]);
      const missed: NoteChangeEvent[] = [
        ...saves.map((save): NoteChangeEvent => ({
          type: "save", noteId: save.noteId, version: save.version, etag: noteEtag(save.version), title: save.title,
          by: save.author, at: save.createdAt.toISOString(),
        })),
        ...deletions.map((gone): NoteChangeEvent => ({
          type: "delete", noteId: gone.noteId, version: gone.version, by: gone.deletedBy, at: gone.deletedAt.toISOString(),
        })),
      ];
      return missed.sort((a, b) => Date.parse(a.at) - Date.parse(b.at)) satisfies NoteEvent[];
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
