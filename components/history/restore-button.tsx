"use client";
// The "Restore this version" button and the question it asks first when the person has unsaved changes of
// their own in this note: a restore never replaces a draft without their say.
import Link from "next/link";
import { useState } from "react";
import { plainText, type Draft } from "@/lib/client/drafts";
import type { Revision } from "@/lib/client/types";
import { Button } from "../ui/button";
import { CopyButton } from "../ui/copy-button";
import { DialogShell } from "../ui/dialog-shell";

export function RestoreButton({
  noteId,
  revision,
  draft,
  unsaved,
  busy,
  disabledReason,
  onRestore,
}: {
  noteId: string;
  revision: Revision;
  /** The person's own draft of this note, if any. */
  draft: Draft | null;
  unsaved: boolean;
  busy: boolean;
  /** Why restoring makes no sense right now (this is already the current text), or null. */
  disabledReason: string | null;
  onRestore: () => void;
}) {
  const [asking, setAsking] = useState(false);
  const pendingMerge = !!draft?.merge;

  return (
    <div className="flex flex-col items-end gap-1">
      <Button
        variant="primary"
        size="sm"
        disabled={busy || disabledReason !== null}
        onClick={() => (unsaved || pendingMerge ? setAsking(true) : onRestore())}
      >
        {busy ? "Restoring…" : "Restore this version"}
      </Button>
      {disabledReason && <p className="text-xs text-muted">{disabledReason}</p>}
      <DialogShell
        open={asking}
        onOpenChange={setAsking}
        size="sm"
        title={pendingMerge ? "Finish your merge first" : "Replace your unsaved changes?"}
        description={
          pendingMerge
            ? "A merge of your changes with someone else's is waiting for your decision in the editor."
            : `You have changes to this note that are not saved. Restoring version ${revision.version} replaces them with its text.`
        }
        footer={
          pendingMerge ? (
            <Link href={`/notes/${encodeURIComponent(noteId)}`} className="text-sm text-accent underline">
              Open the editor
            </Link>
          ) : (
            <>
              <Button size="sm" onClick={() => setAsking(false)}>
                Keep my changes
              </Button>
              <Button
                variant="danger"
                size="sm"
                onClick={() => {
                  setAsking(false);
                  onRestore();
                }}
              >
                Replace them and restore
              </Button>
            </>
          )
        }
      >
        {!pendingMerge && draft && (
          <div className="flex flex-wrap items-center gap-2 text-sm">
            <span>Keep a copy of your text first:</span>
            <CopyButton text={plainText(draft)} />
          </div>
        )}
      </DialogShell>
    </div>
  );
}
