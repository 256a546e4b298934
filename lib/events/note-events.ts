// What the live event streams carry, as plain data shared by the server and the browser. Pure: no database,
// no framework. A save names the version and ETag it made, so a client can tell "newer than what I have" by the
// version alone and open a merge against exactly that version.
import { noteEtag } from "@/lib/notes/note";

/** A committed save (a new note's first version included). */
export type SaveEvent = {
  type: "save";
  noteId: string;
  version: number;
  etag: string;
  title: string;
  by: string;
  /** ISO 8601. */
  at: string;
};

/** A deleted note was created again (PUT with If-None-Match: *); its versions go on. */
export type RecreateEvent = Omit<SaveEvent, "type"> & { type: "recreate" };

/** The note was deleted over `version`; it answers 410 from now on. */
export type DeleteEvent = { type: "delete"; noteId: string; version: number; by: string; at: string };

export type PresenceState = "viewing" | "editing";

/** One open tab on a note. `editing` means it holds unsaved changes. */
/** One tab on the note, as everyone sees it: `tab` is its opaque handle (lib/events/tab-handle.ts), never its id. */
export type PresenceEntry = { tab: string; name: string; state: PresenceState; since: string };

/** Everyone on one note now (a whole list, not a diff: a client that missed one has the truth with the next). */
export type PresenceEvent = { type: "presence"; noteId: string; present: PresenceEntry[] };

/** What changed a note's stored state. */
export type NoteChangeEvent = SaveEvent | RecreateEvent | DeleteEvent;
export type NoteEvent = NoteChangeEvent | PresenceEvent;

type NoteLike = { id: string; version: number; title: string; updatedBy: string; updatedAt: Date };

export function saveEventOf(note: NoteLike, type: "save" | "recreate" = "save"): SaveEvent | RecreateEvent {
  return {
    type, noteId: note.id, version: note.version, etag: noteEtag(note.version), title: note.title,
    by: note.updatedBy, at: note.updatedAt.toISOString(),
  };
}

/** Whether a value received over the wire is a note event (the browser checks before it trusts one). */
export function isNoteEvent(value: unknown): value is NoteEvent {
  if (typeof value !== "object" || value === null) return false;
  const event = value as Record<string, unknown>;
  if (typeof event.noteId !== "string") return false;
  switch (event.type) {
    case "save":
    case "recreate":
      return typeof event.version === "number" && typeof event.etag === "string" && typeof event.by === "string";
    case "delete":
      return typeof event.version === "number" && typeof event.by === "string";
    case "presence":
      return Array.isArray(event.present);
    default:
      return false;
  }
}
