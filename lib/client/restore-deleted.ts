// Bringing a deleted note back: read the text of one of its versions (the last one unless told otherwise) and
// re-create the note with it, PUT with If-None-Match: *. The note keeps its id and its history goes on with
// a new version. If someone brought it back first, the PUT answers 412 (a PreconditionFailedError): nothing
// is overwritten. The one way to restore, shared by the "Recently deleted" list, the history page and the
// deleted note's own page (through useRestoreNote in mutations.ts, which keeps the cache true).
import { createNoteAt, getRevision } from "./api";
import { getRevisionPage } from "./history-api";
import { ApiError } from "./errors";
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
  if (wanted === undefined) throw new ApiError(404, null, "This note has no saved version to bring back.");
  const revision = await getRevision(noteId, wanted);
  return createNoteAt(noteId, { title: revision.title, body: revision.body }, editor);
}

export const deletedNotesKey = [...noteKeys.all, "deleted"] as const;
