"use client";
import { useQuery } from "@tanstack/react-query";
import { describeError } from "@/lib/client/errors";
import { notesListOptions, WATCH_INTERVAL_MS } from "@/lib/client/queries";
import { useListEvents } from "@/lib/client/use-list-events";
import { NoteListItem } from "./note-list-item";

export function NoteList() {
  const live = useListEvents();
  // Live events re-read the list as saves land; the slow poll is only for while the stream is down.
  const { data: notes, error, isPending } = useQuery({
    ...notesListOptions(),
    refetchInterval: live === "live" ? false : WATCH_INTERVAL_MS,
  });

  if (isPending) return <p className="text-muted">Loading notes…</p>;
  if (error && !notes) {
    return (
      <p role="alert" className="rounded-xl border border-line bg-danger-soft p-4 text-danger">
        Couldn&apos;t load the notes. {describeError(error)}
      </p>
    );
  }
  if (!notes?.length) {
    return (
      <div className="rounded-2xl border border-dashed border-line-strong p-10 text-center text-muted">
        No notes yet. Start one with <strong className="text-fg">New note</strong>.
      </div>
    );
  }
  return (
    <ul className="divide-y divide-line overflow-hidden rounded-2xl border border-line bg-surface shadow-card">
      {notes.map((note) => (
        <NoteListItem key={note.id} note={note} />
      ))}
    </ul>
  );
}
