"use client";
// "Restore this version" is an edit like any other: the old text becomes the person's draft, based on the
// version they are looking at as current, and goes out through the editor's own save (useSaveDraft): PATCH
// with If-Match of that version. If someone saved in between, the 412 opens the same merge dialog as any
// collision. A deleted note comes back through restore-deleted (PUT with If-None-Match: *).
import { useLayoutEffect, useRef } from "react";
import { flushSync } from "react-dom";
import type { Draft } from "@/lib/client/drafts";
import { writeDraft } from "@/lib/client/draft-store";
import { useRestoreNote } from "@/lib/client/mutations";
import type { NoteWithEtag, Revision } from "@/lib/client/types";
import type { EditorIdentity } from "../editor/identity";
import { useSaveDraft } from "../editor/use-save-draft";

/** The draft that restores `revision` over `current`: its text, with `current` as the base of the save. */
export function restoreDraft(revision: Revision, current: NoteWithEtag, identity: EditorIdentity, now: number): Draft {
  return {
    noteId: current.note.id,
    sessionId: identity.sessionId,
    tabId: identity.tabId,
    editor: identity.name,
    title: revision.title,
    body: revision.body,
    base: { version: current.note.version, etag: current.etag, title: current.note.title, body: current.note.body },
    editedAt: now,
    merge: null,
  };
}

export function useRestoreVersion({
  noteId,
  identity,
  draft,
  shown,
  onMessage,
  onReopenDecision,
}: {
  noteId: string;
  identity: EditorIdentity | null;
  draft: Draft | null;
  shown: NoteWithEtag | undefined;
  onMessage: (message: string) => void;
  onReopenDecision: () => void;
}) {
  const restoring = useRef<number | null>(null);
  const { saveNow, saving, failure } = useSaveDraft({
    noteId,
    identity,
    draft,
    shown,
    onReopenDecision,
    onMessage,
    onSaved: (saved) => {
      onMessage(`Restored version ${restoring.current} as version ${saved.note.version}.`);
      restoring.current = null;
    },
  });
  // saveNow reads the draft of the render it came from; the restore writes the draft and saves at once, so it
  // calls the saveNow of the render that already holds the new draft.
  const latestSave = useRef(saveNow);
  useLayoutEffect(() => {
    latestSave.current = saveNow;
  });
  const revive = useRestoreNote();

  /** Saves `revision`'s text as the next version, replacing the person's draft (they were asked first). */
  function restore(revision: Revision) {
    if (!identity || !shown) return;
    restoring.current = revision.version;
    flushSync(() => writeDraft(identity.sessionId, noteId, restoreDraft(revision, shown, identity, Date.now())));
    void latestSave.current();
  }

  /** Brings a deleted note back with `revision`'s text. */
  async function restoreDeleted(revision: Revision) {
    if (!identity) return;
    try {
      const restored = await revive.mutateAsync({ noteId, editor: identity.name, version: revision.version });
      onMessage(`Restored the note with the text of version ${revision.version}, as version ${restored.note.version}.`);
    } catch {
      // Shown from revive.error.
    }
  }

  return {
    restore,
    restoreDeleted,
    busy: saving || revive.isPending,
    failure: failure?.message ?? (revive.error ? revive.error.message : null),
  };
}
