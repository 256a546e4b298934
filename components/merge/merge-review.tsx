"use client";
// What accepting the merge changes in the person's own text: the other side's edits, word by word.
import type { NoteText } from "@/lib/client/types";
import { WordDiff } from "./word-diff";

export function MergeReview({ mine, result }: { mine: NoteText; result: NoteText }) {
  const titleChanged = mine.title !== result.title;
  const bodyChanged = mine.body !== result.body;
  if (!titleChanged && !bodyChanged) {
    return <p className="text-sm text-muted">Nothing changes in your text.</p>;
  }
  return (
    <div className="space-y-3">
      {titleChanged && (
        <div>
          <p className="mb-1 text-xs font-semibold tracking-wide text-muted uppercase">Title</p>
          <WordDiff before={mine.title} after={result.title} dir="auto" searchable className="rounded-lg bg-surface-2 px-3 py-2 font-medium" />
        </div>
      )}
      {bodyChanged && (
        <div>
          <p className="mb-1 text-xs font-semibold tracking-wide text-muted uppercase">Text</p>
          <WordDiff
            before={mine.body}
            after={result.body}
            collapse
            dir="auto"
            searchable
            className="max-h-80 overflow-y-auto rounded-lg bg-surface-2 px-3 py-2 text-[0.95rem] leading-relaxed"
          />
        </div>
      )}
    </div>
  );
}
