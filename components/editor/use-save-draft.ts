"use client";
// Saving the draft. A save sends If-Match with the ETag of the version the draft started from, never the newest
// one in the cache: a background refetch cannot turn a collision into an overwrite. The first save of a new
// note creates it (PUT with If-None-Match: *). A 412 or 410 moves the work into the merge dialog, stored with
// the draft; any other failure leaves the draft as it is and is reported.
//
// A save that cannot get through (offline, a network failure, 502/503/504) is queued in the draft: it is sent
// again by itself a few times, and whenever the browser comes back online (or the page is opened again while
// online), always with the text as it is then and through the same If-Match path, so a save that someone
// else's beat while this browser was offline still ends in the merge dialog.
import { useEffect, useEffectEvent, useRef, useState } from "react";
import { ApiError, canRetry, describeError, GoneError, PreconditionFailedError } from "@/lib/client/errors";
import { afterSave, baseText, isNewNote, patchFor, type Draft } from "@/lib/client/drafts";
import { updateDraft, writeDraft } from "@/lib/client/draft-store";
import { startDeleted, startEditMerge } from "@/lib/client/merge-session";
import { useSaveNote, type SaveVariables } from "@/lib/client/mutations";
import { isOnline, useOnline } from "@/lib/client/online";
import { recordOwnSave } from "@/lib/client/own-saves";
import { isRetryableSaveFailure, nextRetryDelay } from "@/lib/client/save-retry";
import { sizeProblem } from "@/lib/client/size-limit";
import type { NoteText, NoteWithEtag } from "@/lib/client/types";
import type { EditorIdentity } from "./identity";

type Trigger = "person" | "automatic";

const sameText = (a: NoteText, b: NoteText) => a.title === b.title && a.body === b.body;

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
  const online = useOnline();
  // Failed attempts in a row and when the next automatic one is due (null: none is planned).
  const failures = useRef(0);
  const [nextTry, setNextTry] = useState<{ at: number; inSeconds: number } | null>(null);
  // Whether a save was sent since the browser last came online: a queued save is started once per connection.
  const sentWhileOnline = useRef(false);

  function setQueued(queued: boolean) {
    if (!identity) return;
    updateDraft(identity.sessionId, noteId, (d) => (d && !!d.saveQueued !== queued ? { ...d, saveQueued: queued } : d));
  }

  async function saveNow(trigger: Trigger = "person") {
    if (!identity || save.isPending) return;
    if (trigger === "person") failures.current = 0;
    setNextTry(null);
    if (!draft) return trigger === "person" ? onMessage("Nothing to save: everything is saved.") : undefined;
    if (draft.merge) return trigger === "person" ? onReopenDecision() : undefined;
    const tooLarge = sizeProblem(draft);
    if (tooLarge !== null) return onMessage(tooLarge);
    if (!isOnline()) {
      // Nothing is sent into a network that is not there: the save waits for the "online" event.
      setQueued(true);
      return onMessage("You are offline. Your text is kept on this device and saved when the connection is back.");
    }

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
    sentWhileOnline.current = true;
    try {
      const saved = await save.mutateAsync(variables);
      failures.current = 0;
      recordOwnSave(noteId, saved.note.version, identity);
      updateDraft(identity.sessionId, noteId, (d) => afterSave(d, sent, saved));
      onSaved(saved, created);
    } catch (error) {
      if (isRetryableSaveFailure(error)) {
        // Nothing was decided: keep the save queued and try again, a few times, then leave it to the person.
        failures.current += 1;
        setQueued(true);
        const delay = nextRetryDelay(failures.current);
        if (delay !== null && isOnline()) setNextTry({ at: Date.now() + delay, inSeconds: Math.round(delay / 1000) });
        return;
      }
      failures.current = 0;
      if (error instanceof PreconditionFailedError && error.current && error.currentEtag && sameText(error.current, sent)) {
        // The note already holds exactly this text: an earlier send of this save got through but its answer was
        // lost (the page went away, the connection dropped). Nothing to merge: that version is the saved one.
        const saved = { note: error.current, etag: error.currentEtag };
        updateDraft(identity.sessionId, noteId, (d) => afterSave(d, sent, saved));
        onSaved(saved, created);
      } else if (error instanceof PreconditionFailedError) {
        updateDraft(identity.sessionId, noteId, (d) =>
          d
            ? {
                ...d,
                saveQueued: false,
                merge:
                  error.current && error.currentEtag
                    ? startEditMerge({ note: error.current, etag: error.currentEtag }, error.changes, d.merge)
                    : startDeleted(null, null),
              }
            : d,
        );
      } else if (error instanceof GoneError) {
        updateDraft(identity.sessionId, noteId, (d) =>
          d ? { ...d, saveQueued: false, merge: startDeleted(error.deletedBy, error.deletedAt) } : d,
        );
      } else if (error instanceof ApiError) {
        // Refused (400, 413, 500...): sending it again by itself would get the same answer.
        setQueued(false);
      }
      // Anything else (the request was cancelled as the page went away) decided nothing: the save stays queued.
    }
  }

  const saveAutomatically = useEffectEvent(() => void saveNow("automatic"));

  // Back online (or the page opened with a save still queued): send it, once per connection.
  const queued = !!draft?.saveQueued;
  useEffect(() => {
    if (!online) {
      sentWhileOnline.current = false;
      failures.current = 0;
      return;
    }
    if (identity && queued && !sentWhileOnline.current) saveAutomatically();
  }, [online, identity, queued]);

  // The planned retry, unless the browser went offline meanwhile (then the "online" event takes over).
  useEffect(() => {
    if (!nextTry || !online) return;
    const timer = window.setTimeout(saveAutomatically, Math.max(0, nextTry.at - Date.now()));
    return () => window.clearTimeout(timer);
  }, [nextTry, online]);

  const failure =
    save.error && !(save.error instanceof PreconditionFailedError) && !(save.error instanceof GoneError)
      ? { message: describeError(save.error), retry: canRetry(save.error), nextTryInSeconds: nextTry?.inSeconds ?? null }
      : null;
  return { saveNow: () => saveNow("person"), saving: save.isPending, failure, offline: !online, queued };
}
