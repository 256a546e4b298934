"use client";
// Where the person's text is, in words and a shape, never colour alone. Announced politely when it changes.
import type { SaveStatus } from "@/lib/client/save-status";
import type { Note } from "@/lib/client/types";
import { Button } from "../ui/button";
import { RelativeTime } from "../ui/relative-time";

function Icon({ kind }: { kind: SaveStatus["kind"] }) {
  const common = { "aria-hidden": true, viewBox: "0 0 20 20", className: "size-4 shrink-0", fill: "none", stroke: "currentColor", strokeWidth: 2 } as const;
  switch (kind) {
    case "new":
      return <svg {...common}><path d="M10 4v12M4 10h12" strokeLinecap="round" /></svg>;
    case "saved":
      return <svg {...common}><path d="M4.5 10.5l3.5 3.5 7.5-8" strokeLinecap="round" strokeLinejoin="round" /></svg>;
    case "unsaved":
      return <svg {...common}><circle cx="10" cy="10" r="4" fill="currentColor" /></svg>;
    case "saving":
      return <svg {...common} className="size-4 shrink-0 animate-spin"><path d="M10 3a7 7 0 1 1-7 7" strokeLinecap="round" /></svg>;
    case "offline":
      return <svg {...common}><path d="M2.5 7.5a11 11 0 0 1 15 0M5.5 10.5a7 7 0 0 1 9 0M8.5 13.5a3 3 0 0 1 3 0M3 3l14 14" strokeLinecap="round" /></svg>;
    case "failed":
    case "too-large":
      return <svg {...common}><path d="M10 3l8 14H2L10 3z" strokeLinejoin="round" /><path d="M10 8v4M10 14.5v.5" strokeLinecap="round" /></svg>;
    case "needs-merge":
      return <svg {...common}><path d="M6 3v5a4 4 0 0 0 4 4h4M14 3v14M6 17v-3" strokeLinecap="round" /></svg>;
    case "deleted":
      return <svg {...common}><path d="M4 6h12M8 6V4h4v2M6 6l1 11h6l1-11" strokeLinejoin="round" /></svg>;
  }
}

const tone: Record<SaveStatus["kind"], string> = {
  saved: "text-ok",
  new: "text-muted",
  unsaved: "text-warn",
  saving: "text-muted",
  offline: "text-warn",
  failed: "text-danger",
  "too-large": "text-danger",
  "needs-merge": "text-warn",
  deleted: "text-danger",
};

export function SaveStatusLine({
  status,
  note,
  myName,
  onRetry,
  onResolve,
}: {
  status: SaveStatus;
  note: Note | undefined;
  myName: string | null;
  onRetry: () => void;
  onResolve: () => void;
}) {
  return (
    <div className="flex min-w-0 flex-wrap items-center gap-x-2 gap-y-1 text-sm">
      <span role="status" className={`inline-flex items-center gap-1.5 font-medium ${tone[status.kind]}`}>
        <Icon kind={status.kind} />
        {status.kind === "saved" && "Saved"}
        {status.kind === "new" && "New note"}
        {status.kind === "too-large" && "Too long to save"}
        {status.kind === "unsaved" && "Unsaved changes"}
        {status.kind === "saving" && "Saving…"}
        {status.kind === "offline" && "Offline: not saved yet"}
        {status.kind === "failed" && "Not saved"}
        {status.kind === "needs-merge" &&
          (status.what === "edit"
            ? "Not saved: needs merging"
            : status.what === "deleted"
              ? "Not saved: the note was deleted"
              : "Not deleted: it was edited")}
        {status.kind === "deleted" && "Deleted by someone else"}
      </span>
      <span className="min-w-0 text-muted">
        {status.kind === "saved" && note && (
          <>
            v{note.version} by {note.updatedBy === myName ? "you" : <bdi>{note.updatedBy}</bdi>},{" "}
            <RelativeTime iso={note.updatedAt} />
          </>
        )}
        {status.kind === "new" && "nothing is saved until you write and save"}
        {status.kind === "unsaved" && "kept on this device"}
        {status.kind === "too-large" && <>{status.message} Your text is kept on this device.</>}
        {status.kind === "offline" &&
          (status.queued
            ? "Your text is kept on this device and is saved by itself when the connection is back."
            : "Your text is kept on this device. Press Save and it is saved when the connection is back.")}
        {status.kind === "failed" && (
          <>
            {status.message} Your text is kept on this device.
            {status.nextTryInSeconds !== null && <> Trying again in {status.nextTryInSeconds} seconds.</>}
          </>
        )}
        {status.kind === "needs-merge" && "your text is kept; a decision is waiting"}
      </span>
      {status.kind === "failed" && status.retry && (
        <Button size="sm" variant="secondary" onClick={onRetry}>
          Retry save
        </Button>
      )}
      {status.kind === "needs-merge" && (
        <Button size="sm" variant="primary" onClick={onResolve}>
          {status.what === "edit" ? "Resolve" : "Decide"}
        </Button>
      )}
    </div>
  );
}
