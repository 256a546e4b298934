import { dehydrate, HydrationBoundary, QueryClient } from "@tanstack/react-query";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { DemoPanes } from "@/components/demo/demo-panes";
import { WireView } from "@/components/wire/wire-view";
import { noteOptions } from "@/lib/client/queries";
import type { NoteWithEtag } from "@/lib/client/types";
import { isNoteId, noteEtag, noteJson } from "@/lib/notes/note";
import { findNote } from "@/lib/notes/repository";

export const metadata: Metadata = { title: "Demo: Alice and Bob" };

export default async function DemoPage({ params }: PageProps<"/demo/[id]">) {
  const { id } = await params;
  if (!isNoteId(id)) notFound();
  await connection();
  const note = await findNote(id);
  if (!note) notFound();
  const client = new QueryClient();
  if (!note.deletedAt) {
    await client.prefetchQuery({
      ...noteOptions(id),
      queryFn: async (): Promise<NoteWithEtag> => ({ note: noteJson(note), etag: noteEtag(note.version) }),
    });
  }
  return (
    <HydrationBoundary state={dehydrate(client)}>
      <DemoPanes noteId={id} />
      <div className="mt-6">
        <WireView />
      </div>
    </HydrationBoundary>
  );
}
