"use client";
// Saving the draft. A save sends If-Match with the ETag of the version the draft started from, never the newest
// one in the cache: a background refetch cannot turn a collision into an overwrite. The first save of a new
// note creates it (PUT with If-None-Match: *). A 412 or 410 moves the work into the merge dialog, stored with
// the draft; any other failure leaves the draft as it is and is reported.
import { canRetry, describeError, GoneError, PreconditionFailedError } from "@/lib/client/errors";
import { afterSave, baseText, isNewNote, patchFor, type Draft } from "@/lib/client/drafts";
import { updateDraft, writeDraft } from "@/lib/client/draft-store";
import { startDeleted, startEditMerge } from "@/lib/client/merge-session";
import { useSaveNote, type SaveVariables } from "@/lib/client/mutations";
import { oversizedBody, tooLargeMessage } from "@/lib/client/size-limit";
import type { NoteWithEtag } from "@/lib/client/types";
import type { EditorIdentity } from "./identity";

export function useSaveDraft({
  noteId,
  identity,
  draft,
  shown,
  onReopenDecision,
  onSaved,
  onMessage,
}: {
  noteId: string;
  identity: EditorIdentity | null;
  draft: Draft | null;
  shown: NoteWithEtag | undefined;
  onReopenDecision: () => void;
  onSaved: (saved: NoteWithEtag, created: boolean) => void;
  onMessage: (message: string) => void;
}) {
  const save = useSaveNote();

  async function saveNow() {
    if (!identity || save.isPending) return;
    if (!draft) return onMessage("Nothing to save: everything is saved.");
    if (draft.merge) return onReopenDecision();
    const oversized = oversizedBody(draft.body);
    if (oversized !== null) return onMessage(tooLargeMessage(oversized));

    const created = isNewNote(draft);
    let variables: SaveVariables;
    if (created) {
      variables = { id: noteId, editor: identity.name, create: { title: draft.title, body: draft.body } };
    } else {
      const patch = patchFor(draft, baseText(draft, shown?.note));
      if (Object.keys(patch).length === 0) return writeDraft(identity.sessionId, noteId, null);
      variables = { id: noteId, editor: identity.name, patch, ifMatch: draft.base.etag };
    }
    const sent = { title: draft.title, body: draft.body };
    try {
      const saved = await save.mutateAsync(variables);
      updateDraft(identity.sessionId, noteId, (d) => afterSave(d, sent, saved));
      onSaved(saved, created);
    } catch (error) {
      if (error instanceof PreconditionFailedError) {
        updateDraft(identity.sessionId, noteId, (d) =>
          d
            ? {
                ...d,
                merge:
                  error.current && error.currentEtag
                    ? startEditMerge({ note: error.current, etag: error.currentEtag }, error.changes, d.merge)
                    : startDeleted(null, null),
              }
            : d,
        );
      } else if (error instanceof GoneError) {
        updateDraft(identity.sessionId, noteId, (d) => (d ? { ...d, merge: startDeleted(error.deletedBy, error.deletedAt) } : d));
      }
      // Network failures, 5xx and refusals: the status line says so (offering a retry when one can work).
    }
  }

  const failure =
    save.error && !(save.error instanceof PreconditionFailedError) && !(save.error instanceof GoneError)
      ? { message: describeError(save.error), retry: canRetry(save.error) }
      : null;
  return { saveNow, saving: save.isPending, failure };
}
