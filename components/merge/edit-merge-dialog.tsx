"use client";
// The three-way merge dialog: opened from a 412 alone (their version and who saved come with it, the base
// comes from the draft or the note's history), showing only the conflicts, and saving the resolution with
// If-Match set to the version it merged against. Everything it holds lives in the draft, so Escape, a reload
// or a further save by someone else loses nothing.
import { useQuery } from "@tanstack/react-query";
import { useId, useMemo, useRef } from "react";
import { describeError, GoneError, PreconditionFailedError } from "@/lib/client/errors";
import { baseText, plainText, type Draft } from "@/lib/client/drafts";
import { updateDraft, writeDraft } from "@/lib/client/draft-store";
import {
  buildMergeView,
  choose,
  currentConflict,
  editsOf,
  nextUnresolved,
  peopleOf,
  rebaseEditMerge,
  remergeNotice,
  resolution,
  startDeleted,
  startEditMerge,
  stepConflict,
  wholeEditIsCurrent,
  type EditMerge,
  type MergeSession,
} from "@/lib/client/merge-session";
import { useSaveNote } from "@/lib/client/mutations";
import { revisionOptions } from "@/lib/client/queries";
import type { NoteText, NoteWithEtag } from "@/lib/client/types";
import { Button } from "../ui/button";
import { CopyButton } from "../ui/copy-button";
import { DialogShell, type DialogPlacement } from "../ui/dialog-shell";
import { RelativeTime } from "../ui/relative-time";
import { ChangesList } from "./changes-list";
import { ConflictCard } from "./conflict-card";
import { MergeReview } from "./merge-review";
import type { EditorIdentity } from "../editor/identity";

export function EditMergeDialog({
  noteId,
  draft,
  stored,
  latest,
  identity,
  placement,
  onFinished,
}: {
  noteId: string;
  draft: Draft;
  stored: EditMerge;
  /** The note as the last check of the server showed it: if it is newer, the merge is redone against it. */
  latest: NoteWithEtag | undefined;
  identity: EditorIdentity;
  placement?: DialogPlacement;
  onFinished: (message: string) => void;
}) {
  const save = useSaveNote();
  const reviewHeading = useRef<HTMLHeadingElement>(null);
  const conflictsHeading = useRef<HTMLHeadingElement>(null);
  const titleId = useId();
  const bodyId = useId();

  // Derived, not synced: a newer version seen by the watcher replaces what the dialog merges against.
  const session = useMemo(() => (latest ? rebaseEditMerge(stored, latest) : stored), [stored, latest]);

  // The base: kept with the draft, or read from the note's history when the draft could not keep it.
  const known = baseText(draft, undefined);
  const revision = useQuery({ ...revisionOptions(noteId, draft.base.version), enabled: !known });
  const baseTitle = known?.title ?? revision.data?.title;
  const baseBody = known?.body ?? revision.data?.body;
  const { theirs, choices } = session;
  const mineTitle = draft.title;
  const mineBody = draft.body;
  const mine = useMemo<NoteText>(() => ({ title: mineTitle, body: mineBody }), [mineTitle, mineBody]);
  const view = useMemo(
    () =>
      baseTitle === undefined || baseBody === undefined
        ? null
        : buildMergeView({ theirs, choices }, { title: baseTitle, body: baseBody }, mine),
    [theirs, choices, baseTitle, baseBody, mine],
  );

  function update(change: (session: EditMerge) => MergeSession) {
    updateDraft(identity.sessionId, noteId, (current) => {
      if (!current || current.merge?.kind !== "edit") return current;
      const fresh = latest ? rebaseEditMerge(current.merge, latest) : current.merge;
      return { ...current, merge: change(fresh) };
    });
  }

  const them = peopleOf(session.changes);
  const edits = editsOf(session.changes);
  const setOpen = (open: boolean) => update((s) => ({ ...s, open }));

  if (!view) {
    return (
      <DialogShell
        open={session.open}
        onOpenChange={setOpen}
        placement={placement}
        title={`Your edit collided with ${edits}`}
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

  const total = view.conflicts.length;
  const hasConflicts = total > 0;
  const reviewing = !hasConflicts || session.step === "review";
  const current = currentConflict(session, view);
  const notice = remergeNotice(session, view);
  const result = resolution(session, view);
  const handEdited = wholeEditIsCurrent(session);
  const staleHandEdit = session.wholeEdit && !handEdited ? session.wholeEdit : null;
  const failure =
    save.error && !(save.error instanceof PreconditionFailedError) && !(save.error instanceof GoneError)
      ? save.error
      : null;

  const noticeText = notice
    ? `${notice.author} saved again (version ${notice.toVersion}) while you were merging, so the merge was redone against it. ` +
      (notice.choicesBefore.length === 1
        ? notice.kept
          ? "Your choice still applies. "
          : "Your choice no longer applies: that conflict changed. "
        : notice.choicesBefore.length
          ? `${notice.kept} of your ${notice.choicesBefore.length} choices still apply. `
          : "") +
      (hasConflicts
        ? notice.needChoice
          ? `${notice.needChoice === 1 ? "One conflict needs" : `${notice.needChoice} conflicts need`} a choice.`
          : "Every conflict has a choice."
        : "Nothing conflicts now.")
    : "";
  const progress = hasConflicts
    ? view.left
      ? `${view.left} of ${total} conflicts left.${current && !reviewing ? ` Showing conflict ${current.ordinal} of ${total}.` : ""}`
      : "All conflicts resolved. Review the result and save."
    : view.sameAsTheirs
      ? `${them} already saved the same changes as yours.`
      : `Merged with ${edits}. Nothing conflicts. Review the result and save.`;

  const title = hasConflicts
    ? `Your edit collided with ${edits}`
    : view.sameAsTheirs
      ? `${them} already saved your changes`
      : `Merged with ${edits}`;

  async function saveResolution() {
    if (!result || save.isPending) return;
    const target = session.theirs;
    if (result.title === target.note.title && result.body === target.note.body) {
      writeDraft(identity.sessionId, noteId, null);
      onFinished(`Nothing to save: version ${target.note.version} by ${target.note.updatedBy} already has your changes.`);
      return;
    }
    const patch: Partial<NoteText> = {};
    if (result.title !== target.note.title) patch.title = result.title;
    if (result.body !== target.note.body) patch.body = result.body;
    try {
      const saved = await save.mutateAsync({ id: noteId, patch, ifMatch: target.etag, editor: identity.name });
      writeDraft(identity.sessionId, noteId, null);
      onFinished(`Saved version ${saved.note.version}, merged with ${edits}.`);
    } catch (error) {
      if (error instanceof PreconditionFailedError) {
        // Someone saved again: start over against their version, keeping every choice that still applies.
        update((s) =>
          error.current && error.currentEtag
            ? startEditMerge({ note: error.current, etag: error.currentEtag }, error.changes, s)
            : startDeleted(null, null),
        );
      } else if (error instanceof GoneError) {
        update(() => startDeleted(error.deletedBy, error.deletedAt));
      }
      // Anything else is shown below, with the merge kept as it is.
    }
  }

  function goReview() {
    update((s) => ({ ...s, step: "review", remergesSeen: s.remerges.length }));
    requestAnimationFrame(() => reviewHeading.current?.focus());
  }

  function goConflicts() {
    update((s) => ({ ...s, step: "conflicts" }));
    requestAnimationFrame(() => conflictsHeading.current?.focus());
  }

  const shown = handEdited && session.wholeEdit ? session.wholeEdit : result;

  return (
    <DialogShell
      open={session.open}
      onOpenChange={setOpen}
      placement={placement}
      size="lg"
      closeLabel="Close: your edit and your choices are kept"
      title={title}
      description={
        <>
          <span>
            {session.theirs.note.updatedBy} saved version {session.theirs.note.version}{" "}
            <RelativeTime iso={session.theirs.note.updatedAt} /> after you started editing version {draft.base.version}.{" "}
            {hasConflicts
              ? `${total === 1 ? "One place needs" : `${total} places need`} your choice; everything else merged by itself.`
              : "Nothing you both changed overlaps."}
          </span>
        </>
      }
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
              <Button variant="primary" onClick={() => void saveResolution()} disabled={!result || save.isPending}>
                {save.isPending
                  ? "Saving…"
                  : view.sameAsTheirs && !handEdited
                    ? `Use ${them}'s version`
                    : "Save merged note"}
              </Button>
            </>
          ) : (
            <Button variant="primary" onClick={goReview} disabled={view.left > 0} aria-describedby={view.left ? `${titleId}-left` : undefined}>
              Review and save <span aria-hidden="true">→</span>
            </Button>
          )}
        </>
      }
    >
      <div className="space-y-5">
        <p role="status" className="sr-only">
          {noticeText} {progress}
        </p>

        <ChangesList changes={session.changes} baseVersion={draft.base.version} />

        {notice && (
          <div className="flex flex-wrap items-start gap-3 rounded-xl border border-warn/40 bg-warn-soft p-3 text-sm text-fg">
            <span aria-hidden="true" className="font-bold text-warn">
              ↻
            </span>
            <p className="min-w-0 flex-1">
              <strong>Merged again.</strong> {noticeText}
            </p>
            <Button size="sm" onClick={() => update((s) => ({ ...s, remergesSeen: s.remerges.length }))}>
              OK
            </Button>
          </div>
        )}

        {failure && (
          <div role="alert" className="flex flex-wrap items-center gap-3 rounded-xl border border-danger/40 bg-danger-soft p-3 text-sm">
            <p className="min-w-0 flex-1">
              <strong className="text-danger">Not saved.</strong> {describeError(failure)} Your merge is kept here.
            </p>
            <Button size="sm" onClick={() => void saveResolution()}>
              Try again
            </Button>
          </div>
        )}

        {!reviewing && current ? (
          <div className="space-y-4">
            <div className="flex flex-wrap items-center gap-2">
              <h3 ref={conflictsHeading} tabIndex={-1} className="mr-auto text-sm font-medium">
                <span className="text-base font-semibold">
                  {view.left} of {total} left
                </span>
                <span id={`${titleId}-left`} className="sr-only">
                  Choose what to keep in every conflict to continue.
                </span>
              </h3>
              <Button size="sm" onClick={() => update((s) => stepConflict(s, view, -1))} disabled={current.ordinal === 1}>
                <span aria-hidden="true">↑</span> Previous
              </Button>
              <Button size="sm" onClick={() => update((s) => stepConflict(s, view, 1))} disabled={current.ordinal === total}>
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
              total={total}
              myName={`you (${identity.name})`}
              theirName={them}
              showBase={session.showBase}
              onToggleBase={() => update((s) => ({ ...s, showBase: !s.showBase }))}
              onChoose={(choice) => update((s) => ({ ...choose(s, current, choice), remergesSeen: s.remerges.length }))}
            />

            <div className="flex flex-wrap items-center gap-2 border-t border-line pt-3 text-sm">
              {view.left > 0 && nextUnresolved(view, current.id) && (
                <Button
                  size="sm"
                  variant="secondary"
                  onClick={() => {
                    const next = nextUnresolved(view, current.id);
                    if (next) update((s) => ({ ...s, currentId: next.id }));
                  }}
                >
                  Next undecided conflict
                </Button>
              )}
              {view.theirsContributed && (
                <details className="w-full">
                  <summary className="cursor-pointer text-accent underline underline-offset-2">
                    Everything else merged by itself: review what changes in your text
                  </summary>
                  <div className="mt-2">
                    <MergeReview mine={mine} result={view.resolved ?? mine} />
                  </div>
                </details>
              )}
            </div>
          </div>
        ) : (
          <div className="space-y-4">
            <h3 ref={reviewHeading} tabIndex={-1} className="font-semibold">
              {hasConflicts ? "Check the merged note" : `Merged with ${edits}: check it, then save`}
            </h3>
            {result && (
              <details open={!hasConflicts} className="rounded-xl border border-line p-3">
                <summary className="cursor-pointer text-sm font-medium">
                  Review what changed in your text <span className="font-normal text-muted">(underlined: added, struck: removed)</span>
                </summary>
                <div className="mt-3">
                  <MergeReview mine={mine} result={result} />
                </div>
              </details>
            )}
            {staleHandEdit && (
              <div className="space-y-2 rounded-xl border border-warn/40 bg-warn-soft p-3 text-sm">
                <p>
                  You had edited the result by hand before {session.theirs.note.updatedBy} saved again. It would undo their newest
                  change, so it is not used. Copy what you need from it:
                </p>
                <div className="flex flex-wrap gap-2">
                  <CopyButton text={plainText(staleHandEdit)} label="Copy my hand edit" />
                  <Button size="sm" onClick={() => update((s) => ({ ...s, wholeEdit: null }))}>
                    Discard it
                  </Button>
                </div>
              </div>
            )}
            {shown && (
              <div className="space-y-3">
                <p className="text-sm text-muted">
                  This is what will be saved. You can still change it{handEdited ? " (you have)" : ""}.
                </p>
                <div>
                  <label htmlFor={`${titleId}-t`} className="mb-1 block text-sm font-medium">
                    Merged title
                  </label>
                  <input
                    id={`${titleId}-t`}
                    value={shown.title}
                    onChange={(event) =>
                      update((s) => ({ ...s, wholeEdit: { title: event.target.value, body: shown.body, against: s.theirs.etag } }))
                    }
                    className="w-full rounded-xl border border-line-strong bg-surface px-3 py-2 font-medium"
                  />
                </div>
                <div>
                  <label htmlFor={bodyId} className="mb-1 block text-sm font-medium">
                    Merged text
                  </label>
                  <textarea
                    id={bodyId}
                    value={shown.body}
                    onChange={(event) =>
                      update((s) => ({ ...s, wholeEdit: { title: shown.title, body: event.target.value, against: s.theirs.etag } }))
                    }
                    rows={12}
                    className="w-full rounded-xl border border-line-strong bg-surface px-3 py-2 text-[0.95rem] leading-relaxed"
                  />
                </div>
              </div>
            )}
          </div>
        )}
      </div>
    </DialogShell>
  );
}
