"use client";
// The three-way merge dialog: opened from a 412 alone (their version and who saved come with it, the base
// comes from the draft or the note's history), showing only the conflicts, and saving the resolution with
// If-Match set to the version it merged against. Everything it holds lives in the draft, so Escape, a reload
// or a further save by someone else loses nothing.
//
// This file lays the dialog out; what it shows is derived in use-edit-merge.ts, what it says in
// lib/client/merge-wording.ts, and the two steps are conflict-step.tsx and review-step.tsx.
import { useId, useLayoutEffect, useRef } from "react";
import { canRetry, describeError } from "@/lib/client/errors";
import { plainText } from "@/lib/client/drafts";
import {
  currentConflict,
  nextUnresolved,
  editsOf,
  remergeNotice,
  resolution,
  wholeEditIsCurrent,
  type EditMerge,
  type MergeSession,
  type MergeView,
} from "@/lib/client/merge-session";
import { dialogWording } from "@/lib/client/merge-wording";
import { isOtherTabName } from "@/lib/client/own-saves";
import type { Change, NoteText } from "@/lib/client/types";
import { Button } from "../ui/button";
import { CopyButton } from "../ui/copy-button";
import { DialogShell, type DialogPlacement } from "../ui/dialog-shell";
import { ChangesList } from "./changes-list";
import { ConflictStep } from "./conflict-step";
import { ReviewStep } from "./review-step";
import { useEditMerge, type EditMergeSource } from "./use-edit-merge";
import { useSaveResolution } from "./use-save-resolution";
import { sizeProblem } from "@/lib/client/size-limit";

type Props = EditMergeSource & { placement?: DialogPlacement; onFinished: (message: string) => void };

export function EditMergeDialog(props: Props) {
  const { session, changes, mine, view, revision, blame, update } = useEditMerge(props);
  const setOpen = (open: boolean) => update((s) => ({ ...s, open }));

  if (!view) {
    // The base is still on its way from the note's history (or could not be read).
    return (
      <DialogShell
        open={session.open}
        onOpenChange={setOpen}
        placement={props.placement}
        title={`${props.placement?.container ? `${props.identity.name}'s save` : "Your edit"} collided with ${editsOf(changes)}`}
        description={
          revision.error
            ? `Couldn't load the version you started from: ${describeError(revision.error)}`
            : "Loading the version you started from…"
        }
        footer={<CopyButton text={plainText(mine)} />}
      >
        {revision.error ? (
          <Button onClick={() => void revision.refetch()}>Try again</Button>
        ) : (
          <p className="text-sm text-muted">One moment.</p>
        )}
      </DialogShell>
    );
  }
  return (
    <MergeDialog
      {...props}
      session={session}
      changes={changes}
      mine={mine}
      view={view}
      blame={blame}
      update={update}
      setOpen={setOpen}
    />
  );
}

function MergeDialog({
  noteId,
  draft,
  identity,
  placement,
  onFinished,
  session,
  changes,
  mine,
  view,
  blame,
  update,
  setOpen,
}: Props & {
  session: EditMerge;
  changes: Change[];
  mine: NoteText;
  view: MergeView;
  blame: Record<string, string[]>;
  update: (change: (session: EditMerge) => MergeSession) => void;
  setOpen: (open: boolean) => void;
}) {
  const reviewHeading = useRef<HTMLHeadingElement>(null);
  const conflictsHeading = useRef<HTMLHeadingElement>(null);
  const choicesRef = useRef<HTMLDivElement>(null);
  const contentRef = useRef<HTMLDivElement>(null);
  const focusChoices = useRef(false);
  const leftHintId = useId();

  const total = view.conflicts.length;
  const hasConflicts = total > 0;
  const reviewing = !hasConflicts || session.step === "review";
  const current = currentConflict(session, view);
  const stored = remergeNotice(session, view);
  // A save by another tab of this browser is named as such here too.
  const notice = stored && {
    ...stored,
    author: changes.find((change) => change.version === stored.toVersion && isOtherTabName(change.author))?.author ?? stored.author,
  };
  const result = resolution(session, view);
  const handEdited = wholeEditIsCurrent(session);
  const staleHandEdit = session.wholeEdit && !handEdited ? session.wholeEdit : null;
  const owner = placement?.container ? identity.name : null;
  const words = dialogWording({
    changes,
    baseVersion: draft.base.version,
    theirsVersion: session.theirs.note.version,
    view,
    current: reviewing ? null : current,
    reviewing,
    handEdited,
    notice,
    owner,
    blame,
  });
  const next = !reviewing && current && view.left > 0 ? nextUnresolved(view, current.id) : null;
  const currentId = current?.id;
  const hasNext = next !== null;

  // Focus never falls to the page: when what had it went away (a conflict replaced by the next one, the
  // "next undecided" button gone), it moves to the choices of the conflict now shown, or the step's heading.
  useLayoutEffect(() => {
    if (focusChoices.current) {
      focusChoices.current = false;
      firstChoice(choicesRef.current)?.focus();
      return;
    }
    const dialog = contentRef.current?.closest('[role="dialog"]');
    const active = document.activeElement;
    // Focus elsewhere on the page (the demo's other pane) is left alone.
    if (!dialog || (active && active !== document.body && active !== dialog)) return;
    const target = reviewing ? reviewHeading.current : firstChoice(choicesRef.current) ?? conflictsHeading.current;
    target?.focus();
  }, [currentId, reviewing, hasNext]);

  const { saveResolution, saving, failure } = useSaveResolution({
    noteId, identity, session, changes, result, update, onFinished,
  });

  function goReview() {
    update((s) => ({ ...s, step: "review", remergesSeen: s.remerges.length }));
    requestAnimationFrame(() => reviewHeading.current?.focus());
  }

  function goConflicts() {
    update((s) => ({ ...s, step: "conflicts" }));
    requestAnimationFrame(() => conflictsHeading.current?.focus());
  }

  return (
    <DialogShell
      open={session.open}
      onOpenChange={setOpen}
      placement={placement}
      size="lg"
      closeLabel="Close: your edit and your choices are kept"
      title={words.title}
      description={<span>{words.summary}</span>}
      onKeyDown={(event) => {
        if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "s") {
          event.preventDefault();
          event.stopPropagation();
          if (reviewing) void saveResolution();
          else if (!view.left) goReview();
        }
      }}
      footer={
        <>
          <CopyButton text={plainText(mine)} className="mr-auto" />
          {reviewing ? (
            <>
              {hasConflicts && (
                <Button onClick={goConflicts}>
                  <span aria-hidden="true">←</span> Back to conflicts
                </Button>
              )}
              <Button variant="primary" onClick={() => void saveResolution()} disabled={!result || saving || sizeProblem(result) !== null}>
                {saving ? "Saving…" : words.finish}
              </Button>
            </>
          ) : (
            <Button variant="primary" onClick={goReview} disabled={view.left > 0} aria-describedby={view.left ? leftHintId : undefined}>
              Review and save <span aria-hidden="true">→</span>
            </Button>
          )}
        </>
      }
    >
      <div ref={contentRef} className="space-y-5">
        <p role="status" className="sr-only">
          {words.status}
        </p>

        <ChangesList changes={changes} baseVersion={draft.base.version} />

        {words.remerge && (
          <RemergeBanner text={words.remerge} onDismiss={() => update((s) => ({ ...s, remergesSeen: s.remerges.length }))} />
        )}

        {failure && (
          <div role="alert" className="flex flex-wrap items-center gap-3 rounded-xl border border-danger/40 bg-danger-soft p-3 text-sm">
            <p className="min-w-0 flex-1">
              <strong className="text-danger">Not saved.</strong> {describeError(failure)} Your merge is kept here.
            </p>
            {canRetry(failure) && (
              <Button size="sm" onClick={() => void saveResolution()}>
                Try again
              </Button>
            )}
          </div>
        )}

        {!reviewing && current && words.conflict ? (
          <ConflictStep
            view={view}
            current={current}
            next={next}
            session={session}
            words={words.conflict}
            progress={words.progress ?? ""}
            autoMergedLink={words.autoMergedLink}
            myName={owner ? owner : `you (${identity.name})`}
            mine={mine}
            handEdited={handEdited}
            headingRef={conflictsHeading}
            choicesRef={choicesRef}
            onFocusChoices={() => {
              focusChoices.current = true;
            }}
            leftHintId={leftHintId}
            update={update}
          />
        ) : (
          <ReviewStep
            heading={words.reviewHeading}
            hasConflicts={hasConflicts}
            mine={mine}
            result={result}
            shown={handEdited && session.wholeEdit ? session.wholeEdit : result}
            handEdited={handEdited}
            staleHandEdit={staleHandEdit}
            latestAuthor={session.theirs.note.updatedBy}
            headingRef={reviewHeading}
            update={update}
          />
        )}
      </div>
    </DialogShell>
  );
}

/** The first choice of a conflict: the checked one, else the first (where Tab lands in a radio group). */
function firstChoice(group: HTMLElement | null): HTMLElement | null {
  return group?.querySelector<HTMLElement>("input:checked") ?? group?.querySelector<HTMLElement>("input") ?? null;
}

/** Someone saved while the dialog was open and the merge was redone: say what that changed. */
function RemergeBanner({ text, onDismiss }: { text: string; onDismiss: () => void }) {
  return (
    <div className="flex flex-wrap items-start gap-3 rounded-xl border border-warn/40 bg-warn-soft p-3 text-sm text-fg">
      <span aria-hidden="true" className="font-bold text-warn">
        ↻
      </span>
      <p className="min-w-0 flex-1">
        <strong>Merged again.</strong> {text}
      </p>
      <Button size="sm" onClick={onDismiss}>
        OK
      </Button>
    </div>
  );
}
