// Query keys and query options for the notes API, shared by hooks, prefetching and invalidation.
// No hooks here, so server components can use the same keys to hand their first render to the browser.
import { queryOptions } from "@tanstack/react-query";
import { getNote, getRevision, listNotes, listRevisions } from "./api";
import { isTransient } from "./errors";

export const noteKeys = {
  all: ["notes"] as const,
  lists: () => [...noteKeys.all, "list"] as const,
  details: () => [...noteKeys.all, "detail"] as const,
  detail: (id: string) => [...noteKeys.details(), id] as const,
  revisions: (id: string) => [...noteKeys.detail(id), "revisions"] as const,
  revision: (id: string, version: number) => [...noteKeys.revisions(id), version] as const,
};

/** Retry only what the server did not decide: a 412 or 410 answered the question. */
export function retryTransient(failureCount: number, error: unknown): boolean {
  return isTransient(error) && failureCount < 2;
}

export function notesListOptions() {
  return queryOptions({
    queryKey: noteKeys.lists(),
    queryFn: ({ signal }) => listNotes(signal),
    retry: retryTransient,
  });
}

/** How often an open note checks for other people's saves; faster while the merge dialog is open. */
export const WATCH_INTERVAL_MS = 15_000;
export const MERGE_WATCH_INTERVAL_MS = 3_000;

export function noteOptions(id: string) {
  return queryOptions({
    queryKey: noteKeys.detail(id),
    queryFn: ({ signal }) => getNote(id, signal),
    retry: retryTransient,
  });
}

export function revisionsOptions(id: string) {
  return queryOptions({
    queryKey: noteKeys.revisions(id),
    queryFn: ({ signal }) => listRevisions(id, signal),
    retry: retryTransient,
  });
}

/**
 * Every save up to `version`: fetched again when a newer version is known, so that nobody who saved in
 * between is missing from it.
 */
export function historyUpToOptions(id: string, version: number) {
  return queryOptions({
    queryKey: [...noteKeys.revisions(id), "up-to", version] as const,
    queryFn: ({ signal }) => listRevisions(id, signal),
    staleTime: Infinity,
    retry: retryTransient,
  });
}

/** A revision never changes once written. */
export function revisionOptions(id: string, version: number) {
  return queryOptions({
    queryKey: noteKeys.revision(id, version),
    queryFn: ({ signal }) => getRevision(id, version, signal),
    staleTime: Infinity,
    gcTime: Infinity,
    retry: retryTransient,
  });
}
