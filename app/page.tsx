import { dehydrate, HydrationBoundary, QueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { connection } from "next/server";
import { LocalDrafts } from "@/components/notes/local-drafts";
import { NewNoteButton } from "@/components/notes/new-note-button";
import { NoteList } from "@/components/notes/note-list";
import { NoteSearch } from "@/components/search/note-search";
import { buttonClass } from "@/components/ui/button";
import { notesListOptions } from "@/lib/client/queries";
import type { NoteSummary } from "@/lib/client/types";
import { summaryJson } from "@/lib/notes/note";
import { listNotes } from "@/lib/notes/repository";

export default async function HomePage() {
  // The list is read per request, straight from the data layer, and handed to the browser's query cache.
  await connection();
  const client = new QueryClient();
  await client.prefetchQuery({
    ...notesListOptions(),
    queryFn: async (): Promise<NoteSummary[]> => (await listNotes()).map(summaryJson),
  });

  return (
    <div className="grid gap-8 lg:grid-cols-[1fr_18rem]">
      <section aria-labelledby="notes-heading" className="min-w-0">
        <div className="mb-4 flex items-end justify-between gap-3">
          <div>
            <h1 id="notes-heading" className="text-2xl font-semibold tracking-tight">
              Notes
            </h1>
            <p className="mt-1 text-sm text-muted">Everyone here edits the same notes. Nobody overwrites anybody.</p>
          </div>
          <NewNoteButton />
        </div>
        <LocalDrafts />
        <HydrationBoundary state={dehydrate(client)}>
          <NoteSearch>
            <NoteList />
          </NoteSearch>
        </HydrationBoundary>
      </section>
      <aside aria-labelledby="demo-heading" className="h-fit rounded-2xl border border-line bg-surface p-5 shadow-card">
        <h2 id="demo-heading" className="font-semibold">
          See a mid-air collision
        </h2>
        <p className="mt-2 text-sm leading-relaxed text-muted">
          Open one note as Alice and as Bob, side by side. Change the same sentence in both and save both: the second
          save is refused, and Bob gets a merge to decide on instead of silently losing Alice&apos;s words.
        </p>
        <Link href="/demo" className={buttonClass("secondary", "md", "mt-4 w-full")}>
          Open the two-person demo
        </Link>
        <Link href="/deleted" className="mt-4 block text-sm text-accent underline underline-offset-2">
          Recently deleted notes
        </Link>
      </aside>
    </div>
  );
}
