// The history and search side of the notes API: pages of a note's history, the recently deleted notes, and
// search. Same fetch client (and typed errors) as api.ts.
import { z } from "zod";
import { send } from "./api";
import { changeSchema, noteSummarySchema } from "./types";

export const revisionEntrySchema = changeSchema.extend({
  title: z.string(),
  wordsAdded: z.number().int(),
  wordsRemoved: z.number().int(),
});
export type RevisionEntry = z.infer<typeof revisionEntrySchema>;
const revisionPageSchema = z.object({ revisions: z.array(revisionEntrySchema), next: z.string().nullable() });
export type RevisionPage = z.infer<typeof revisionPageSchema>;

export const HISTORY_PAGE_SIZE = 30;

/** One page of a note's history, newest first; `next` is the URL of the older page, when there is one. */
export async function getRevisionPage(id: string, pageUrl: string | null, signal?: AbortSignal): Promise<RevisionPage> {
  const url = pageUrl ?? `/api/notes/${encodeURIComponent(id)}/revisions?limit=${HISTORY_PAGE_SIZE}`;
  const response = await send(url, { signal });
  return revisionPageSchema.parse(await response.json());
}

export const deletedNoteSchema = z.object({
  id: z.string(),
  title: z.string(),
  version: z.number().int(),
  deletedAt: z.string(),
  deletedBy: z.string(),
});
export type DeletedNote = z.infer<typeof deletedNoteSchema>;

export async function listDeletedNotes(signal?: AbortSignal): Promise<DeletedNote[]> {
  const response = await send("/api/deleted-notes", { signal, cache: "no-store" });
  return z.object({ notes: z.array(deletedNoteSchema) }).parse(await response.json()).notes;
}

/**
 * The notes matching `query`. The browser's HTTP cache keeps each query's answer and revalidates it with
 * its ETag, so typing back to an earlier query costs a 304.
 */
export async function searchNotes(query: string, signal?: AbortSignal) {
  const response = await send(`/api/notes?q=${encodeURIComponent(query)}`, { signal, cache: "no-cache" });
  return z.object({ notes: z.array(noteSummarySchema) }).parse(await response.json()).notes;
}
