"use client";
// Drafts of this note from elsewhere in this browser: a tab that was closed with unsaved text (offered back),
// or a tab that is open with unsaved text right now (so the person knows before saving).
import { adoptDraft, draftsInOtherTabs, orphanedDrafts, plainText, type Draft } from "@/lib/client/drafts";
import { removeMirroredDraft, useMirroredDrafts, writeDraft } from "@/lib/client/draft-store";
import { useLiveTabs } from "@/lib/client/tab-session";
import { Button } from "../ui/button";
import { CopyButton } from "../ui/copy-button";
import { RelativeTime } from "../ui/relative-time";
import type { EditorIdentity } from "./identity";

export function OtherDrafts({
  noteId,
  identity,
  hasOwnDraft,
  onRestored,
}: {
  noteId: string;
  identity: EditorIdentity;
  hasOwnDraft: boolean;
  onRestored: (message: string) => void;
}) {
  const drafts = useMirroredDrafts(noteId);
  const live = useLiveTabs();
  const orphans = orphanedDrafts(drafts, identity, live);
  const others = draftsInOtherTabs(drafts, identity, live);
  const orphan: Draft | undefined = orphans[0];
  const editors = [...new Set(others.map((draft) => draft.editor))];

  if (!orphan && !others.length) return null;
  return (
    <div className="space-y-2">
      {orphan && (
        <section
          aria-label="Unsaved text from a closed tab"
          className="rounded-xl border border-accent/40 bg-accent-soft p-3 text-sm"
        >
          <p>
            <strong>Unsaved text from a tab you closed.</strong> <bdi>{orphan.editor}</bdi> was editing this note{" "}
            <RelativeTime iso={new Date(orphan.editedAt).toISOString()} /> (from version {orphan.base.version})
            {orphans.length > 1 ? `, and ${orphans.length - 1} more closed ${orphans.length === 2 ? "tab" : "tabs"} left text too` : ""}.
          </p>
          <div className="mt-2 flex flex-wrap gap-2">
            <Button
              size="sm"
              variant="primary"
              disabled={hasOwnDraft}
              onClick={() => {
                writeDraft(identity.sessionId, noteId, adoptDraft(orphan, { noteId, sessionId: identity.sessionId, tabId: identity.tabId, editor: identity.name }, Date.now()));
                removeMirroredDraft(orphan.sessionId, noteId);
                onRestored("Restored the unsaved text from the closed tab. Save to keep it.");
              }}
            >
              Restore it here
            </Button>
            <CopyButton text={plainText(orphan)} label="Copy that text" />
            <Button size="sm" variant="ghost" onClick={() => removeMirroredDraft(orphan.sessionId, noteId)}>
              Discard it
            </Button>
          </div>
          {hasOwnDraft && (
            <p className="mt-2 text-xs text-muted">You have unsaved changes here already: save them first, or copy that text.</p>
          )}
        </section>
      )}
      {others.length > 0 && (
        <p className="flex items-center gap-2 rounded-xl border border-line bg-surface-2 px-3 py-2 text-sm text-muted">
          <span aria-hidden="true">✎</span>
          <span>
            <strong className="text-fg">
              {editors.map((editor, index) => (
                <span key={editor}>
                  {index > 0 && ", "}
                  <bdi>{editor}</bdi>
                </span>
              ))}
            </strong> {editors.length === 1 ? "has" : "have"} unsaved
            changes to this note elsewhere in this browser.
          </span>
        </p>
      )}
    </div>
  );
}
