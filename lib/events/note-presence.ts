// This instance's presence: the store of presence.ts, announcing through the note fan-out, swept on a timer
// that only runs while someone is present (an idle server keeps no timer alive).
import { noteEvents } from "./fan-out";
import { presenceStore, SWEEP_EVERY_MS, type PresenceReport, type PresenceStore } from "./presence";

type NotePresence = {
  store: PresenceStore;
  report(report: PresenceReport): void;
  leave(noteId: string, tabId: string): void;
};

function notePresence(): NotePresence {
  const store = presenceStore((event) => noteEvents.publish(event));
  let timer: ReturnType<typeof setInterval> | null = null;
  const sweepWhileNeeded = () => {
    store.sweep();
    if (store.size() === 0 && timer) {
      clearInterval(timer);
      timer = null;
    }
  };
  return {
    store,
    report(report) {
      store.report(report);
      if (!timer) {
        timer = setInterval(sweepWhileNeeded, SWEEP_EVERY_MS);
        timer.unref?.();
      }
    },
    leave: (noteId, tabId) => store.leave(noteId, tabId),
  };
}

// One per process, shared by every route bundle (see fan-out.ts).
const globalForPresence = globalThis as typeof globalThis & { notePresence?: NotePresence };
export const presence: NotePresence = (globalForPresence.notePresence ??= notePresence());
