"use client";
import { NotePresence } from "../presence/note-presence";
import { NoteEditor } from "./note-editor";
import { useTabIdentity } from "./identity";

/** The note page: this tab, as the one person it is, editing one note (or a new one, not saved yet). */
export function NoteScreen({ noteId, isNew }: { noteId: string; isNew: boolean }) {
  const identity = useTabIdentity();
  return (
    <div className="mx-auto max-w-3xl">
      <NotePresence noteId={noteId} identity={identity} />
      <NoteEditor noteId={noteId} identity={identity} variant="page" isNew={isNew} />
    </div>
  );
}
