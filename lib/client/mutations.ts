// Writes to the notes API as react-query mutations. Each hook keeps the cache true to what the server said;
// what the person sees next (a merge dialog, a message, a new page) is up to the caller.
import { useMutation, useQueryClient, type QueryClient } from "@tanstack/react-query";
import { createNote, createNoteAt, deleteNote, saveNote } from "./api";
import { GoneError, PreconditionFailedError } from "./errors";
import { noteKeys } from "./queries";
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
    mutationFn: ({ text, editor }: { text: NoteText; editor: string }) => createNote(text, editor),
    onSuccess: (created) => learnNote(client, created),
  });
}

/** PUT with If-None-Match: *, for a deleted note brought back with my text. */
export function useRecreateNote() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, text, editor }: { id: string; text: NoteText; editor: string }) => createNoteAt(id, text, editor),
    onSuccess: (created) => learnNote(client, created),
    onError: (error, { id }) => learnFromError(client, id, error),
  });
}

export function useDeleteNote() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ifMatch, editor }: { id: string; ifMatch: string; editor: string }) =>
      deleteNote(id, ifMatch, editor),
    onSuccess: (_nothing, { id }) => {
      void client.invalidateQueries({ queryKey: noteKeys.detail(id) });
      void client.invalidateQueries({ queryKey: noteKeys.lists() });
    },
    onError: (error, { id }) => learnFromError(client, id, error),
  });
}
