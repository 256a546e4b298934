"use client";
// One saved version: its text, what it changed from the version before, and how it differs from the current
// version (what restoring it would do). The highlights are the merge dialog's (WordDiff): added words
// underlined in <ins>, removed ones struck through in <del>, and named for screen readers.
import { useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { describeError } from "@/lib/client/errors";
import { absoluteTime } from "@/lib/client/relative-time";
import { revisionOptions } from "@/lib/client/queries";
import type { NoteText } from "@/lib/client/types";
import { WordDiff } from "../merge/word-diff";
import { RelativeTime } from "../ui/relative-time";

/** Title and body as one text for diffing: a changed title shows as a change of the first line. */
export function diffText(text: NoteText): string {
  return `${text.title}\n\n${text.body}`;
}

function Section({ id, title, children }: { id: string; title: ReactNode; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="rounded-2xl border border-line bg-surface p-4 shadow-card sm:p-5">
      <h3 id={id} className="mb-2 font-semibold">
        {title}
      </h3>
      {children}
    </section>
  );
}

export function RevisionDetail({
  noteId,
  version,
  current,
  actions,
}: {
  noteId: string;
  version: number;
  /** The current version and its text; null when the note is deleted. */
  current: (NoteText & { version: number }) | null;
  actions: ReactNode;
}) {
  const selected = useQuery(revisionOptions(noteId, version));
  const previous = useQuery({ ...revisionOptions(noteId, version - 1), enabled: version > 1 });

  if (selected.error) return <p role="alert">Couldn&apos;t read version {version}. {describeError(selected.error)}</p>;
  if (!selected.data) return <p className="text-muted">Loading version {version}…</p>;
  const revision = selected.data;
  const isCurrent = current?.version === version;

  return (
    <article aria-labelledby="version-heading" className="space-y-4">
      <header className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <h2 id="version-heading" className="text-xl font-semibold tracking-tight">
            Version {version}
            {isCurrent && <span className="ml-2 text-sm font-normal text-muted">the current version</span>}
          </h2>
          <p className="mt-0.5 text-sm text-muted">
            Saved by <bdi className="font-medium text-fg">{revision.author}</bdi> <RelativeTime iso={revision.createdAt} />,{" "}
            {absoluteTime(revision.createdAt)}
          </p>
        </div>
        {actions}
      </header>

      <p className="text-xs text-muted">
        In the comparisons, <ins className="diff-add">added words are underlined</ins> and{" "}
        <del className="diff-del">removed words are struck through</del>.
      </p>

      <Section id="changes-heading" title={version > 1 ? `What version ${version} changed from version ${version - 1}` : "The first version"}>
        {version === 1 ? (
          <p className="text-sm text-muted">The note was created with this text.</p>
        ) : previous.data ? (
          <WordDiff before={diffText(previous.data)} after={diffText(revision)} collapse dir="auto" className="text-[0.95rem] leading-relaxed" />
        ) : (
          <p className="text-sm text-muted">{previous.error ? describeError(previous.error) : "Loading…"}</p>
        )}
      </Section>

      {current && !isCurrent && (
        <Section id="against-current-heading" title={`From the current version (${current.version}) to this one: what restoring would change`}>
          <WordDiff before={diffText(current)} after={diffText(revision)} collapse dir="auto" className="text-[0.95rem] leading-relaxed" />
        </Section>
      )}

      <Section id="text-heading" title="The text of this version">
        <p dir="auto" className="text-lg font-semibold">
          {revision.title.trim() || <span className="text-muted italic">Untitled</span>}
        </p>
        <div dir="auto" className="mt-2 break-words whitespace-pre-wrap text-[0.95rem] leading-relaxed">
          {revision.body || <span className="text-muted italic">No text</span>}
        </div>
      </Section>
    </article>
  );
}
