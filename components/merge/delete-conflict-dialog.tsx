"use client";
// I asked to delete a note that someone changed after I opened it: show what they changed, then let me
// delete anyway (with If-Match set to their version, so a further save stops it again) or keep their version.
import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { describeError, GoneError, PreconditionFailedError } from "@/lib/client/errors";
import { baseText, hasUnsavedText, plainText, type Draft } from "@/lib/client/drafts";
import { updateDraft, writeDraft } from "@/lib/client/draft-store";
import { changeOf, editsOf, peopleOf, startDeleteConflict, type DeleteConflict } from "@/lib/client/merge-session";
import { useDeleteNote } from "@/lib/client/mutations";
import { revisionOptions } from "@/lib/client/queries";
import type { NoteWithEtag } from "@/lib/client/types";
import { Button } from "../ui/button";
import { CopyButton } from "../ui/copy-button";
import { DialogShell, type DialogPlacement } from "../ui/dialog-shell";
import { ChangesList } from "./changes-list";
import { MergeReview } from "./merge-review";
import type { EditorIdentity } from "../editor/identity";

export function DeleteConflictDialog({
  noteId,
  draft,
  stored,
  latest,
  identity,
  placement,
  onDeleted,
  onFinished,
}: {
  noteId: string;
  draft: Draft;
  stored: DeleteConflict;
  latest: NoteWithEtag | undefined;
  identity: EditorIdentity;
  placement?: DialogPlacement;
  onDeleted: () => void;
  onFinished: (message: string) => void;
}) {
  const remove = useDeleteNote();
  // Derived: a newer save seen while the dialog is open is what "delete anyway" would now delete.
  const session = useMemo<DeleteConflict>(
    () =>
      latest && latest.note.version > stored.theirs.note.version
        ? { ...startDeleteConflict(latest, [...stored.changes, changeOf(latest)]), open: stored.open }
        : stored,
    [stored, latest],
  );
  const known = baseText(draft, undefined);
  const revision = useQuery({ ...revisionOptions(noteId, draft.base.version), enabled: !known });
  const base = known ?? (revision.data ? { title: revision.data.title, body: revision.data.body } : null);
  const them = peopleOf(session.changes);
  const theirs = { title: session.theirs.note.title, body: session.theirs.note.body };
  const unsaved = hasUnsavedText(draft, undefined);

  const setOpen = (open: boolean) =>
    updateDraft(identity.sessionId, noteId, (d) => (d?.merge ? { ...d, merge: { ...d.merge, open } } : d));

  async function deleteAnyway() {
    try {
      await remove.mutateAsync({ id: noteId, ifMatch: session.theirs.etag, editor: identity.name });
      writeDraft(identity.sessionId, noteId, null);
      onDeleted();
    } catch (error) {
      if (error instanceof PreconditionFailedError && error.current && error.currentEtag) {
        const current = { note: error.current, etag: error.currentEtag };
        updateDraft(identity.sessionId, noteId, (d) =>
          d ? { ...d, merge: startDeleteConflict(current, [...session.changes, ...error.changes]) } : d);
      } else if (error instanceof GoneError) {
        writeDraft(identity.sessionId, noteId, null);
        onDeleted();
      }
    }
  }

  function keepTheirs() {
    // Keep the note. If I had typed something, that stays as my draft: nothing typed is dropped here.
    updateDraft(identity.sessionId, noteId, (d) => (d && unsaved ? { ...d, merge: null } : null));
    onFinished(`Kept the note with ${editsOf(session.changes)}.`);
  }

  return (
    <DialogShell
      open={session.open}
      onOpenChange={setOpen}
      placement={placement}
      size="lg"
      closeLabel="Close: nothing is deleted"
      title={`${them} edited this note after you opened it`}
      description={`You asked to delete it, but ${them} saved changes you have not seen. Nothing is deleted yet.`}
      footer={
        <>
          <div className="mr-auto flex flex-wrap gap-2">
            {unsaved && <CopyButton text={plainText(draft)} />}
            <CopyButton text={plainText(theirs)} label={`Copy ${them}'s version`} />
          </div>
          <Button onClick={keepTheirs}>Keep {them}&apos;s version</Button>
          <Button variant="danger" onClick={() => void deleteAnyway()} disabled={remove.isPending}>
            {remove.isPending ? "Deleting…" : "Delete anyway"}
          </Button>
        </>
      }
    >
      <div className="space-y-4">
        <ChangesList changes={session.changes} baseVersion={draft.base.version} />
        <div>
          <h3 className="mb-2 text-sm font-semibold">What {them} changed</h3>
          {base ? (
            <MergeReview mine={base} result={theirs} />
          ) : (
            <p className="text-sm text-muted">{revision.error ? describeError(revision.error) : "Loading…"}</p>
          )}
        </div>
        {remove.error && !(remove.error instanceof PreconditionFailedError) && !(remove.error instanceof GoneError) && (
          <p role="alert" className="text-sm text-danger">
            Not deleted: {describeError(remove.error)}
          </p>
        )}
      </div>
    </DialogShell>
  );
}
