"use client";
// The first step of the merge dialog: one conflict at a time, with "n of m left", next and previous, and the
// part that merged by itself one click away.
import type { RefObject } from "react";
import type { ConflictView, EditMerge, MergeSession, MergeView } from "@/lib/client/merge-session";
import { choose, stepConflict } from "@/lib/client/merge-session";
import type { ConflictWording } from "@/lib/client/merge-wording";
import type { NoteText } from "@/lib/client/types";
import { Button } from "../ui/button";
import { ConflictCard } from "./conflict-card";
import { MergeReview } from "./merge-review";

type Update = (change: (session: EditMerge) => MergeSession) => void;

export function ConflictStep({
  view,
  current,
  next,
  session,
  words,
  progress,
  autoMergedLink,
  myName,
  mine,
  handEdited,
  headingRef,
  choicesRef,
  onFocusChoices,
  leftHintId,
  update,
}: {
  view: MergeView;
  current: ConflictView;
  /** The next conflict without a choice, or null. */
  next: ConflictView | null;
  session: EditMerge;
  words: ConflictWording;
  progress: string;
  autoMergedLink: string | null;
  myName: string;
  mine: NoteText;
  handEdited: boolean;
  headingRef: RefObject<HTMLHeadingElement | null>;
  choicesRef: RefObject<HTMLDivElement | null>;
  /** Asks for focus on the choices of the conflict shown next. */
  onFocusChoices: () => void;
  leftHintId: string;
  update: Update;
}) {
  return (
    <div className="space-y-4">
      <ConflictNavigation
        view={view}
        current={current}
        progress={progress}
        headingRef={headingRef}
        leftHintId={leftHintId}
        update={update}
      />

      {handEdited && (
        <div className="flex flex-wrap items-center gap-3 rounded-xl border border-line bg-surface-2 p-3 text-sm">
          <p className="min-w-0 flex-1">
            You edited the whole result by hand, so that edit is what will be saved, not these choices.
          </p>
          <Button size="sm" onClick={() => update((s) => ({ ...s, wholeEdit: null }))}>
            Discard my hand edit
          </Button>
        </div>
      )}

      <ConflictCard
        key={current.id}
        conflict={current}
        words={words}
        myName={myName}
        choicesRef={choicesRef}
        showBase={session.showBase}
        onToggleBase={() => update((s) => ({ ...s, showBase: !s.showBase }))}
        onChoose={(choice) => update((s) => ({ ...choose(s, current, choice), remergesSeen: s.remerges.length }))}
      />

      <div className="flex flex-wrap items-center gap-2 border-t border-line pt-3 text-sm">
        {next && (
          <Button
            size="sm"
            variant="secondary"
            onClick={() => {
              // On to that conflict's choices, the next thing to do (this button may be gone by then).
              onFocusChoices();
              update((s) => ({ ...s, currentId: next.id }));
            }}
          >
            Next undecided conflict
          </Button>
        )}
        {autoMergedLink && (
          <details className="w-full">
            <summary className="cursor-pointer text-accent underline underline-offset-2">{autoMergedLink}</summary>
            <div className="mt-2">
              <MergeReview mine={mine} result={view.resolved ?? mine} />
            </div>
          </details>
        )}
      </div>
    </div>
  );
}

/** "2 of 3 left", previous / next, and one numbered step per conflict that says whether it is decided. */
function ConflictNavigation({
  view,
  current,
  progress,
  headingRef,
  leftHintId,
  update,
}: {
  view: MergeView;
  current: ConflictView;
  progress: string;
  headingRef: RefObject<HTMLHeadingElement | null>;
  leftHintId: string;
  update: Update;
}) {
  const total = view.conflicts.length;
  return (
    <>
      <div className="flex flex-wrap items-center gap-2">
        <h3 ref={headingRef} tabIndex={-1} className="mr-auto text-sm font-medium">
          <span className="text-base font-semibold">{progress}</span>
          <span id={leftHintId} className="sr-only">
            Choose what to keep in every conflict to continue.
          </span>
        </h3>
        {/* aria-disabled, not disabled: a button that disables itself under the keyboard would drop focus. */}
        <Button
          size="sm"
          onClick={() => update((s) => stepConflict(s, view, -1))}
          aria-disabled={current.ordinal === 1}
          className="aria-disabled:cursor-not-allowed aria-disabled:opacity-55"
        >
          <span aria-hidden="true">↑</span> Previous
        </Button>
        <Button
          size="sm"
          onClick={() => update((s) => stepConflict(s, view, 1))}
          aria-disabled={current.ordinal === total}
          className="aria-disabled:cursor-not-allowed aria-disabled:opacity-55"
        >
          Next <span aria-hidden="true">↓</span>
        </Button>
      </div>
      <ol aria-label="Conflicts" className="flex flex-wrap gap-1.5">
        {view.conflicts.map((conflict) => (
          <li key={conflict.id}>
            <button
              type="button"
              aria-current={conflict.id === current.id ? "step" : undefined}
              aria-label={`Conflict ${conflict.ordinal}: ${conflict.choice ? "decided" : "not decided yet"}`}
              onClick={() => update((s) => ({ ...s, currentId: conflict.id }))}
              className={`flex h-7 min-w-7 items-center justify-center gap-1 rounded-full border px-2 text-xs font-medium ${
                conflict.id === current.id ? "border-accent bg-accent text-accent-fg" : "border-line-strong hover:bg-surface-2"
              }`}
            >
              {conflict.ordinal}
              <span aria-hidden="true">{conflict.choice ? "✓" : "•"}</span>
            </button>
          </li>
        ))}
      </ol>
    </>
  );
}
