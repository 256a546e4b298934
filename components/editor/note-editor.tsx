"use client";
// One person editing one note. What they type lives in the draft store (a reload, a crash or a failed save
// loses nothing); the server's note lives in the query cache. A save sends If-Match with the ETag of the
// version the draft started from, never the newest one in the cache: a background refetch cannot turn a
// collision into an overwrite. A 412 or 410 moves the work into the merge dialog, stored with the draft.
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useEffectEvent, useId, useRef, useState } from "react";
import { describeError, GoneError, NotFoundError, PreconditionFailedError } from "@/lib/client/errors";
import {
  afterSave,
  baseText,
  editDraft,
  hasUnsavedText,
  isLive,
  patchFor,
  plainText,
} from "@/lib/client/drafts";
import { updateDraft, useDraft, useDraftStorageProblem, writeDraft } from "@/lib/client/draft-store";
import { startDeleted, startEditMerge } from "@/lib/client/merge-session";
import { useSaveNote } from "@/lib/client/mutations";
import { MERGE_WATCH_INTERVAL_MS, noteOptions, WATCH_INTERVAL_MS } from "@/lib/client/queries";
import { saveStatus } from "@/lib/client/save-status";
import type { NoteText } from "@/lib/client/types";
import { DecisionDialogs } from "../merge/decision-dialogs";
import { DeletedChoices } from "../merge/deleted-dialog";
import { Button } from "../ui/button";
import { CopyButton } from "../ui/copy-button";
import { RelativeTime, touchNow } from "../ui/relative-time";
import { DeleteNoteButton } from "./delete-note-button";
import type { EditorIdentity } from "./identity";
import { OtherDrafts } from "./other-drafts";
import { SaveStatusLine } from "./save-status-line";

export function NoteEditor({
  noteId,
  identity,
  variant = "page",
  focusTitle = false,
}: {
  noteId: string;
  identity: EditorIdentity | null;
  /** "page": the whole page is this editor. "pane": one of several editors on a page (the demo). */
  variant?: "page" | "pane";
  focusTitle?: boolean;
}) {
  const router = useRouter();
  const titleId = useId();
  const bodyId = useId();
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const [container, setContainer] = useState<HTMLDivElement | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const storageProblem = useDraftStorageProblem();

  const stored = useDraft(identity?.sessionId ?? null, noteId);
  // Watch the note: every few seconds while the merge dialog is open, so a save landing meanwhile is merged too.
  const query = useQuery({
    ...noteOptions(noteId),
    refetchInterval: stored?.merge?.open ? MERGE_WATCH_INTERVAL_MS : WATCH_INTERVAL_MS,
  });
  const shown = query.data;
  const draft = isLive(stored, shown?.note) ? stored : null;
  const unsaved = draft ? hasUnsavedText(draft, shown?.note) : false;
  const gone = query.error instanceof GoneError ? query.error : null;
  const save = useSaveNote();
  const placement = variant === "pane" ? { container } : undefined;
  const text: NoteText | null = draft ?? shown?.note ?? null;
  const owner = identity && { noteId, sessionId: identity.sessionId, tabId: identity.tabId, editor: identity.name };

  const failure =
    save.error && !(save.error instanceof PreconditionFailedError) && !(save.error instanceof GoneError)
      ? describeError(save.error)
      : null;
  const status = saveStatus({
    saving: save.isPending,
    failure,
    unsaved,
    pendingDecision: draft?.merge?.kind ?? null,
    deleted: !!gone && !draft,
  });

  function edit(change: Partial<NoteText>) {
    if (!identity || !owner || !shown) return;
    updateDraft(identity.sessionId, noteId, (previous) =>
      editDraft(isLive(previous, shown.note) ? previous : null, owner, shown, change, Date.now()),
    );
  }

  function reopenDecision() {
    if (!identity) return;
    updateDraft(identity.sessionId, noteId, (d) => (d?.merge ? { ...d, merge: { ...d.merge, open: true } } : d));
  }

  async function saveNow() {
    if (!identity || save.isPending) return;
    if (!draft) {
      setAnnouncement("Nothing to save: everything is saved.");
      return;
    }
    if (draft.merge) {
      reopenDecision();
      return;
    }
    const patch = patchFor(draft, baseText(draft, shown?.note));
    if (Object.keys(patch).length === 0) {
      writeDraft(identity.sessionId, noteId, null);
      return;
    }
    const sent = { title: draft.title, body: draft.body };
    try {
      const saved = await save.mutateAsync({ id: noteId, patch, ifMatch: draft.base.etag, editor: identity.name });
      updateDraft(identity.sessionId, noteId, (d) => afterSave(d, sent, saved));
      touchNow();
      setAnnouncement(`Saved version ${saved.note.version}.`);
    } catch (error) {
      if (error instanceof PreconditionFailedError) {
        updateDraft(identity.sessionId, noteId, (d) =>
          d
            ? {
                ...d,
                merge:
                  error.current && error.currentEtag
                    ? startEditMerge({ note: error.current, etag: error.currentEtag }, error.changes, d.merge)
                    : startDeleted(null, null),
              }
            : d,
        );
      } else if (error instanceof GoneError) {
        updateDraft(identity.sessionId, noteId, (d) => (d ? { ...d, merge: startDeleted(error.deletedBy, error.deletedAt) } : d));
      }
      // Network failures and 5xx: the status line says so and offers a retry; the draft is untouched.
    }
  }

  function finished(message: string) {
    setAnnouncement(message);
    touchNow();
    requestAnimationFrame(() => bodyRef.current?.focus());
  }

  function deleted() {
    if (variant === "page") router.push("/");
    else setAnnouncement("Note deleted.");
  }

  function isSaveShortcut(event: KeyboardEvent | React.KeyboardEvent) {
    return (event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === "s";
  }

  // Ctrl/Cmd+S anywhere on the page saves (on the demo page, only inside its pane).
  const onWindowKey = useEffectEvent((event: KeyboardEvent) => {
    if (!isSaveShortcut(event) || event.defaultPrevented) return;
    event.preventDefault();
    void saveNow();
  });
  useEffect(() => {
    if (variant !== "page") return;
    window.addEventListener("keydown", onWindowKey);
    return () => window.removeEventListener("keydown", onWindowKey);
  }, [variant]);

  // Closing the tab with unsaved text asks first. (The draft would survive in this browser anyway.)
  useEffect(() => {
    if (!draft) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = "";
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [draft]);

  if (query.error instanceof NotFoundError) {
    return (
      <Notice title="There is no note here">
        It may never have existed, or the link is wrong.{" "}
        <Link href="/" className="text-accent underline">
          See all notes
        </Link>
      </Notice>
    );
  }

  if (!shown && !gone) {
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
      <Notice title="This note was deleted">
        {gone.deletedBy ?? "Someone"} deleted it{gone.deletedAt ? <> <RelativeTime iso={gone.deletedAt} /></> : null}.{" "}
        {variant === "page" && (
          <Link href="/" className="text-accent underline">
            Back to all notes
          </Link>
        )}
        <span role="status" className="sr-only">
          {announcement}
        </span>
      </Notice>
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
            />
          )}
          <Button
            variant="primary"
            size="sm"
            onClick={() => void saveNow()}
            disabled={!identity || save.isPending || (!draft && !failure)}
            aria-keyshortcuts="Control+S Meta+S"
            title="Save (Ctrl+S or ⌘S)"
          >
            {save.isPending ? "Saving…" : "Save"}
          </Button>
        </div>
      </div>

      <div className="space-y-2 pb-3">
        {identity && <OtherDrafts noteId={noteId} identity={identity} hasOwnDraft={unsaved} onRestored={finished} />}
        {storageProblem && (
          <p role="alert" className="rounded-xl border border-danger/40 bg-danger-soft px-3 py-2 text-sm">
            This browser&apos;s storage is full, so your draft is not kept if the tab closes. Save, or copy your text.
          </p>
        )}
        {draft && unsaved && !draft.merge && shown && !gone && shown.note.version > draft.base.version && (
          <div className="flex flex-wrap items-center gap-3 rounded-xl border border-warn/40 bg-warn-soft px-3 py-2 text-sm">
            <p className="min-w-0 flex-1">
              <strong>{shown.note.updatedBy}</strong> saved a newer version (v{shown.note.version}){" "}
              <RelativeTime iso={shown.note.updatedAt} /> while you were editing. Saving will let you merge the two.
            </p>
            <Button
              size="sm"
              onClick={() =>
                identity &&
                updateDraft(identity.sessionId, noteId, (d) => (d ? { ...d, merge: startEditMerge(shown, [], null) } : d))
              }
            >
              Merge now
            </Button>
          </div>
        )}
        {gone && draft && !draft.merge && identity && (
          <div className="space-y-2 rounded-xl border border-danger/40 bg-danger-soft p-3 text-sm">
            <p>
              <strong>{gone.deletedBy ?? "Someone"} deleted this note</strong>
              {gone.deletedAt ? <> <RelativeTime iso={gone.deletedAt} /></> : null}. Your unsaved text is still here.
            </p>
            <DeletedChoices noteId={noteId} draft={draft} identity={identity} onFinished={finished} />
          </div>
        )}
      </div>

      <article
        className={`rounded-2xl border border-line bg-surface shadow-card transition-colors focus-within:border-accent/60 ${variant === "page" ? "px-5 py-6 sm:px-10 sm:py-9" : "px-4 py-5"}`}
      >
        {variant === "page" && <h1 className="sr-only">{shown?.note.title.trim() || "Untitled note"}</h1>}
        <label htmlFor={titleId} className="sr-only">
          Title
        </label>
        <input
          id={titleId}
          value={text?.title ?? ""}
          onChange={(event) => edit({ title: event.target.value })}
          placeholder="Untitled"
          autoFocus={focusTitle}
          maxLength={500}
          disabled={!identity}
          className={`w-full bg-transparent font-semibold tracking-tight placeholder:text-muted/70 focus:outline-none ${
            variant === "page" ? "text-2xl sm:text-3xl" : "text-xl"
          }`}
        />
        <div className="my-4 h-px bg-line" />
        <label htmlFor={bodyId} className="sr-only">
          Note text
        </label>
        <textarea
          id={bodyId}
          ref={bodyRef}
          value={text?.body ?? ""}
          onChange={(event) => edit({ body: event.target.value })}
          placeholder="Write something…"
          disabled={!identity}
          spellCheck
          className={`field-sizing-content w-full resize-none bg-transparent text-[1.05rem] leading-[1.75] placeholder:text-muted/70 focus:outline-none ${
            variant === "page" ? "min-h-[55vh]" : "min-h-[20rem]"
          }`}
        />
      </article>

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

function Notice({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="mx-auto max-w-xl rounded-2xl border border-line bg-surface p-8 text-center shadow-card">
      <h1 className="text-xl font-semibold">{title}</h1>
      <p className="mt-2 text-muted">{children}</p>
    </section>
  );
}

function EditorSkeleton() {
  return (
    <div aria-busy="true" aria-label="Loading the note" className="space-y-4">
      <div className="h-8 w-64 animate-pulse rounded-lg bg-surface-2" />
      <div className="h-96 animate-pulse rounded-2xl bg-surface-2" />
    </div>
  );
}

