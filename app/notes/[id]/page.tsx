import { dehydrate, HydrationBoundary, QueryClient } from "@tanstack/react-query";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { NoteScreen } from "@/components/editor/note-screen";
import { noteOptions } from "@/lib/client/queries";
import type { NoteWithEtag } from "@/lib/client/types";
import { isNoteId, noteEtag, noteJson } from "@/lib/notes/note";
import { findNote } from "@/lib/notes/repository";

export async function generateMetadata({ params, searchParams }: PageProps<"/notes/[id]">): Promise<Metadata> {
  const { id } = await params;
  if (!isNoteId(id)) return { title: "No such note" };
  await connection();
  const note = await findNote(id);
  if (!note && (await searchParams).new === "1") return { title: "New note" };
  return { title: note && !note.deletedAt ? note.title.trim() || "Untitled" : "Note" };
}

export default async function NotePage({ params, searchParams }: PageProps<"/notes/[id]">) {
  const { id } = await params;
  if (!isNoteId(id)) notFound();
  await connection();
  const note = await findNote(id);
  // "New note" opens an id the browser made up: there is nothing on the server until the first save.
  const isNew = (await searchParams).new === "1";
  if (!note && !isNew) notFound();

  // The first paint shows the note as stored, with the same ETag the API would send; a deleted note is left
  // to the browser, which asks the API and gets the 410 with who deleted it.
  const client = new QueryClient();
  if (note && !note.deletedAt) {
    await client.prefetchQuery({
      ...noteOptions(id),
      queryFn: async (): Promise<NoteWithEtag> => ({ note: noteJson(note), etag: noteEtag(note.version) }),
    });
  }
  return (
    <HydrationBoundary state={dehydrate(client)}>
      <NoteScreen noteId={id} isNew={isNew} />
    </HydrationBoundary>
  );
}
