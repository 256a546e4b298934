// Writes to the notes API as react-query mutations. Each hook keeps the cache true to what the server said;
// what the person sees next (a merge dialog, a message, a new page) is up to the caller.
//
// Every write runs with networkMode "always": react-query's default ("online") pauses a mutation while the
// browser is offline, which leaves a save neither failed nor done ("Saving…" forever). Here the request is
// tried and fails at once with a NetworkError, and the caller says what is true: offline, text kept.
import { useMutation, useQueryClient, type QueryClient } from "@tanstack/react-query";
import { createNote, createNoteAt, deleteNote, saveNote } from "./api";
import { GoneError, PreconditionFailedError } from "./errors";
import { noteKeys } from "./queries";
import { deletedNotesKey, restoreDeletedNote } from "./restore-deleted";
import type { NoteText, NoteWithEtag } from "./types";

function learnFromError(client: QueryClient, id: string, error: unknown) {
  if (error instanceof PreconditionFailedError) {
    // The 412 carries the note as it is now: that is the freshest copy there is.
    if (error.current && error.currentEtag) {
      client.setQueryData<NoteWithEtag>(noteKeys.detail(id), { note: error.current, etag: error.currentEtag });
    } else {
      void client.invalidateQueries({ queryKey: noteKeys.detail(id) });
    }
    void client.invalidateQueries({ queryKey: noteKeys.lists() });
  } else if (error instanceof GoneError) {
    void client.invalidateQueries({ queryKey: noteKeys.detail(id) });
    void client.invalidateQueries({ queryKey: noteKeys.lists() });
  }
}

function learnNote(client: QueryClient, saved: NoteWithEtag) {
  client.setQueryData<NoteWithEtag>(noteKeys.detail(saved.note.id), saved);
  void client.invalidateQueries({ queryKey: noteKeys.lists() });
}

/** A save over the version `ifMatch` names, or (`create`) the first save of a note whose id the browser chose. */
export type SaveVariables =
  | { id: string; editor: string; patch: Partial<NoteText>; ifMatch: string }
  | { id: string; editor: string; create: NoteText };

export function useSaveNote() {
  const client = useQueryClient();
  return useMutation({
    networkMode: "always",
    mutationFn: (variables: SaveVariables) =>
      "create" in variables
        ? createNoteAt(variables.id, variables.create, variables.editor)
        : saveNote(variables.id, variables.patch, variables.ifMatch, variables.editor),
    onSuccess: (saved) => learnNote(client, saved),
    onError: (error, { id }) => learnFromError(client, id, error),
  });
}

export function useCreateNote() {
  const client = useQueryClient();
  return useMutation({
    networkMode: "always",
    mutationFn: ({ text, editor }: { text: NoteText; editor: string }) => createNote(text, editor),
    onSuccess: (created) => learnNote(client, created),
  });
}

/** PUT with If-None-Match: *, for a deleted note brought back with my text. */
export function useRecreateNote() {
  const client = useQueryClient();
  return useMutation({
    networkMode: "always",
    mutationFn: ({ id, text, editor }: { id: string; text: NoteText; editor: string }) => createNoteAt(id, text, editor),
    onSuccess: (created) => learnNote(client, created),
    onError: (error, { id }) => learnFromError(client, id, error),
  });
}

export function useDeleteNote() {
  const client = useQueryClient();
  return useMutation({
    networkMode: "always",
    mutationFn: ({ id, ifMatch, editor }: { id: string; ifMatch: string; editor: string }) =>
      deleteNote(id, ifMatch, editor),
    onSuccess: (_nothing, { id }) => {
      void client.invalidateQueries({ queryKey: noteKeys.detail(id) });
      void client.invalidateQueries({ queryKey: noteKeys.lists() });
    },
    onError: (error, { id }) => learnFromError(client, id, error),
  });
}

/**
 * Brings a deleted note back as its last version was: that version's text, re-created with PUT and
 * If-None-Match: * (so a note someone else re-created first is never overwritten: 412). The server continues
 * the version numbers and keeps the history.
 */
/**
 * Brings a deleted note back from one of its versions (the last unless told), with PUT and If-None-Match: *.
 * The one restore there is: the deleted note's page, the "Recently deleted" list and the history page use it.
 */
export function useRestoreNote() {
  const client = useQueryClient();
  return useMutation({
    networkMode: "always",
    mutationFn: restoreDeletedNote,
    onSuccess: (restored) => {
      learnNote(client, restored);
      void client.invalidateQueries({ queryKey: noteKeys.revisions(restored.note.id) });
      void client.invalidateQueries({ queryKey: deletedNotesKey });
    },
    onError: (error, { noteId }) => {
      // Someone else brought it back first (412: their note is learnt), or it is gone for good.
      learnFromError(client, noteId, error);
      void client.invalidateQueries({ queryKey: deletedNotesKey });
    },
  });
}
