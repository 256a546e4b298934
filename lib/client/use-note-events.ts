"use client";
// One note's live events in the browser (EventSource on /api/notes/{id}/events): the latest save and
// deletion by anyone, who is here, and whether the stream is up. The browser reconnects by itself after a
// drop and sends Last-Event-ID, so the server replays the saves it missed; if the stream ends for good (the
// server restarted and answered something else once), a new EventSource is opened after a pause, asking for
// the saves after the last version it saw.
//
// Events only make the note query refresh sooner: what the editor shows still comes from a GET, and every
// save still sends If-Match with its draft's base, so safety never depends on an event arriving.
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { isNoteEvent, type DeleteEvent, type PresenceEntry, type RecreateEvent, type SaveEvent } from "@/lib/events/note-events";
import { noteKeys } from "./queries";

export type LiveStatus = "connecting" | "live" | "reconnecting";

export type NoteEvents = {
  status: LiveStatus;
  /** The newest save (or re-create) announced since the page opened. */
  lastSave: SaveEvent | RecreateEvent | null;
  lastDelete: DeleteEvent | null;
  present: PresenceEntry[];
};

const INITIAL: NoteEvents = { status: "connecting", lastSave: null, lastDelete: null, present: [] };
/** After the stream ended for good, how long before a fresh one is opened. */
const REOPEN_AFTER_MS = 5_000;

/**
 * Live events of a note while `enabled` (a note that exists on the server). `knownVersion` is the version on
 * screen when the stream opens: saves after it are replayed.
 */
export function useNoteEvents(noteId: string, { enabled, knownVersion }: { enabled: boolean; knownVersion: number | null }): NoteEvents {
  const queryClient = useQueryClient();
  const [state, setState] = useState<NoteEvents>(INITIAL);
  // Read when the stream opens, without making every new version reopen it.
  const known = useRef(knownVersion);
  useEffect(() => {
    known.current = knownVersion;
  }, [knownVersion]);

  useEffect(() => {
    if (!enabled || typeof EventSource === "undefined") return;
    let source: EventSource | null = null;
    let reopenTimer: number | null = null;
    let lastVersion = known.current;

    const refreshNote = () => void queryClient.invalidateQueries({ queryKey: noteKeys.detail(noteId), exact: true });
    const parse = (message: MessageEvent<string>) => {
      try {
        const event: unknown = JSON.parse(message.data);
        return isNoteEvent(event) && event.noteId === noteId ? event : null;
      } catch {
        return null;
      }
    };

    const open = () => {
      const after = lastVersion === null ? "" : `?after=${lastVersion}`;
      source = new EventSource(`/api/notes/${encodeURIComponent(noteId)}/events${after}`);
      source.onopen = () => setState((s) => ({ ...s, status: "live" }));
      source.onerror = () => {
        setState((s) => ({ ...s, status: "reconnecting" }));
        if (source?.readyState === EventSource.CLOSED) {
          source.close();
          reopenTimer = window.setTimeout(open, REOPEN_AFTER_MS);
        }
      };
      const onChange = (message: MessageEvent<string>) => {
        const event = parse(message);
        if (!event || event.type === "presence") return;
        if (event.type === "delete") setState((s) => ({ ...s, lastDelete: event }));
        else {
          lastVersion = Math.max(lastVersion ?? 0, event.version);
          setState((s) => (s.lastSave && s.lastSave.version >= event.version ? s : { ...s, lastSave: event }));
        }
        refreshNote();
      };
      source.addEventListener("save", onChange);
      source.addEventListener("recreate", onChange);
      source.addEventListener("delete", onChange);
      source.addEventListener("presence", (message) => {
        const event = parse(message);
        if (event?.type === "presence") setState((s) => ({ ...s, present: event.present }));
      });
    };
    open();
    return () => {
      if (reopenTimer !== null) window.clearTimeout(reopenTimer);
      source?.close();
      setState(INITIAL);
    };
  }, [enabled, noteId, queryClient]);

  return state;
}
