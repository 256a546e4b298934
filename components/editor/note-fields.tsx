"use client";
// The title and the text of a note, as the person writes them. Both are direction-aware (dir="auto"), so a
// right-to-left note reads right to left and a stray direction override stays inside its field.
import { useId, type RefObject } from "react";
import type { NoteText } from "@/lib/client/types";

export function NoteFields({
  text,
  onEdit,
  disabled,
  autoFocusTitle,
  variant,
  bodyRef,
  heading,
  titleProblem,
}: {
  text: NoteText | null;
  onEdit: (change: Partial<NoteText>) => void;
  disabled: boolean;
  autoFocusTitle: boolean;
  variant: "page" | "pane";
  bodyRef: RefObject<HTMLTextAreaElement | null>;
  /** The page's heading for screen readers (the page variant only). */
  heading: string | null;
  /** Why the title cannot be saved as it is (over the limit), said next to it. */
  titleProblem: string | null;
}) {
  const titleId = useId();
  const titleProblemId = useId();
  const bodyId = useId();
  return (
    <article
      className={`rounded-2xl border border-line bg-surface shadow-card transition-colors focus-within:border-accent/60 ${variant === "page" ? "px-5 py-6 sm:px-10 sm:py-9" : "px-4 py-5"}`}
    >
      {heading !== null && (
        <h1 className="sr-only">
          <bdi>{heading}</bdi>
        </h1>
      )}
      <label htmlFor={titleId} className="sr-only">
        Title
      </label>
      <input
        id={titleId}
        dir="auto"
        value={text?.title ?? ""}
        onChange={(event) => onEdit({ title: event.target.value })}
        placeholder="Untitled"
        autoFocus={autoFocusTitle}
        // No maxLength: it would cut a pasted title off without a word. Over the limit, the title is kept
        // whole and the reason it cannot be saved is said here and in the status line.
        aria-invalid={titleProblem !== null}
        aria-describedby={titleProblem !== null ? titleProblemId : undefined}
        disabled={disabled}
        className={`w-full bg-transparent font-semibold tracking-tight placeholder:text-muted/70 focus:outline-none ${
          variant === "page" ? "text-2xl sm:text-3xl" : "text-xl"
        }`}
      />
      {titleProblem !== null && (
        <p id={titleProblemId} className="mt-2 text-sm font-medium text-danger">
          {titleProblem} Shorten it to save.
        </p>
      )}
      <div className="my-4 h-px bg-line" />
      <label htmlFor={bodyId} className="sr-only">
        Note text
      </label>
      <textarea
        id={bodyId}
        dir="auto"
        ref={bodyRef}
        value={text?.body ?? ""}
        onChange={(event) => onEdit({ body: event.target.value })}
        placeholder="Write something…"
        disabled={disabled}
        spellCheck
        className={`field-sizing-content w-full resize-none bg-transparent text-[1.05rem] leading-[1.75] placeholder:text-muted/70 focus:outline-none ${
          variant === "page" ? "min-h-[55vh]" : "min-h-[20rem]"
        }`}
      />
    </article>
  );
}
