"use client";
// The note on screen and the person's draft of it, side by side: the server's note lives in the query cache
// (watched, faster while a merge dialog is open), what the person typed lives in the draft store. Everything
// else the editor shows is derived from these two.
import { useQuery } from "@tanstack/react-query";
import { GoneError, NotFoundError } from "@/lib/client/errors";
import { editDraft, hasUnsavedText, isLive, isNewNote } from "@/lib/client/drafts";
import { updateDraft, useDraft } from "@/lib/client/draft-store";
import { MERGE_WATCH_INTERVAL_MS, noteOptions, WATCH_INTERVAL_MS } from "@/lib/client/queries";
import type { NoteText } from "@/lib/client/types";
import type { EditorIdentity } from "./identity";

const EMPTY: NoteText = { title: "", body: "" };

/** `live`: the note's event stream is up, so saves are heard of as they land and no poll is needed. */
export function useNoteDraft(noteId: string, identity: EditorIdentity | null, isNew: boolean, live = false) {
  const stored = useDraft(identity?.sessionId ?? null, noteId);
  const query = useQuery({
    ...noteOptions(noteId),
    // Live events re-read the note as saves land (the merge dialog re-merges on them). Only while the stream is
    // down is it polled: slowly, or closely with a merge dialog open. A note that is not there (yet) is not watched.
    refetchInterval: (q) =>
      live || q.state.error instanceof NotFoundError ? false : stored?.merge?.open ? MERGE_WATCH_INTERVAL_MS : WATCH_INTERVAL_MS,
  });
  const shown = query.data;
  const gone = query.error instanceof GoneError ? query.error : null;
  // A note this browser started and nobody has saved yet: written as a draft, created by its first save.
  const creating = !shown && !gone && (isNew || (stored !== null && isNewNote(stored)));
  const draft = isLive(stored, shown?.note) ? stored : null;
  const unsaved = draft ? hasUnsavedText(draft, shown?.note) : false;
  const text: NoteText | null = draft ?? shown?.note ?? (creating ? EMPTY : null);

  function edit(change: Partial<NoteText>) {
    if (!identity || (!shown && !creating)) return;
    const owner = { noteId, sessionId: identity.sessionId, tabId: identity.tabId, editor: identity.name };
    updateDraft(identity.sessionId, noteId, (previous) =>
      editDraft(isLive(previous, shown?.note) ? previous : null, owner, shown ?? null, change, Date.now()),
    );
  }

  return { query, shown, gone, creating, draft, unsaved, text, edit };
}
