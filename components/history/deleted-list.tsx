"use client";
// The notes someone deleted, the latest first: who and when, a link to each one's history, and Restore (the
// shared restore-deleted: its last version's text, PUT with If-None-Match: *).
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { describeError, PreconditionFailedError } from "@/lib/client/errors";
import { listDeletedNotes, type DeletedNote } from "@/lib/client/history-api";
import { absoluteTime } from "@/lib/client/relative-time";
import { useRestoreNote } from "@/lib/client/mutations";
import { deletedNotesKey } from "@/lib/client/restore-deleted";
import { retryTransient } from "@/lib/client/queries";
import { useTabIdentity } from "../editor/identity";
import { Button } from "../ui/button";
import { RelativeTime } from "../ui/relative-time";

export function DeletedList() {
  const identity = useTabIdentity();
  const deleted = useQuery({ queryKey: deletedNotesKey, queryFn: ({ signal }) => listDeletedNotes(signal), retry: retryTransient });
  const revive = useRestoreNote();
  const [restored, setRestored] = useState<{ id: string; title: string; version: number } | null>(null);
  const [failed, setFailed] = useState<string | null>(null);

  async function restore(note: DeletedNote) {
    if (!identity) return;
    setFailed(null);
    try {
      const back = await revive.mutateAsync({ noteId: note.id, editor: identity.name });
      setRestored({ id: note.id, title: note.title.trim() || "Untitled", version: back.note.version });
    } catch (error) {
      setFailed(
        error instanceof PreconditionFailedError
          ? `Someone brought “${note.title.trim() || "Untitled"}” back already.`
          : `Couldn't restore “${note.title.trim() || "Untitled"}”: ${describeError(error)}`,
      );
    }
  }

  return (
    <div className="space-y-3">
      <p role="status" className={restored ? "rounded-xl border border-ok/40 bg-ok-soft px-3 py-2 text-sm" : "sr-only"}>
        {restored && (
          <>
            Restored “<bdi>{restored.title}</bdi>” as version {restored.version}.{" "}
            <Link href={`/notes/${encodeURIComponent(restored.id)}`} className="text-accent underline">
              Open it
            </Link>
          </>
        )}
      </p>
      {failed && (
        <p role="alert" className="rounded-xl border border-danger/40 bg-danger-soft px-3 py-2 text-sm">
          {failed}
        </p>
      )}
      {deleted.error && !deleted.data ? (
        <p role="alert">Couldn&apos;t load the deleted notes. {describeError(deleted.error)}</p>
      ) : !deleted.data ? (
        <p className="text-muted">Loading…</p>
      ) : deleted.data.length === 0 ? (
        <div className="rounded-2xl border border-dashed border-line-strong p-10 text-center text-muted">No note has been deleted.</div>
      ) : (
        <ul aria-label="Deleted notes" className="divide-y divide-line overflow-hidden rounded-2xl border border-line bg-surface shadow-card">
          {deleted.data.map((note) => (
            <li key={note.id} className="flex flex-wrap items-center gap-x-4 gap-y-2 px-5 py-4">
              <div className="min-w-0 flex-1">
                <h2 dir="auto" className="truncate font-medium">
                  {note.title.trim() || <span className="text-muted italic">Untitled</span>}
                </h2>
                <p className="mt-0.5 text-xs text-muted">
                  Deleted by <bdi className="font-medium text-fg">{note.deletedBy}</bdi> <RelativeTime iso={note.deletedAt} /> ·{" "}
                  {absoluteTime(note.deletedAt)} · {note.version} version{note.version === 1 ? "" : "s"}
                </p>
              </div>
              <div className="flex items-center gap-2">
                <Link
                  href={`/notes/${encodeURIComponent(note.id)}/history`}
                  className="rounded-md px-2 py-1 text-sm text-accent underline underline-offset-2"
                  aria-label={`History of ${note.title.trim() || "Untitled"}`}
                >
                  History
                </Link>
                <Button
                  size="sm"
                  onClick={() => void restore(note)}
                  disabled={!identity || revive.isPending}
                  aria-label={`Restore ${note.title.trim() || "Untitled"}`}
                >
                  Restore
                </Button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
