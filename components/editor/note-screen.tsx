"use client";
import { NotePresence } from "../presence/note-presence";
import { NoteEditor } from "./note-editor";
import { useTabIdentity } from "./identity";
import { useLiveNote } from "./use-live-note";

/**
 * The note page: this tab, as the one person it is, editing one note (or a new one, not saved yet). One live
 * event stream serves the presence line and the editor.
 */
export function NoteScreen({ noteId, isNew }: { noteId: string; isNew: boolean }) {
  const identity = useTabIdentity();
  const events = useLiveNote(noteId);
  return (
    <div className="mx-auto max-w-3xl">
      <NotePresence noteId={noteId} identity={identity} events={events} />
      <NoteEditor noteId={noteId} identity={identity} variant="page" isNew={isNew} live={events.status === "live"} />
    </div>
  );
}
