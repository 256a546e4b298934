// What PostgreSQL says when a note changes: the trigger `note_change_announce` (prisma/postgresql/migrations,
// "history_by_trigger") sends it on the channel `note_events` from the statement that makes the change. Pure.
import { POSTGRES_TEXT } from "@/lib/db/stored-text";
import { noteEtag } from "@/lib/notes/note";
import type { NoteChangeEvent } from "./note-events";

export const ANNOUNCEMENT_CHANNEL = "note_events";

/**
 * The event an announcement of the database stands for (the trigger `note_change_announce` writes it), or null
 * for anything else. Texts arrive as stored, so they are decoded as every read is (lib/db/stored-text.ts).
 */
export function eventFromAnnouncement(message: unknown): NoteChangeEvent | null {
  if (typeof message !== "object" || message === null) return null;
  const { type, noteId, version, title, by, at } = message as Record<string, unknown>;
  if (typeof noteId !== "string" || !Number.isSafeInteger(version) || typeof by !== "string" || typeof at !== "string") return null;
  const common = { noteId, version: version as number, by: POSTGRES_TEXT.decode(by), at };
  if (type === "delete") return { type, ...common };
  if ((type === "save" || type === "recreate") && typeof title === "string") {
    return { type, ...common, etag: noteEtag(common.version), title: POSTGRES_TEXT.decode(title) };
  }
  return null;
}
