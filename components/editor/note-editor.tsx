"use client";
// One person editing one note. What they type lives in the draft store (a reload, a crash or a failed save
// loses nothing); the server's note lives in the query cache. A note this browser started ("New note") is
// only a draft until its first save creates it. A 412 or 410 moves the work into the merge dialog.
//
// This file lays the editor out. The note and the draft: use-note-draft.ts; saving: use-save-draft.ts; the
// shortcut, leave warning and tab title: use-page-effects.ts.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { describeError, NotFoundError, type GoneError } from "@/lib/client/errors";
import { plainText } from "@/lib/client/drafts";
import { updateDraft } from "@/lib/client/draft-store";
import { saveStatus } from "@/lib/client/save-status";
import { oversizedTitle, sizeProblem, titleTooLongMessage } from "@/lib/client/size-limit";
import { DecisionDialogs } from "../merge/decision-dialogs";
import { Button, buttonClass } from "../ui/button";
import { CopyButton } from "../ui/copy-button";
import { touchNow } from "../ui/relative-time";
import { DeleteNoteButton } from "./delete-note-button";
import { DeletedNote } from "./deleted-note";
import { EditorBanner, type BannerFact } from "./editor-banner";
import { EditorNotices } from "./editor-notices";
import type { EditorIdentity } from "./identity";
import { NoteFields } from "./note-fields";
import { EditorSkeleton, Notice } from "./notice";
import { SaveStatusLine } from "./save-status-line";
import {
  isSaveShortcut,
  useDocumentTitle,
  useInAppLeaveWarning,
  useLeaveWarning,
  useWindowSaveShortcut,
} from "./use-page-effects";
import { useInPlaceUpdate } from "./use-in-place-update";
import { useNoteDraft } from "./use-note-draft";
import { useSaveDraft } from "./use-save-draft";

export function NoteEditor({
  noteId,
  identity,
  variant = "page",
  isNew = false,
  live = false,
}: {
  noteId: string;
  identity: EditorIdentity | null;
  /** "page": the whole page is this editor. "pane": one of several editors on a page (the demo). */
  variant?: "page" | "pane";
  /** Opened from "New note": the note is not on the server until the first save creates it. */
  isNew?: boolean;
  /** The note's live event stream is up (saves are heard of as they land; no poll needed). */
  live?: boolean;
}) {
  const router = useRouter();
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const [container, setContainer] = useState<HTMLDivElement | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const [banner, setBanner] = useState<BannerFact | null>(null);
  const placement = variant === "pane" ? { container } : undefined;

  const { query, shown, gone, creating, draft, unsaved, text, edit } = useNoteDraft(noteId, identity, isNew, live);
  const ownVersions = useRef(new Set<number>());
  const updatedInPlace = useInPlaceUpdate({ shown, hasDraft: !!draft, bodyRef, ownVersions });
  const tooLarge = draft ? sizeProblem(draft) : null;
  const titleLength = draft ? oversizedTitle(draft.title) : null;

  function reopenDecision() {
    if (!identity) return;
    updateDraft(identity.sessionId, noteId, (d) => (d?.merge ? { ...d, merge: { ...d.merge, open: true } } : d));
  }

  const { saveNow, saving, failure, offline, queued } = useSaveDraft({
    noteId,
    identity,
    draft,
    shown,
    onReopenDecision: reopenDecision,
    onMessage: setAnnouncement,
    onSaved: (saved, created) => {
      ownVersions.current.add(saved.note.version);
      touchNow();
      setAnnouncement(created ? "Created the note." : `Saved version ${saved.note.version}.`);
      // The note exists now: its address no longer needs to say it is new.
      if (created && variant === "page") router.replace(`/notes/${encodeURIComponent(noteId)}`, { scroll: false });
    },
  });

  const status = saveStatus({
    saving,
    failure,
    unsaved,
    pendingDecision: draft?.merge?.kind ?? null,
    deleted: !!gone && !draft,
    tooLarge,
    isNew: creating,
    offline,
    queued,
  });

  function finished(message: string) {
    setAnnouncement(message);
    touchNow();
    requestAnimationFrame(() => bodyRef.current?.focus());
  }

  function deleted() {
    if (variant === "page") router.push("/");
    else setAnnouncement("Note deleted.");
  }

  function alreadyDeleted(error: GoneError) {
    setBanner({ kind: "already-deleted", by: error.deletedBy, at: error.deletedAt });
  }

  useWindowSaveShortcut(variant === "page", () => void saveNow());
  useLeaveWarning(!!draft);
  // A new note left unsaved is only in this browser: leaving it by the app's own links asks first too.
  useInAppLeaveWarning(variant === "page" && creating && unsaved);
  const titleNow = text ? text.title.trim() || (creating ? "New note" : "Untitled") : null;
  useDocumentTitle(variant === "page" ? titleNow : null);

  if (query.error instanceof NotFoundError && !creating) {
    return (
      <Notice title="There is no note here">
        It may never have existed, or the link is wrong.{" "}
        <Link href="/" className="text-accent underline">
          See all notes
        </Link>
      </Notice>
    );
  }

  if (!shown && !gone && !creating) {
    if (query.error) {
      return (
        <Notice title="Couldn't open this note">
          {describeError(query.error)}{" "}
          <Button size="sm" onClick={() => void query.refetch()}>
            Try again
          </Button>
        </Notice>
      );
    }
    return <EditorSkeleton />;
  }

  if (gone && !draft) {
    return (
      <>
        <DeletedNote noteId={noteId} gone={gone} identity={identity} variant={variant} banner={banner} onBanner={setBanner} />
        <span role="status" className="sr-only">
          {announcement}
        </span>
      </>
    );
  }

  return (
    <div
      ref={setContainer}
      className={`relative ${variant === "pane" ? "min-h-[40rem]" : ""}`}
      onKeyDown={
        variant === "pane"
          ? (event) => {
              if (!isSaveShortcut(event)) return;
              event.preventDefault();
              void saveNow();
            }
          : undefined
      }
    >
      <div
        className={`${variant === "page" ? "sticky top-14 z-10 -mx-4 bg-bg/90 px-4 backdrop-blur" : ""} flex flex-wrap items-center gap-x-3 gap-y-2 py-2`}
      >
        {variant === "page" && (
          <Link href="/" className="rounded-md py-1 pr-2 text-sm text-muted hover:text-fg">
            <span aria-hidden="true">←</span> All notes
          </Link>
        )}
        <SaveStatusLine
          status={status}
          note={shown?.note}
          myName={identity?.name ?? null}
          onRetry={() => void saveNow()}
          onResolve={reopenDecision}
        />
        <div className="ml-auto flex flex-wrap items-center gap-1.5">
          {shown && variant === "page" && (
            <Link href={`/notes/${encodeURIComponent(noteId)}/history`} className={buttonClass("ghost", "sm")}>
              History
            </Link>
          )}
          {text && <CopyButton text={plainText(text)} variant="ghost" />}
          {identity && shown && !gone && (
            <DeleteNoteButton
              noteId={noteId}
              shown={shown}
              draft={draft}
              unsaved={unsaved}
              identity={identity}
              placement={placement}
              onDeleted={deleted}
              onAlreadyDeleted={alreadyDeleted}
            />
          )}
          <Button
            variant="primary"
            size="sm"
            onClick={() => void saveNow()}
            disabled={!identity || saving || (!draft && !failure) || tooLarge !== null}
            aria-keyshortcuts="Control+S Meta+S"
            title="Save (Ctrl+S or ⌘S)"
          >
            {saving ? "Saving…" : "Save"}
          </Button>
        </div>
      </div>

      {updatedInPlace && (
        <p role="status" className="pb-3 text-sm text-muted">
          {updatedInPlace}
        </p>
      )}

      {banner && (
        <div className="pb-3">
          <EditorBanner fact={banner} onDismiss={() => setBanner(null)} />
        </div>
      )}

      <EditorNotices
        noteId={noteId}
        identity={identity}
        shown={shown}
        draft={draft}
        unsaved={unsaved}
        gone={gone}
        onFinished={finished}
      />

      <NoteFields
        text={text}
        onEdit={edit}
        titleProblem={titleLength !== null ? titleTooLongMessage(titleLength) : null}
        disabled={!identity}
        autoFocusTitle={isNew}
        variant={variant}
        bodyRef={bodyRef}
        heading={variant === "page" ? shown?.note.title.trim() || (creating ? "New note" : "Untitled note") : null}
      />

      <p role="status" className="sr-only">
        {announcement}
      </p>

      {identity && draft?.merge && (
        <DecisionDialogs
          noteId={noteId}
          draft={draft}
          merge={draft.merge}
          latest={shown}
          gone={gone}
          identity={identity}
          placement={placement}
          onDeleted={deleted}
          onFinished={finished}
        />
      )}
    </div>
  );
}
