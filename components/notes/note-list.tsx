"use client";
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { describeError } from "@/lib/client/errors";
import { notesListOptions, WATCH_INTERVAL_MS } from "@/lib/client/queries";
import { useListEvents } from "@/lib/client/use-list-events";
import { RelativeTime } from "../ui/relative-time";

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
        <li key={note.id}>
          <Link
            href={`/notes/${encodeURIComponent(note.id)}`}
            className="group block px-5 py-4 transition-colors hover:bg-surface-2 focus-visible:bg-surface-2"
          >
            <div className="flex items-baseline justify-between gap-3">
              <h2 dir="auto" className="min-w-0 truncate font-medium group-hover:text-accent">
                {note.title.trim() || <span className="text-muted italic">Untitled</span>}
              </h2>
              <span className="shrink-0 text-xs text-muted tabular-nums">v{note.version}</span>
            </div>
            {/* User text is direction-isolated: an override in it cannot reorder what is around it. */}
            {note.excerpt && (
              <p dir="auto" className="mt-1 line-clamp-2 text-sm text-muted">
                {note.excerpt}
              </p>
            )}
            <p className="mt-2 text-xs text-muted">
              Saved by <bdi className="font-medium text-fg">{note.updatedBy}</bdi> · <RelativeTime iso={note.updatedAt} />
            </p>
          </Link>
        </li>
      ))}
    </ul>
  );
}
