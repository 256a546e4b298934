"use client";
// They deleted the note I was editing: say so, and offer the two sensible ways out. My text is never dropped
// without my say: re-create the note with it (PUT If-None-Match: *), or discard it on purpose.
import { describeError, GoneError, PreconditionFailedError } from "@/lib/client/errors";
import { plainText, type Draft } from "@/lib/client/drafts";
import { updateDraft, writeDraft } from "@/lib/client/draft-store";
import { startEditMerge } from "@/lib/client/merge-session";
import { useRecreateNote } from "@/lib/client/mutations";
import { Button } from "../ui/button";
import { CopyButton } from "../ui/copy-button";
import { DialogShell, type DialogPlacement } from "../ui/dialog-shell";
import { RelativeTime } from "../ui/relative-time";
import type { EditorIdentity } from "../editor/identity";

export function DeletedChoices({
  noteId,
  draft,
  identity,
  onFinished,
}: {
  noteId: string;
  draft: Draft;
  identity: EditorIdentity;
  onFinished: (message: string) => void;
}) {
  const recreate = useRecreateNote();
  const mine = { title: draft.title, body: draft.body };

  async function recreateWithMine() {
    try {
      const created = await recreate.mutateAsync({ id: noteId, text: mine, editor: identity.name });
      writeDraft(identity.sessionId, noteId, null);
      onFinished(`Re-created the note with your text (version ${created.note.version}).`);
    } catch (error) {
      if (error instanceof PreconditionFailedError && error.current && error.currentEtag) {
        // Someone re-created it first: merge with what they wrote.
        const current = { note: error.current, etag: error.currentEtag };
        updateDraft(identity.sessionId, noteId, (d) => (d ? { ...d, merge: startEditMerge(current, error.changes, null) } : d));
      }
    }
  }

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap gap-2">
        <Button variant="primary" onClick={() => void recreateWithMine()} disabled={recreate.isPending}>
          {recreate.isPending ? "Re-creating…" : "Recreate with my text"}
        </Button>
        <Button
          variant="secondary"
          onClick={() => {
            writeDraft(identity.sessionId, noteId, null);
            onFinished("Your text was discarded. The note stays deleted.");
          }}
        >
          Discard mine
        </Button>
        <CopyButton text={plainText(mine)} size="md" />
      </div>
      {recreate.error && !(recreate.error instanceof PreconditionFailedError) && (
        <p role="alert" className="text-sm text-danger">
          Not re-created: {describeError(recreate.error)} Your text is kept.
        </p>
      )}
    </div>
  );
}

export function DeletedDialog({
  noteId,
  draft,
  open,
  deletedBy,
  deletedAt,
  identity,
  placement,
  onFinished,
}: {
  noteId: string;
  draft: Draft;
  open: boolean;
  deletedBy: string | null;
  deletedAt: string | null;
  identity: EditorIdentity;
  placement?: DialogPlacement;
  onFinished: (message: string) => void;
}) {
  const who = deletedBy ?? "Someone";
  const setOpen = (next: boolean) =>
    updateDraft(identity.sessionId, noteId, (d) => (d?.merge ? { ...d, merge: { ...d.merge, open: next } } : d));
  return (
    <DialogShell
      open={open}
      onOpenChange={setOpen}
      placement={placement}
      size="md"
      closeLabel="Close: your text is kept"
      title={`${who} deleted this note while you were editing it`}
      description={
        <>
          {deletedAt ? (
            <>
              Deleted <RelativeTime iso={deletedAt} />.{" "}
            </>
          ) : null}
          Your text is still here, unsaved. Bring the note back with your text, or let it go.
        </>
      }
    >
      <DeletedChoices noteId={noteId} draft={draft} identity={identity} onFinished={onFinished} />
    </DialogShell>
  );
}

export function goneFacts(error: unknown): { deletedBy: string | null; deletedAt: string | null } | null {
  return error instanceof GoneError ? { deletedBy: error.deletedBy, deletedAt: error.deletedAt } : null;
}
