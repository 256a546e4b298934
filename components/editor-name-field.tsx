"use client";
// The name this tab saves under, shown in the header and changeable there.
import { useId, useState } from "react";
import { normalizeEditorName, setEditorName, useEditorName } from "@/lib/client/editor-name";
import { Button } from "./ui/button";

export function EditorNameField() {
  const name = useEditorName();
  const [editing, setEditing] = useState<string | null>(null);
  const inputId = useId();
  const hintId = useId();

  if (name === null) {
    return <span className="h-8 w-36 animate-pulse rounded-lg bg-surface-2" aria-hidden="true" />;
  }

  if (editing === null) {
    return (
      <div className="flex min-w-0 items-center gap-2 text-sm">
        <span className="hidden text-muted sm:inline">Saving as</span>
        <Button
          size="sm"
          variant="ghost"
          className="max-w-[8.5rem] border border-line sm:max-w-[12rem]"
          onClick={() => setEditing(name)}
          aria-label={`Your name in this tab: ${name}. Change it`}
        >
          <span aria-hidden="true" className="grid size-5 place-items-center rounded-full bg-accent-soft text-[0.7rem] font-bold text-accent">
            {Array.from(name)[0]?.toUpperCase()}
          </span>
          <span className="truncate">{name}</span>
        </Button>
      </div>
    );
  }

  const valid = normalizeEditorName(editing) !== null;
  return (
    <form
      className="flex items-center gap-1.5"
      onSubmit={(event) => {
        event.preventDefault();
        if (setEditorName(editing)) setEditing(null);
      }}
    >
      <label htmlFor={inputId} className="sr-only">
        Your name in this tab
      </label>
      <input
        id={inputId}
        autoFocus
        value={editing}
        maxLength={64}
        aria-describedby={hintId}
        aria-invalid={!valid}
        onChange={(event) => setEditing(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === "Escape") {
            event.preventDefault();
            setEditing(null);
          }
        }}
        className="h-8 w-32 rounded-lg border border-line-strong bg-surface px-2 text-sm sm:w-40"
      />
      <span id={hintId} className="sr-only">
        Others see this name next to your saves. Each tab has its own.
      </span>
      <Button size="sm" variant="primary" type="submit" disabled={!valid}>
        Save name
      </Button>
      <Button size="sm" variant="ghost" onClick={() => setEditing(null)}>
        Cancel
      </Button>
    </form>
  );
}
