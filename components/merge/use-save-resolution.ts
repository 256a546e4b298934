"use client";
// Saving what the merge dialog resolved: If-Match is the version the dialog merged against, so a further save
// by someone else is a further 412, and the merge starts over against it, keeping every choice that applies.
import { GoneError, PreconditionFailedError } from "@/lib/client/errors";
import { writeDraft } from "@/lib/client/draft-store";
import { editsOf, startDeleted, startEditMerge, type EditMerge, type MergeSession } from "@/lib/client/merge-session";
import { useSaveNote } from "@/lib/client/mutations";
import { recordOwnSave } from "@/lib/client/own-saves";
import type { Change, NoteText } from "@/lib/client/types";
import type { EditorIdentity } from "../editor/identity";

export function useSaveResolution({
  noteId,
  identity,
  session,
  changes,
  result,
  update,
  onFinished,
}: {
  noteId: string;
  identity: EditorIdentity;
  session: EditMerge;
  changes: readonly Change[];
  /** What would be saved; null while a conflict has no choice. */
  result: NoteText | null;
  update: (change: (session: EditMerge) => MergeSession) => void;
  onFinished: (message: string) => void;
}) {
  const save = useSaveNote();

  async function saveResolution() {
    if (!result || save.isPending) return;
    const target = session.theirs;
    if (result.title === target.note.title && result.body === target.note.body) {
      writeDraft(identity.sessionId, noteId, null);
      onFinished(`Nothing to save: version ${target.note.version} by ${target.note.updatedBy} already has your changes.`);
      return;
    }
    const patch: Partial<NoteText> = {};
    if (result.title !== target.note.title) patch.title = result.title;
    if (result.body !== target.note.body) patch.body = result.body;
    try {
      const saved = await save.mutateAsync({ id: noteId, patch, ifMatch: target.etag, editor: identity.name });
      recordOwnSave(noteId, saved.note.version, identity);
      writeDraft(identity.sessionId, noteId, null);
      onFinished(`Saved version ${saved.note.version}, merged with ${editsOf(changes)}.`);
    } catch (error) {
      if (error instanceof PreconditionFailedError) {
        // Someone saved again: start over against their version, keeping every choice that still applies.
        update((s) =>
          error.current && error.currentEtag
            ? startEditMerge({ note: error.current, etag: error.currentEtag }, error.changes, s)
            : startDeleted(null, null),
        );
      } else if (error instanceof GoneError) {
        update(() => startDeleted(error.deletedBy, error.deletedAt));
      }
      // Anything else is shown in the dialog, with the merge kept as it is.
    }
  }

  const failure =
    save.error && !(save.error instanceof PreconditionFailedError) && !(save.error instanceof GoneError)
      ? save.error
      : null;
  return { saveResolution, saving: save.isPending, failure };
}
