// The notes repository's call into live events, once a write has committed: it hands the result over to this
// process's fan-out (delivered in process on SQLite; on PostgreSQL the database itself announced the change,
// see fan-out.ts). A write that changed nothing (unchanged, or lost its compare-and-swap) announces nothing,
// and a write that failed never commits, so an event is published if and only if its save is in the database.
import "server-only";
import { noteEvents } from "./note-fan-out";
import { saveEventOf, type DeleteEvent } from "./note-events";

type NoteLike = { id: string; version: number; title: string; updatedBy: string; updatedAt: Date };
type WriteOutcome = { kind: string; note?: NoteLike; recreated?: boolean };
type Tombstone = { id: string; version: number; deletedBy: string; deletedAt: Date };

const saveEventFor = (note: NoteLike, recreated: boolean | undefined) => saveEventOf(note, recreated ? "recreate" : "save");
const deleteEventOf = (note: Tombstone): DeleteEvent => ({
  type: "delete", noteId: note.id, version: note.version, by: note.deletedBy, at: note.deletedAt.toISOString(),
});

/** Passes the committed result through unchanged, publishing the save or re-create it made, if any. */
export function publishCommitted<Result extends WriteOutcome>(result: Result): Result {
  if ((result.kind === "saved" || result.kind === "created") && result.note) {
    noteEvents.committed(saveEventFor(result.note, result.recreated));
  }
  return result;
}

export function publishDeleted(note: Tombstone): void {
  noteEvents.committed(deleteEventOf(note));
}
