import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { DemoSteps } from "@/components/demo/demo-steps";
import { StartDemoButton } from "@/components/demo/start-demo-button";
import { listNotes } from "@/lib/notes/repository";

export const metadata: Metadata = { title: "Demo: a mid-air collision" };

export default async function DemoIndexPage() {
  await connection();
  const notes = await listNotes();
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Make a mid-air collision</h1>
        <p className="mt-2 leading-relaxed text-muted">
          The demo opens one note twice, side by side: once as <strong className="text-mine">Alice</strong> and once as{" "}
          <strong className="text-theirs">Bob</strong>. Each pane is a full editor with its own name and its own draft, exactly
          like two people on two computers.
        </p>
      </div>
      <section aria-labelledby="steps-heading">
        <h2 id="steps-heading" className="font-semibold">
          Steps
        </h2>
        <DemoSteps start="Press “Start with a fresh example note” below: the same note opens as Alice (left) and Bob (right)." />
      </section>
      <StartDemoButton />
      <section aria-labelledby="pick-heading" className="rounded-2xl border border-line bg-surface p-5 shadow-card">
        <h2 id="pick-heading" className="font-semibold">
          Or open an existing note as Alice and Bob
        </h2>
        <ul className="mt-3 divide-y divide-line">
          {notes.map((note) => (
            <li key={note.id}>
              <Link
                href={`/demo/${encodeURIComponent(note.id)}`}
                className="flex items-baseline justify-between gap-3 rounded-md py-2.5 hover:text-accent"
              >
                <span dir="auto" className="truncate">
                  {note.title.trim() || "Untitled"}
                </span>
                <span className="shrink-0 text-xs text-muted">v{note.version}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
