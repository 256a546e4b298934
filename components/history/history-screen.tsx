"use client";
// A note's history: the saved versions on one side, the chosen one on the other (its text, what it changed,
// how it differs from now), and "Restore this version". Works for a deleted note too: its history stays, and
// restoring brings it back.
import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { describeError } from "@/lib/client/errors";
import { updateDraft } from "@/lib/client/draft-store";
import { getRevisionPage } from "@/lib/client/history-api";
import { noteKeys, revisionOptions } from "@/lib/client/queries";
import { DecisionDialogs } from "../merge/decision-dialogs";
import { useTabIdentity } from "../editor/identity";
import { useNoteDraft } from "../editor/use-note-draft";
import { RelativeTime } from "../ui/relative-time";
import { RestoreButton } from "./restore-button";
import { RevisionDetail } from "./revision-detail";
import { RevisionList } from "./revision-list";
import { useRestoreVersion } from "./use-restore-version";

export function HistoryScreen({ noteId, initialVersion }: { noteId: string; initialVersion: number | null }) {
  const router = useRouter();
  const identity = useTabIdentity();
  const { shown, gone, draft, unsaved } = useNoteDraft(noteId, identity, false);
  const [chosen, setChosen] = useState<number | null>(initialVersion);
  const [message, setMessage] = useState("");

  // Keyed by the current version: when anyone saves, the first page is read again.
  const pages = useInfiniteQuery({
    queryKey: [...noteKeys.revisions(noteId), "pages", shown?.note.version ?? (gone ? "gone" : "unknown")],
    queryFn: ({ pageParam, signal }) => getRevisionPage(noteId, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.next,
    enabled: !!shown || !!gone,
  });
  const revisions = pages.data?.pages.flatMap((page) => page.revisions) ?? [];
  const newest = revisions[0]?.version ?? null;
  const selected = chosen ?? newest;
  const selectedRevision = useQuery({ ...revisionOptions(noteId, selected ?? 0), enabled: selected !== null });

  function reopenDecision() {
    if (!identity) return;
    updateDraft(identity.sessionId, noteId, (d) => (d?.merge ? { ...d, merge: { ...d.merge, open: true } } : d));
  }
  const restore = useRestoreVersion({ noteId, identity, draft, shown, onMessage: setMessage, onReopenDecision: reopenDecision });

  function select(version: number) {
    setChosen(version);
    window.history.replaceState(null, "", `?version=${version}`);
  }

  const title = (shown?.note.title ?? revisions[0]?.title ?? "").trim() || "Untitled";
  const current = shown ? { ...shown.note } : null;
  const revision = selectedRevision.data;
  const sameAsCurrent = !!revision && !!current && revision.title === current.title && revision.body === current.body;

  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div className="min-w-0">
          <Link href={shown ? `/notes/${encodeURIComponent(noteId)}` : "/deleted"} className="text-sm text-muted hover:text-fg">
            <span aria-hidden="true">←</span> {shown ? "Back to the note" : "Recently deleted"}
          </Link>
          <h1 className="mt-1 text-2xl font-semibold tracking-tight">
            History of <bdi dir="auto">{title}</bdi>
          </h1>
        </div>
        {gone && (
          <p className="rounded-xl border border-danger/40 bg-danger-soft px-3 py-1.5 text-sm">
            <bdi>{gone.deletedBy ?? "Someone"}</bdi> deleted this note{gone.deletedAt ? <> <RelativeTime iso={gone.deletedAt} /></> : null}.
            Restore a version to bring it back.
          </p>
        )}
      </div>

      <p role="status" className={message ? "rounded-xl border border-ok/40 bg-ok-soft px-3 py-2 text-sm" : "sr-only"}>
        {message}
        {message && shown && (
          <>
            {" "}
            <Link href={`/notes/${encodeURIComponent(noteId)}`} className="text-accent underline">
              Open the note
            </Link>
          </>
        )}
      </p>
      {restore.failure && (
        <p role="alert" className="rounded-xl border border-danger/40 bg-danger-soft px-3 py-2 text-sm">
          Couldn&apos;t restore: {restore.failure}
        </p>
      )}

      {pages.error && !pages.data ? (
        <p role="alert">Couldn&apos;t read the history. {describeError(pages.error)}</p>
      ) : !pages.data ? (
        <p className="text-muted">Loading the history…</p>
      ) : (
        <div className="grid gap-5 lg:grid-cols-[20rem_minmax(0,1fr)]">
          <div className="min-w-0">
            <RevisionList
              revisions={revisions}
              selected={selected}
              currentVersion={shown?.note.version ?? null}
              onSelect={select}
              hasMore={pages.hasNextPage}
              loadingMore={pages.isFetchingNextPage}
              onLoadMore={() => void pages.fetchNextPage()}
            />
          </div>
          <div className="min-w-0">
            {selected !== null && (
              <RevisionDetail
                noteId={noteId}
                version={selected}
                current={current}
                actions={
                  revision &&
                  identity && (
                    <RestoreButton
                      noteId={noteId}
                      revision={revision}
                      draft={gone ? null : draft}
                      unsaved={!gone && unsaved}
                      busy={restore.busy}
                      disabledReason={sameAsCurrent ? "This is the text the note has now." : null}
                      onRestore={() => (gone ? void restore.restoreDeleted(revision) : restore.restore(revision))}
                    />
                  )
                }
              />
            )}
          </div>
        </div>
      )}

      {identity && draft?.merge && !gone && (
        <DecisionDialogs
          noteId={noteId}
          draft={draft}
          merge={draft.merge}
          latest={shown}
          gone={gone}
          identity={identity}
          onDeleted={() => router.push("/")}
          onFinished={(finished) => setMessage(finished)}
        />
      )}
    </div>
  );
}
