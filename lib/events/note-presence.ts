// This instance's view of presence: the store of presence.ts, fed by the presence signals of every instance
// (its own included) through the fan-out, announcing to this instance's streams, swept on a timer that only
// runs while someone is present (an idle server keeps no timer alive).
//
// Every instance applies the same signals to a store of its own, so each holds the merged view and applies the
// same expiry: heartbeats are forwarded too (they keep a tab alive everywhere), and a tab whose instance died
// stops beating and disappears everywhere within EXPIRE_AFTER_MS.
import "server-only";
import type { PresenceSignal } from "./fan-out";
import { noteEvents } from "./note-fan-out";
import { presenceStore, SWEEP_EVERY_MS, type PresenceReport, type PresenceStore } from "./presence";

type NotePresence = {
  store: PresenceStore;
  report(report: PresenceReport): void;
  leave(noteId: string, tabId: string): void;
};

function notePresence(): NotePresence {
  const store = presenceStore((event) => noteEvents.deliver(event));
  let timer: ReturnType<typeof setInterval> | null = null;
  const sweepWhileNeeded = () => {
    store.sweep();
    if (store.size() === 0 && timer) {
      clearInterval(timer);
      timer = null;
    }
  };
  const apply = (signal: PresenceSignal) => {
    if (signal.op === "leave") return store.leave(signal.noteId, signal.tabId);
    store.report(signal);
    if (!timer) {
      timer = setInterval(sweepWhileNeeded, SWEEP_EVERY_MS);
      timer.unref?.();
    }
  };
  noteEvents.onPresence(apply);
  return {
    store,
    report: ({ noteId, tabId, handle, name, state }) => noteEvents.signalPresence({ op: "report", noteId, tabId, handle, name, state }),
    leave: (noteId, tabId) => noteEvents.signalPresence({ op: "leave", noteId, tabId }),
  };
}

// One per process, shared by every route bundle (see note-fan-out.ts).
const globalForPresence = globalThis as typeof globalThis & { notePresence?: NotePresence };
export const presence: NotePresence = (globalForPresence.notePresence ??= notePresence());
