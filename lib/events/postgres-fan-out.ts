// The fan-out across instances on PostgreSQL (see fan-out.ts): the database announces each change of a note
// on `note_events` (a trigger, in the statement that makes the change), presence travels as NOTIFY on
// `note_presence`, and one LISTEN connection per instance hears both.
//
// A LISTEN connection that was down (the database restarted) missed what committed meanwhile; once it listens
// again, the saves and deletions of that time are read from the revisions and tombstones and delivered. Each
// stream drops a save it already sent (by version), so that replay repeats nothing.
import "server-only";
import { listen } from "@/lib/db/listen";
import { db } from "@/lib/db/client";
import { deletionsSince, savesSince } from "@/lib/notes/revision-feed";
import { ANNOUNCEMENT_CHANNEL, eventFromAnnouncement } from "./announcement";
import type { NoteChangeEvent } from "./note-events";
import { localSubscribers, type EventFanOut, type PresenceSignal } from "./fan-out";
import { noteEtag } from "@/lib/notes/note";

const EVENTS_CHANNEL = ANNOUNCEMENT_CHANNEL;
const PRESENCE_CHANNEL = "note_presence";
/** Saves commit in an order that can differ from their timestamps by a moment: replay from a little earlier. */
const REPLAY_OVERLAP_MS = 2_000;

function isPresenceSignal(value: unknown): value is PresenceSignal {
  if (typeof value !== "object" || value === null) return false;
  const signal = value as Record<string, unknown>;
  if (typeof signal.noteId !== "string" || typeof signal.tabId !== "string") return false;
  return signal.op === "leave" || (signal.op === "report" && typeof signal.name === "string" && typeof signal.handle === "string"
    && (signal.state === "viewing" || signal.state === "editing"));
}

async function missedSince(since: Date): Promise<NoteChangeEvent[]> {
  const from = new Date(since.getTime() - REPLAY_OVERLAP_MS);
  const [saves, deletions] = await Promise.all([savesSince(from), deletionsSince(from)]);
  const missed: NoteChangeEvent[] = [
    ...saves.map((save): NoteChangeEvent => ({
      type: "save", noteId: save.noteId, version: save.version, etag: noteEtag(save.version), title: save.title,
      by: save.author, at: save.createdAt.toISOString(),
    })),
    ...deletions.map((gone): NoteChangeEvent => ({
      type: "delete", noteId: gone.noteId, version: gone.version, by: gone.deletedBy, at: gone.deletedAt.toISOString(),
    })),
  ];
  return missed.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}

export function postgresFanOut(): EventFanOut {
  const local = localSubscribers();
  let presenceHandler: (signal: PresenceSignal) => void = () => {};
  const parse = (payload: string): unknown => {
    try {
      return JSON.parse(payload);
    } catch {
      return null;
    }
  };
  const listening = listen({
    channels: [EVENTS_CHANNEL, PRESENCE_CHANNEL],
    onNotification(channel, payload) {
      const message = parse(payload);
      const event = channel === EVENTS_CHANNEL ? eventFromAnnouncement(message) : null;
      if (event) local.deliver(event);
      else if (channel === PRESENCE_CHANNEL && isPresenceSignal(message)) presenceHandler(message);
    },
    onReconnect(since) {
      missedSince(since).then(
        (missed) => missed.forEach((event) => local.deliver(event)),
        (error) => console.error("live events: could not read what was missed while the database was away", error),
      );
    },
  });
  return {
    ...local,
    // Delivered by the LISTEN connection, on this instance too.
    committed: () => {},
    signalPresence(signal) {
      // Ephemeral: a report lost while the database is away is made again by the tab's next heartbeat.
      db.prisma.$executeRaw`SELECT pg_notify(${PRESENCE_CHANNEL}, ${JSON.stringify(signal)})`.catch(() => undefined);
    },
    onPresence: (handler) => void (presenceHandler = handler),
    connected: () => listening.connected(),
  };
}
