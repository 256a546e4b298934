"use client";
// The page of a deleted note (it answers 410): who deleted it and when, and Restore, as the delete dialog
// promised. Restore re-creates the note from its last saved version with PUT and If-None-Match: *, so if
// someone re-created it first the answer is 412 and their note is shown, never overwritten.
import Link from "next/link";
import { describeError, PreconditionFailedError, type GoneError } from "@/lib/client/errors";
import { useRestoreNote } from "@/lib/client/mutations";
import { Button } from "../ui/button";
import { EditorBanner, type BannerFact } from "./editor-banner";
import type { EditorIdentity } from "./identity";
import { Moment } from "./moment";

export function DeletedNote({
  noteId,
  gone,
  identity,
  variant,
  banner,
  onBanner,
}: {
  noteId: string;
  gone: GoneError;
  identity: EditorIdentity | null;
  variant: "page" | "pane";
  banner: BannerFact | null;
  onBanner: (fact: BannerFact | null) => void;
}) {
  const restore = useRestoreNote();

  async function restoreNow() {
    if (!identity) return;
    try {
      const restored = await restore.mutateAsync({ noteId, editor: identity.name });
      onBanner({ kind: "restored", version: restored.note.version });
    } catch (error) {
      // Someone re-created it first: the 412 carries their note, which the editor now shows.
      if (error instanceof PreconditionFailedError && error.current) {
        onBanner({ kind: "restore-collided", by: error.current.updatedBy, version: error.current.version });
      }
    }
  }

  return (
    <section
      aria-labelledby={`deleted-${noteId}`}
      className="mx-auto max-w-xl space-y-4 rounded-2xl border border-line bg-surface p-6 text-center shadow-card sm:p-8"
    >
      {banner && <EditorBanner fact={banner} onDismiss={() => onBanner(null)} />}
      <h1 id={`deleted-${noteId}`} className="text-xl font-semibold">
        This note was deleted
      </h1>
      <p className="text-muted">
        <strong className="font-medium text-fg">
          <bdi>{gone.deletedBy ?? "Someone"}</bdi>
        </strong>{" "}
        deleted it{gone.deletedAt ? <> <Moment iso={gone.deletedAt} /></> : null}. Its history is kept: Restore brings
        back its last saved version, and its history goes on from there.
      </p>
      <div className="flex flex-wrap items-center justify-center gap-2">
        <Button variant="primary" onClick={() => void restoreNow()} disabled={!identity || restore.isPending}>
          {restore.isPending ? "Restoring…" : "Restore"}
        </Button>
        {variant === "page" && (
          <>
            <Link href={`/notes/${encodeURIComponent(noteId)}/history`} className="rounded-md px-3 py-2 text-sm text-accent underline">
              See its history
            </Link>
            <Link href="/" className="rounded-md px-3 py-2 text-sm text-accent underline">
              Back to all notes
            </Link>
          </>
        )}
      </div>
      {restore.error && !(restore.error instanceof PreconditionFailedError) && (
        <p role="alert" className="text-sm text-danger">
          Not restored: {describeError(restore.error)}
        </p>
      )}
    </section>
  );
}
