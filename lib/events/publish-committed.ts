// The notes repository's calls into live events. Inside a write's transaction it stages the event that write
// makes (on PostgreSQL a NOTIFY, delivered only if the transaction commits); once the transaction has
// committed it hands the result over (in-process delivery). A write that changed nothing (unchanged, or lost
// its compare-and-swap) announces nothing, and a write that failed never commits, so an event is published if
// and only if its save is in the database.
import type { SqlQueryable } from "@/lib/db/sql";
import { noteEvents } from "./note-fan-out";
import { saveEventOf, type DeleteEvent } from "./note-events";

type NoteLike = { id: string; version: number; title: string; updatedBy: string; updatedAt: Date };
type WriteOutcome = { kind: string; note?: NoteLike; recreated?: boolean };
type Tombstone = { id: string; version: number; deletedBy: string; deletedAt: Date };

const saveEventFor = (note: NoteLike, recreated: boolean | undefined) => saveEventOf(note, recreated ? "recreate" : "save");
const deleteEventOf = (note: Tombstone): DeleteEvent => ({
  type: "delete", noteId: note.id, version: note.version, by: note.deletedBy, at: note.deletedAt.toISOString(),
});

/** In the transaction that made `note` (a save, a create or a re-create). */
export async function stageSaved(tx: SqlQueryable, note: NoteLike, recreated?: boolean): Promise<void> {
  await noteEvents.stage(tx, saveEventFor(note, recreated));
}

/** In the transaction that left the tombstone. */
export async function stageDeleted(tx: SqlQueryable, note: Tombstone): Promise<void> {
  await noteEvents.stage(tx, deleteEventOf(note));
}

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
