"use client";
// What the editor tells the person above their text: drafts from other tabs, storage trouble, a newer version
// saved while they type, and the note deleted under their unsaved text.
import { useState } from "react";
import type { GoneError } from "@/lib/client/errors";
import type { Draft } from "@/lib/client/drafts";
import { updateDraft, useDraftStorageProblem } from "@/lib/client/draft-store";
import { startEditMerge } from "@/lib/client/merge-session";
import type { NoteWithEtag } from "@/lib/client/types";
import { DeletedChoices } from "../merge/deleted-dialog";
import { Button } from "../ui/button";
import { RelativeTime } from "../ui/relative-time";
import type { EditorIdentity } from "./identity";
import { OtherDrafts } from "./other-drafts";

export function EditorNotices({
  noteId,
  identity,
  shown,
  draft,
  unsaved,
  gone,
  onFinished,
}: {
  noteId: string;
  identity: EditorIdentity | null;
  shown: NoteWithEtag | undefined;
  draft: Draft | null;
  unsaved: boolean;
  gone: GoneError | null;
  onFinished: (message: string) => void;
}) {
  const storageProblem = useDraftStorageProblem();
  // "Later" hides the banner until a still newer version lands; the save still merges (its If-Match is the
  // draft's base, so a 412 opens the dialog anyway).
  const [laterFor, setLaterFor] = useState(0);
  const newer = draft && unsaved && !draft.merge && shown && !gone && shown.note.version > Math.max(draft.base.version, laterFor) ? shown : null;
  return (
    <div className="space-y-2 pb-3">
      {identity && <OtherDrafts noteId={noteId} identity={identity} hasOwnDraft={unsaved} onRestored={onFinished} />}
      {storageProblem && (
        <p role="alert" className="rounded-xl border border-danger/40 bg-danger-soft px-3 py-2 text-sm">
          This browser&apos;s storage is full, so your draft is not kept if the tab closes. Save, or copy your text.
        </p>
      )}
      {newer && identity && (
        <div role="alert" className="flex flex-wrap items-center gap-3 rounded-xl border border-warn/40 bg-warn-soft px-3 py-2 text-sm">
          <p className="min-w-0 flex-1">
            <strong>
              <bdi>{newer.note.updatedBy}</bdi> saved version {newer.note.version} while you were editing
            </strong>{" "}
            (<RelativeTime iso={newer.note.updatedAt} />). Saving will let you merge the two.
          </p>
          <Button
            size="sm"
            onClick={() =>
              updateDraft(identity.sessionId, noteId, (d) => (d ? { ...d, merge: startEditMerge(newer, [], null) } : d))
            }
          >
            Merge now
          </Button>
          <Button size="sm" variant="ghost" onClick={() => setLaterFor(newer.note.version)}>
            Later
          </Button>
        </div>
      )}
      {gone && draft && !draft.merge && identity && (
        <div role="alert" className="space-y-2 rounded-xl border border-danger/40 bg-danger-soft p-3 text-sm">
          <p>
            <strong>
              <bdi>{gone.deletedBy ?? "Someone"}</bdi> deleted this note
            </strong>
            {gone.deletedAt ? <> <RelativeTime iso={gone.deletedAt} /></> : null}. Your unsaved text is still here.
          </p>
          <DeletedChoices noteId={noteId} draft={draft} identity={identity} onFinished={onFinished} />
        </div>
      )}
    </div>
  );
}
