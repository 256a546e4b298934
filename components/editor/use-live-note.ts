"use client";
// A note's live event stream for a screen that shows it (the note page, the demo's two panes): open once the
// note is known to exist on the server, and kept open from then on. A deleted note that is read again has no
// data and no error for the moment of the read, and closing and reopening the stream then (which replays the
// deletion, which reads the note again) would never end.
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { GoneError } from "@/lib/client/errors";
import { noteOptions } from "@/lib/client/queries";
import { useNoteEvents, type NoteEvents } from "@/lib/client/use-note-events";

export function useLiveNote(noteId: string): NoteEvents {
  const query = useQuery(noteOptions(noteId));
  const exists = Boolean(query.data) || query.error instanceof GoneError;
  const [existed, setExisted] = useState(false);
  if (exists && !existed) setExisted(true);
  return useNoteEvents(noteId, { enabled: exists || existed, knownVersion: query.data?.note.version ?? null });
}
