import { dehydrate, HydrationBoundary, QueryClient } from "@tanstack/react-query";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { HistoryScreen } from "@/components/history/history-screen";
import { noteOptions } from "@/lib/client/queries";
import type { NoteWithEtag } from "@/lib/client/types";
import { isNoteId, noteEtag, noteJson } from "@/lib/notes/note";
import { findNote } from "@/lib/notes/repository";

export async function generateMetadata({ params }: PageProps<"/notes/[id]/history">): Promise<Metadata> {
  const { id } = await params;
  if (!isNoteId(id)) return { title: "No such note" };
  await connection();
  const note = await findNote(id);
  return { title: note ? `History of ${note.title.trim() || "Untitled"}` : "No such note" };
}

/** Every saved version of a note, live or deleted; `?version=N` opens one. */
export default async function HistoryPage({ params, searchParams }: PageProps<"/notes/[id]/history">) {
  const { id } = await params;
  if (!isNoteId(id)) notFound();
  await connection();
  const note = await findNote(id);
  if (!note) notFound();
  const asked = Number((await searchParams).version);
  const client = new QueryClient();
  if (!note.deletedAt) {
    await client.prefetchQuery({
      ...noteOptions(id),
      queryFn: async (): Promise<NoteWithEtag> => ({ note: noteJson(note), etag: noteEtag(note.version) }),
    });
  }
  return (
    <HydrationBoundary state={dehydrate(client)}>
      <HistoryScreen noteId={id} initialVersion={Number.isSafeInteger(asked) && asked > 0 ? asked : null} />
    </HydrationBoundary>
  );
}
