// Bringing a deleted note back: read the text of one of its versions (the last one unless told otherwise) and
// re-create the note with it, PUT with If-None-Match: *. The note keeps its id and its history goes on with
// a new version. If someone brought it back first, the PUT answers 412 (a PreconditionFailedError): nothing
// is overwritten. The one way to restore, shared by the "Recently deleted" list, the history page and the
// deleted note's own page.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { createNoteAt, getRevision } from "./api";
import { getRevisionPage } from "./history-api";
import { noteKeys } from "./queries";
import type { NoteWithEtag } from "./types";

export type RestoreDeletedInput = {
  noteId: string;
  editor: string;
  /** Which version's text to bring back; the last saved one when left out. */
  version?: number;
};

/** The note restored with the text of `version` (or its last version), and its new ETag. */
export async function restoreDeletedNote({ noteId, editor, version }: RestoreDeletedInput): Promise<NoteWithEtag> {
  const wanted = version ?? (await getRevisionPage(noteId, `/api/notes/${encodeURIComponent(noteId)}/revisions?limit=1`)).revisions[0]?.version;
  if (wanted === undefined) throw new Error("This note has no saved version to restore.");
  const revision = await getRevision(noteId, wanted);
  return createNoteAt(noteId, { title: revision.title, body: revision.body }, editor);
}

export const deletedNotesKey = [...noteKeys.all, "deleted"] as const;

/** restoreDeletedNote as a mutation that keeps the cache true: the note, its history, the lists. */
export function useRestoreDeletedNote() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: restoreDeletedNote,
    onSuccess: (restored) => {
      client.setQueryData<NoteWithEtag>(noteKeys.detail(restored.note.id), restored);
      void client.invalidateQueries({ queryKey: noteKeys.revisions(restored.note.id) });
      void client.invalidateQueries({ queryKey: noteKeys.lists() });
      void client.invalidateQueries({ queryKey: deletedNotesKey });
    },
    onError: (_error, { noteId }) => {
      // Someone else brought it back (412), or it is gone for good: ask again what is there.
      void client.invalidateQueries({ queryKey: noteKeys.detail(noteId) });
      void client.invalidateQueries({ queryKey: deletedNotesKey });
    },
  });
}
