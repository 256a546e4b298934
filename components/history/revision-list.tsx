"use client";
// The saved versions of a note, newest first: who, when (relative, and the exact time as text), and how many
// words each one added and removed. Older pages load on demand, so a note with thousands of versions opens fast.
import { absoluteTime } from "@/lib/client/relative-time";
import type { RevisionEntry } from "@/lib/client/history-api";
import { Button } from "../ui/button";
import { RelativeTime } from "../ui/relative-time";

export function wordCountText({ wordsAdded, wordsRemoved }: Pick<RevisionEntry, "wordsAdded" | "wordsRemoved">): string {
  const words = (n: number) => `${n} word${n === 1 ? "" : "s"}`;
  if (!wordsAdded && !wordsRemoved) return "no words changed";
  if (!wordsRemoved) return `${words(wordsAdded)} added`;
  if (!wordsAdded) return `${words(wordsRemoved)} removed`;
  return `${words(wordsAdded)} added, ${wordsRemoved} removed`;
}

export function RevisionList({
  revisions,
  selected,
  currentVersion,
  onSelect,
  hasMore,
  loadingMore,
  onLoadMore,
}: {
  revisions: RevisionEntry[];
  selected: number | null;
  currentVersion: number | null;
  onSelect: (version: number) => void;
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
}) {
  return (
    <nav aria-label="Saved versions">
      <ol className="divide-y divide-line overflow-hidden rounded-2xl border border-line bg-surface shadow-card">
        {revisions.map((revision) => {
          const isSelected = revision.version === selected;
          return (
            <li key={revision.version}>
              <button
                type="button"
                aria-current={isSelected ? "true" : undefined}
                onClick={() => onSelect(revision.version)}
                className={`block w-full px-4 py-3 text-left transition-colors hover:bg-surface-2 focus-visible:bg-surface-2 ${isSelected ? "bg-accent-soft" : ""}`}
              >
                <span className="flex items-baseline justify-between gap-2">
                  <span className="font-medium">
                    Version {revision.version}
                    {revision.version === currentVersion && <span className="ml-1.5 text-xs font-normal text-muted">(current)</span>}
                  </span>
                  <RelativeTime iso={revision.createdAt} className="shrink-0 text-xs text-muted" />
                </span>
                <span className="mt-0.5 block text-sm">
                  by <bdi className="font-medium">{revision.author}</bdi>
                </span>
                <span className="mt-0.5 flex flex-wrap justify-between gap-x-2 text-xs text-muted">
                  <span>{absoluteTime(revision.createdAt)}</span>
                  <span>
                    <span className="text-add-fg">+{revision.wordsAdded}</span> <span className="text-del-fg">−{revision.wordsRemoved}</span>
                    <span className="sr-only">: {wordCountText(revision)}</span>
                  </span>
                </span>
              </button>
            </li>
          );
        })}
      </ol>
      {hasMore && (
        <Button size="sm" className="mt-3 w-full" onClick={onLoadMore} disabled={loadingMore}>
          {loadingMore ? "Loading…" : "Show older versions"}
        </Button>
      )}
    </nav>
  );
}
