// The notes repository's one call into live events: it hands over the result of a write once its
// transaction has committed, and this decides what, if anything, to announce. A write that changed nothing
// (unchanged, or lost its compare-and-swap) announces nothing, and a write that failed never gets here, so an
// event is published if and only if its save is in the database.
import { noteEvents } from "./fan-out";
import { saveEventOf } from "./note-events";

type NoteLike = { id: string; version: number; title: string; updatedBy: string; updatedAt: Date };
type WriteOutcome = { kind: string; note?: NoteLike; recreated?: boolean };

/** Passes the committed result through unchanged, publishing a save or a re-create when it made one. */
export function publishCommitted<Result extends WriteOutcome>(result: Result): Result {
  if ((result.kind === "saved" || result.kind === "created") && result.note) {
    noteEvents.publish(saveEventOf(result.note, result.recreated ? "recreate" : "save"));
  }
  return result;
}

export function publishDeleted(note: { id: string; version: number; deletedBy: string; deletedAt: Date }): void {
  noteEvents.publish({
    type: "delete", noteId: note.id, version: note.version, by: note.deletedBy, at: note.deletedAt.toISOString(),
  });
}
