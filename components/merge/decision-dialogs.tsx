"use client";
// Which dialog a pending decision needs: a merge, their delete of my edit, or my delete of their edit.
import type { GoneError } from "@/lib/client/errors";
import type { Draft } from "@/lib/client/drafts";
import type { MergeSession } from "@/lib/client/merge-session";
import type { NoteWithEtag } from "@/lib/client/types";
import type { EditorIdentity } from "../editor/identity";
import type { DialogPlacement } from "../ui/dialog-shell";
import { DeleteConflictDialog } from "./delete-conflict-dialog";
import { DeletedDialog } from "./deleted-dialog";
import { EditMergeDialog } from "./edit-merge-dialog";

export function DecisionDialogs({
  noteId,
  draft,
  merge,
  latest,
  gone,
  identity,
  placement,
  onDeleted,
  onFinished,
}: {
  noteId: string;
  draft: Draft;
  merge: MergeSession;
  /** The note as the watcher last saw it. */
  latest: NoteWithEtag | undefined;
  /** Set when the watcher found the note deleted. */
  gone: GoneError | null;
  identity: EditorIdentity;
  placement?: DialogPlacement;
  onDeleted: () => void;
  onFinished: (message: string) => void;
}) {
  if (merge.kind === "delete-conflict") {
    return (
      <DeleteConflictDialog
        noteId={noteId}
        draft={draft}
        stored={merge}
        latest={latest}
        identity={identity}
        placement={placement}
        onDeleted={onDeleted}
        onFinished={onFinished}
      />
    );
  }
  if (merge.kind === "deleted" || gone) {
    // Deleted before the save, or while the merge dialog was open: the same two ways out.
    return (
      <DeletedDialog
        noteId={noteId}
        draft={draft}
        open={merge.open}
        deletedBy={merge.kind === "deleted" ? merge.deletedBy : (gone?.deletedBy ?? null)}
        deletedAt={merge.kind === "deleted" ? merge.deletedAt : (gone?.deletedAt ?? null)}
        identity={identity}
        placement={placement}
        onFinished={onFinished}
      />
    );
  }
  return (
    <EditMergeDialog
      noteId={noteId}
      draft={draft}
      stored={merge}
      latest={latest}
      identity={identity}
      placement={placement}
      onFinished={onFinished}
    />
  );
}
