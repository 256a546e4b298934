"use client";
// New notes started in this browser and never saved: they exist nowhere but here, so the list of notes shows
// them, or a tab closed by mistake would take the only way back to them along. Drafts of tabs that are still
// open are theirs and left alone; this tab's own and those of closed tabs are offered. Discard can be undone.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { adoptDraft, unsavedNewNotes, type Draft } from "@/lib/client/drafts";
import { removeMirroredDraft, useEveryDraft, writeDraft } from "@/lib/client/draft-store";
import { newNoteHref } from "@/lib/client/note-id";
import { useLiveTabs } from "@/lib/client/tab-session";
import { useTabIdentity } from "../editor/identity";
import { Button } from "../ui/button";
import { RelativeTime } from "../ui/relative-time";

function titleOf(draft: Draft): string {
  return draft.title.trim() || "Untitled";
}

export function LocalDrafts() {
  const router = useRouter();
  const identity = useTabIdentity();
  const live = useLiveTabs();
  const every = useEveryDraft();
  const [discarded, setDiscarded] = useState<Draft | null>(null);
  if (!identity) return null;

  const mine = (draft: Draft) => draft.sessionId === identity.sessionId;
  const drafts = unsavedNewNotes(every).filter((draft) => mine(draft) || (live.known && !live.ids.has(draft.tabId)));
  if (!drafts.length && !discarded) return null;

  const owner = (noteId: string) => ({ noteId, sessionId: identity.sessionId, tabId: identity.tabId, editor: identity.name });

  function open(draft: Draft) {
    if (!identity) return;
    if (!mine(draft)) {
      // A closed tab's draft becomes this tab's own: the editor of this tab then finds it where it looks.
      writeDraft(identity.sessionId, draft.noteId, adoptDraft(draft, owner(draft.noteId), draft.editedAt));
      removeMirroredDraft(draft.sessionId, draft.noteId);
    }
    router.push(newNoteHref(draft.noteId));
  }

  function discard(draft: Draft) {
    if (!identity) return;
    if (mine(draft)) writeDraft(identity.sessionId, draft.noteId, null);
    else removeMirroredDraft(draft.sessionId, draft.noteId);
    setDiscarded(draft);
  }

  function undo() {
    if (!identity || !discarded) return;
    writeDraft(identity.sessionId, discarded.noteId, adoptDraft(discarded, owner(discarded.noteId), discarded.editedAt));
    setDiscarded(null);
  }

  return (
    <section aria-labelledby="local-drafts-heading" className="mb-6">
      <h2 id="local-drafts-heading" className="mb-2 text-sm font-semibold text-muted">
        Only in this browser
      </h2>
      <ul className="divide-y divide-line overflow-hidden rounded-2xl border border-dashed border-accent/50 bg-accent-soft/40">
        {drafts.map((draft) => (
          <li key={`${draft.sessionId}:${draft.noteId}`} className="flex flex-wrap items-center gap-x-4 gap-y-2 px-5 py-3">
            <div className="min-w-0 flex-1 basis-64">
              <p className="line-clamp-2 font-medium break-words">
                Unsaved new note: <bdi dir="auto">{titleOf(draft)}</bdi>
              </p>
              <p className="mt-0.5 line-clamp-2 text-xs text-muted">
                {mine(draft) ? "Started in this tab" : "Left by a tab that was closed"}, edited{" "}
                <RelativeTime iso={new Date(draft.editedAt).toISOString()} />
                {draft.body.trim() && (
                  <>
                    {" "}
                    · <bdi dir="auto">{draft.body.trim().slice(0, 80)}</bdi>
                  </>
                )}
              </p>
            </div>
            <div className="flex shrink-0 gap-2">
              <Button size="sm" variant="primary" onClick={() => open(draft)} aria-label={`Open the unsaved new note “${titleOf(draft)}”`}>
                Open
              </Button>
              <Button size="sm" variant="ghost" onClick={() => discard(draft)} aria-label={`Discard the unsaved new note “${titleOf(draft)}”`}>
                Discard
              </Button>
            </div>
          </li>
        ))}
        {discarded && (
          <li className="flex flex-wrap items-center gap-3 px-5 py-3 text-sm" role="status">
            <span className="min-w-0 flex-1">
              Discarded the unsaved new note “<bdi dir="auto">{titleOf(discarded)}</bdi>”.
            </span>
            <Button size="sm" onClick={undo}>
              Undo
            </Button>
          </li>
        )}
      </ul>
    </section>
  );
}
