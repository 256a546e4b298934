// The editor's full-page states: a message where the note would be, and the shape of a note while it loads.
import type { ReactNode } from "react";

export function Notice({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="mx-auto max-w-xl rounded-2xl border border-line bg-surface p-8 text-center shadow-card">
      <h1 className="text-xl font-semibold">{title}</h1>
      <p className="mt-2 text-muted">{children}</p>
    </section>
  );
}

export function EditorSkeleton() {
  return (
    <div aria-busy="true" aria-label="Loading the note" className="space-y-4">
      <div className="h-8 w-64 animate-pulse rounded-lg bg-surface-2" />
      <div className="h-96 animate-pulse rounded-2xl bg-surface-2" />
    </div>
  );
}
