"use client";
// Delete, with a confirmation. The delete names the version the person is looking at (If-Match), so a save
// they have not seen turns it into a question ("Bob edited this after you opened it") instead of a loss.
// A delete that finds the note deleted already (410) says by whom and when, instead of leaving as if it worked.
import { useState } from "react";
import { describeError, GoneError, PreconditionFailedError } from "@/lib/client/errors";
import { editDraft, plainText, type Draft } from "@/lib/client/drafts";
import { updateDraft, writeDraft } from "@/lib/client/draft-store";
import { startDeleteConflict } from "@/lib/client/merge-session";
import { useDeleteNote } from "@/lib/client/mutations";
import type { NoteWithEtag } from "@/lib/client/types";
import { Button } from "../ui/button";
import { CopyButton } from "../ui/copy-button";
import { DialogShell, type DialogPlacement } from "../ui/dialog-shell";
import type { EditorIdentity } from "./identity";

export function DeleteNoteButton({
  noteId,
  shown,
  draft,
  unsaved,
  identity,
  placement,
  onDeleted,
  onAlreadyDeleted,
}: {
  noteId: string;
  shown: NoteWithEtag;
  draft: Draft | null;
  unsaved: boolean;
  identity: EditorIdentity;
  placement?: DialogPlacement;
  onDeleted: () => void;
  onAlreadyDeleted: (gone: GoneError) => void;
}) {
  const remove = useDeleteNote();
  // The version on screen when the person asked: what they agree to delete.
  const [seen, setSeen] = useState<NoteWithEtag | null>(null);
  const title = (draft?.title ?? shown.note.title).trim() || "Untitled";

  async function confirm() {
    if (!seen) return;
    const ifMatch = draft ? draft.base.etag : seen.etag;
    try {
      await remove.mutateAsync({ id: noteId, ifMatch, editor: identity.name });
      setSeen(null);
      writeDraft(identity.sessionId, noteId, null);
      onDeleted();
    } catch (error) {
      if (error instanceof PreconditionFailedError && error.current && error.currentEtag) {
        const current = { note: error.current, etag: error.currentEtag };
        setSeen(null);
        const owner = { noteId, sessionId: identity.sessionId, tabId: identity.tabId, editor: identity.name };
        updateDraft(identity.sessionId, noteId, (d) => ({
          ...(d ?? editDraft(null, owner, seen, {}, Date.now())),
          merge: startDeleteConflict(current, error.changes),
        }));
      } else if (error instanceof GoneError) {
        setSeen(null);
        onAlreadyDeleted(error);
      }
    }
  }

  return (
    <>
      <Button variant="ghost" size="sm" onClick={() => setSeen(shown)} className="text-danger">
        <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4" fill="none" stroke="currentColor" strokeWidth="1.8">
          <path d="M4 6h12M8 6V4h4v2M6 6l1 11h6l1-11" strokeLinejoin="round" />
        </svg>
        Delete
      </Button>
      <DialogShell
        open={seen !== null}
        onOpenChange={(open) => {
          if (!open) setSeen(null);
        }}
        placement={placement}
        size="sm"
        title={`Delete “${title}”?`}
        description="Everyone will see it as deleted. Its history is kept, so it can be brought back."
        footer={
          <>
            <Button onClick={() => setSeen(null)}>Cancel</Button>
            <Button variant="danger" onClick={() => void confirm()} disabled={remove.isPending}>
              {remove.isPending ? "Deleting…" : "Delete note"}
            </Button>
          </>
        }
      >
        {unsaved && draft && (
          <div className="space-y-2 rounded-xl border border-warn/40 bg-warn-soft p-3 text-sm">
            <p>You have unsaved changes in this note. Deleting discards them.</p>
            <CopyButton text={plainText(draft)} />
          </div>
        )}
        {remove.error && !(remove.error instanceof PreconditionFailedError) && (
          <p role="alert" className="mt-2 text-sm text-danger">
            Not deleted: {describeError(remove.error)}
          </p>
        )}
      </DialogShell>
    </>
  );
}
