"use client";
// The name this tab saves under, shown in the header and changeable there. On the demo pages the panes save as
// Alice and Bob, so the tab's own name would only mislead: the header says who is there instead.
import { usePathname } from "next/navigation";
import { useId, useState } from "react";
import { editorNameProblem, setEditorName, useEditorName } from "@/lib/client/editor-name";
import { Button } from "./ui/button";

export function EditorNameField() {
  const pathname = usePathname();
  if (pathname === "/demo" || pathname.startsWith("/demo/")) {
    return (
      <p className="truncate text-sm text-muted">
        Two people<span className="hidden sm:inline"> on one page</span>
      </p>
    );
  }
  return <TabNameField />;
}

function TabNameField() {
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
          <bdi className="truncate">{name}</bdi>
        </Button>
      </div>
    );
  }

  // Counted as the API counts it (code points), so a name of 64 emoji is as welcome as one of 64 letters.
  const problem = editorNameProblem(editing);
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
        dir="auto"
        value={editing}
        aria-describedby={hintId}
        aria-invalid={problem !== null}
        onChange={(event) => setEditing(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === "Escape") {
            event.preventDefault();
            setEditing(null);
          }
        }}
        className="h-8 w-32 rounded-lg border border-line-strong bg-surface px-2 text-sm sm:w-40"
      />
      <span id={hintId} className={problem && editing ? "max-w-40 text-xs text-danger" : "sr-only"}>
        {problem && editing ? problem : "Others see this name next to your saves. Each tab has its own."}
      </span>
      <Button size="sm" variant="primary" type="submit" disabled={problem !== null}>
        Save name
      </Button>
      <Button size="sm" variant="ghost" onClick={() => setEditing(null)}>
        Cancel
      </Button>
    </form>
  );
}
