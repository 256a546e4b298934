"use client";
// Two people in one window. Each pane has its own name and its own draft (keyed by this tab and the person),
// and its dialogs open inside the pane, so the other pane stays usable: Alice can save again while Bob merges.
// One live event stream serves both (they share the window's note cache): Alice's save reaches Bob's pane as
// it lands, as it would reach another person's browser.
import Link from "next/link";
import { useDemoIdentity } from "../editor/identity";
import { NoteEditor } from "../editor/note-editor";
import { useLiveNote } from "../editor/use-live-note";
import { DemoSteps } from "./demo-steps";

function Pane({ noteId, person, tone, live }: { noteId: string; person: string; tone: "mine" | "theirs"; live: boolean }) {
  const identity = useDemoIdentity(person);
  const badge = tone === "mine" ? "bg-mine-soft text-mine" : "bg-theirs-soft text-theirs";
  return (
    // While this pane's dialog is open it takes most of the row (the other pane stays usable beside it).
    <section
      aria-label={`${person}'s editor`}
      className="min-w-0 rounded-3xl border border-line bg-surface-2/50 p-3 sm:p-4 lg:flex-1 lg:basis-0 lg:has-[[role=dialog]]:flex-[2.2]"
    >
      <header className="mb-1 flex items-center gap-2.5 px-1">
        <span aria-hidden="true" className={`grid size-8 place-items-center rounded-full text-sm font-bold ${badge}`}>
          {person[0]}
        </span>
        <div className="min-w-0">
          <h2 className="leading-tight font-semibold">{person}</h2>
          <p className="text-xs text-muted">Saves as {person}, with a draft of {tone === "mine" ? "her" : "his"} own</p>
        </div>
      </header>
      <NoteEditor noteId={noteId} identity={identity} variant="pane" live={live} />
    </section>
  );
}

export function DemoPanes({ noteId }: { noteId: string }) {
  const live = useLiveNote(noteId).status === "live";
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">One note, two people</h1>
          <DemoSteps />
        </div>
        <Link href={`/notes/${encodeURIComponent(noteId)}`} className="text-sm text-accent underline underline-offset-2">
          Open this note on its own page
        </Link>
      </div>
      <div className="grid gap-4 lg:flex lg:items-stretch">
        <Pane noteId={noteId} person="Alice" tone="mine" live={live} />
        <Pane noteId={noteId} person="Bob" tone="theirs" live={live} />
      </div>
    </div>
  );
}
