"use client";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { GoneError } from "@/lib/client/errors";
import { noteOptions } from "@/lib/client/queries";
import { useNoteEvents } from "@/lib/client/use-note-events";
import { NotePresence } from "../presence/note-presence";
import { NoteEditor } from "./note-editor";
import { useTabIdentity } from "./identity";

/**
 * The note page: this tab, as the one person it is, editing one note (or a new one, not saved yet). One live
 * event stream serves the presence line and the editor.
 */
export function NoteScreen({ noteId, isNew }: { noteId: string; isNew: boolean }) {
  const identity = useTabIdentity();
  const query = useQuery(noteOptions(noteId));
  const exists = Boolean(query.data) || query.error instanceof GoneError;
  // Once known to exist, the stream stays open: a deleted note that is read again has no data and no error for
  // the moment of the read, and closing and reopening the stream then (which replays the deletion, which
  // reads the note again) would never end.
  const [existed, setExisted] = useState(false);
  if (exists && !existed) setExisted(true);
  const events = useNoteEvents(noteId, { enabled: exists || existed, knownVersion: query.data?.note.version ?? null });
  return (
    <div className="mx-auto max-w-3xl">
      <NotePresence noteId={noteId} identity={identity} events={events} />
      <NoteEditor noteId={noteId} identity={identity} variant="page" isNew={isNew} live={events.status === "live"} />
    </div>
  );
}
