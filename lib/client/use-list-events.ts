"use client";
// The note list's live events in the browser (EventSource on /api/notes/events): any save, deletion or
// re-creation re-reads the list (and any search shown), so new notes, titles, who saved last and deletions
// appear without a reload. The list is always what a GET answered; an event only says "read it now".
// Returns whether the stream is up: while it is not, the list falls back to a slow poll.
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { noteKeys } from "./queries";
import type { LiveStatus } from "./use-note-events";

/** After the stream ended for good, how long before a fresh one is opened. */
const REOPEN_AFTER_MS = 5_000;

export function useListEvents(): LiveStatus {
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<LiveStatus>("connecting");
  useEffect(() => {
    if (typeof EventSource === "undefined") return;
    let source: EventSource | null = null;
    let reopenTimer: number | null = null;
    const refresh = () => void queryClient.invalidateQueries({ queryKey: noteKeys.lists() });
    const open = () => {
      source = new EventSource("/api/notes/events");
      source.onopen = () => {
        setStatus("live");
        // What changed while the stream was down (or before it opened) is read now.
        refresh();
      };
      source.onerror = () => {
        setStatus("reconnecting");
        if (source?.readyState === EventSource.CLOSED) {
          source.close();
          reopenTimer = window.setTimeout(open, REOPEN_AFTER_MS);
        }
      };
      for (const type of ["save", "recreate", "delete"]) source.addEventListener(type, refresh);
    };
    open();
    return () => {
      if (reopenTimer !== null) window.clearTimeout(reopenTimer);
      source?.close();
    };
  }, [queryClient]);
  return status;
}
