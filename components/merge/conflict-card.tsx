"use client";
// One conflict: both versions with their words marked against the original, and the five ways to settle it.
// The choices are native radio buttons in a labelled radiogroup: Tab reaches the group, arrow keys move
// between its choices (and pick), which a visible hint says, since nothing is picked yet.
// Each side shows the whole sentence the conflict is in, and a hand edit is of that whole sentence.
import { useId, type RefObject } from "react";
import type { ConflictView, SessionChoice } from "@/lib/client/merge-session";
import type { ConflictWording } from "@/lib/client/merge-wording";
import type { ConflictChoice } from "@/lib/merge";
import { WordDiff } from "./word-diff";

type ChoiceKind = ConflictChoice["kind"];

function Side({
  label,
  who,
  base,
  text,
  tone,
}: {
  label: string;
  who: string;
  base: string;
  text: string;
  tone: "mine" | "theirs";
}) {
  const id = useId();
  const toneClass = tone === "mine" ? "border-mine/50 bg-mine-soft/40" : "border-theirs/50 bg-theirs-soft/40";
  const badge = tone === "mine" ? "bg-mine-soft text-mine" : "bg-theirs-soft text-theirs";
  return (
    <section aria-labelledby={id} className={`min-w-0 rounded-xl border ${toneClass} p-3`}>
      <h4 id={id} className="mb-1.5 flex items-center gap-2 text-xs font-semibold tracking-wide uppercase">
        <span className={`rounded px-1.5 py-0.5 ${badge}`}>{label}</span>
        <bdi className="truncate font-normal tracking-normal text-muted normal-case">{who}</bdi>
      </h4>
      {text === "" ? (
        <p className="text-sm text-muted italic">(deleted: nothing here)</p>
      ) : (
        <WordDiff before={base} after={text} dir="auto" searchable className="text-[0.95rem] leading-relaxed" />
      )}
    </section>
  );
}

export function ConflictCard({
  conflict,
  words,
  myName,
  choicesRef,
  showBase,
  onToggleBase,
  onChoose,
}: {
  conflict: ConflictView;
  /** What the card says, from the dialog's one wording function. */
  words: ConflictWording;
  myName: string;
  choicesRef: RefObject<HTMLDivElement | null>;
  showBase: boolean;
  onToggleBase: () => void;
  onChoose: (choice: SessionChoice | undefined) => void;
}) {
  const headingId = useId();
  const reasonId = useId();
  const hintId = useId();
  const editId = useId();
  const baseId = useId();
  const { side } = words;
  const selected = conflict.choice?.kind;
  const wholeLines = conflict.separator.includes("\n");
  const { lead, trail } = conflict;
  const original = lead + conflict.base + trail;

  function pick(kind: ChoiceKind) {
    if (kind === "custom") {
      // The whole sentence, as the current choice makes it (else as I wrote it): typing there replaces it all.
      const text =
        conflict.choice?.kind === "custom"
          ? conflict.choice.text
          : (conflict.staleText ?? conflict.result ?? lead + conflict.mine + trail);
      onChoose({ kind: "custom", text, lead, trail });
    } else {
      onChoose({ kind } as SessionChoice);
    }
  }

  return (
    <section role="group" aria-labelledby={headingId} aria-describedby={reasonId} className="space-y-4">
      <div>
        <h3 id={headingId} className="font-semibold">
          {words.heading} <span className="font-normal text-muted">{words.where}</span>
        </h3>
        <p id={reasonId} className="text-sm text-muted">
          {words.reason}{" "}
          <span>Underlined words were added, struck-through words removed.</span>
        </p>
      </div>

      {(conflict.before.trim() || conflict.after.trim()) && (
        <div className="rounded-lg bg-surface-2 px-3 py-2 text-sm break-words whitespace-pre-wrap text-muted">
          <span className="sr-only">Where it is: </span>
          {wholeLines ? (
            <>
              {conflict.before.trim() && <p>{conflict.before.trim()}</p>}
              <p>
                <mark className="rounded bg-warn-soft px-1 font-semibold text-warn">[conflict {conflict.ordinal}]</mark>
              </p>
              {conflict.after.trim() && <p>{conflict.after.trim()}</p>}
            </>
          ) : (
            <p>
              {conflict.before.trimStart()}
              <mark className="mx-0.5 rounded bg-warn-soft px-1 font-semibold text-warn">[conflict {conflict.ordinal}]</mark>
              {conflict.after.trimEnd()}
            </p>
          )}
        </div>
      )}

      <div className="grid gap-3 md:grid-cols-2">
        <Side label="Yours" who={myName} base={original} text={lead + conflict.mine + trail} tone="mine" />
        <Side label="Theirs" who={side.who} base={original} text={lead + conflict.theirs + trail} tone="theirs" />
      </div>

      <div>
        <button
          type="button"
          aria-expanded={showBase}
          aria-controls={baseId}
          onClick={onToggleBase}
          className="text-left text-sm text-accent underline underline-offset-2 hover:text-accent-hover"
        >
          {showBase ? "Hide the original" : "Show the original (before either of you changed it)"}
        </button>
        <div id={baseId} hidden={!showBase} className="mt-2 rounded-xl border border-dashed border-line-strong p-3">
          <p className="mb-1 text-xs font-semibold tracking-wide text-muted uppercase">Original</p>
          {original === "" ? (
            <p className="text-sm text-muted italic">(nothing here before)</p>
          ) : (
            <p dir="auto" className="text-[0.95rem] leading-relaxed break-words whitespace-pre-wrap">
              {original}
            </p>
          )}
        </div>
      </div>

      <div className="space-y-1.5">
      <p id={hintId} className="text-xs text-muted">
          {selected ? (
            <>
              The arrow keys <span aria-hidden="true">(↑ ↓)</span> change your choice.
            </>
          ) : (
            <>
              Choose one: Tab moves to the choices, the arrow keys <span aria-hidden="true">(↑ ↓)</span> move between
              them.
            </>
          )}
        </p>
      <div
        ref={choicesRef}
        role="radiogroup"
        aria-label={words.choicesLabel}
        aria-describedby={hintId}
        className="grid gap-1.5 sm:grid-cols-2"
      >
        {words.choices.map((option) => {
          const checked = selected === option.kind;
          return (
            <label
              key={option.kind}
              className={`flex cursor-pointer items-start gap-2.5 rounded-xl border px-3 py-2.5 transition-colors ${
                checked ? "border-accent bg-accent-soft ring-1 ring-accent" : "border-line hover:bg-surface-2"
              } ${option.kind === "custom" ? "sm:col-span-2" : ""}`}
            >
              <input
                type="radio"
                name={`choice-${conflict.id}`}
                value={option.kind}
                checked={checked}
                onChange={() => pick(option.kind)}
                className="mt-1 size-4 accent-accent"
              />
              <span className="min-w-0">
                <span className="block text-sm font-medium">{option.label}</span>
                <span className="block text-xs text-muted">{option.hint}</span>
              </span>
              {checked && (
                <span aria-hidden="true" className="ml-auto text-sm font-bold text-accent">
                  ✓
                </span>
              )}
            </label>
          );
        })}
      </div>
      </div>

      {conflict.choice?.kind === "custom" ? (
        <div>
          <label htmlFor={editId} className="mb-1 block text-sm font-medium">
            {words.handEditLabel}
          </label>
          <textarea
            id={editId}
            dir="auto"
            value={conflict.choice.text}
            onChange={(event) => onChoose({ kind: "custom", text: event.target.value, lead, trail })}
            rows={Math.min(10, Math.max(3, conflict.choice.text.split("\n").length + 1))}
            className="w-full rounded-xl border border-line-strong bg-surface px-3 py-2 text-[0.95rem] leading-relaxed"
          />
        </div>
      ) : (
        <div className="rounded-xl border border-line p-3">
          <p className="mb-1 text-xs font-semibold tracking-wide text-muted uppercase">
            {conflict.field === "title" ? "The title becomes" : "This part becomes"}
          </p>
          {conflict.result === null ? (
            <p className="text-sm text-muted">Not decided yet: choose what to keep above.</p>
          ) : conflict.result === "" ? (
            <p className="text-sm text-muted italic">(nothing: this part is removed)</p>
          ) : (
            <p dir="auto" className="text-[0.95rem] leading-relaxed break-words whitespace-pre-wrap">
              {conflict.result}
            </p>
          )}
        </div>
      )}
    </section>
  );
}
