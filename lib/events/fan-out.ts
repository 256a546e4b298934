// The one way note events travel from where they happen (a committed save, a presence change) to every open
// stream, of every instance. Route handlers and the notes repository only ever see this interface, so they do
// not know how far an event travels; this module alone picks the way, from the database in use:
//
// - SQLite (one instance): in-process. A save is delivered once its transaction has committed, so an event
//   goes out if and only if its save is in the database.
// - PostgreSQL (several instances): the database announces every change of a note with `NOTIFY` from a
//   trigger, in the statement that makes it (the migration "history_by_trigger"); PostgreSQL delivers it on
//   commit and drops it on rollback. Each instance holds one LISTEN connection (lib/db/listen.ts) whose
//   notifications it hands to its own subscribers, its own saves included. Never a connection per stream.
//   Payloads carry ids, versions and short fields only (NOTIFY holds under 8000 bytes; a title is at most 500
//   characters, a name 64): never a note's body.
import type { NoteChangeEvent, NoteEvent, PresenceState } from "./note-events";

export type Listener = (event: NoteEvent) => void;

/** A presence change of one tab, sent to every instance, each of which keeps the merged view. */
export type PresenceSignal =
  | { op: "report"; noteId: string; tabId: string; handle: string; name: string; state: PresenceState }
  | { op: "leave"; noteId: string; tabId: string };

export interface EventFanOut {
  /** After the write that made `event` committed (where the database does not announce it itself). */
  committed(event: NoteChangeEvent): void;
  /** A presence change of a tab that talks to this instance, for every instance (ephemeral: no transaction). */
  signalPresence(signal: PresenceSignal): void;
  /** Where presence signals of every instance (this one's included) arrive. One handler. */
  onPresence(handler: (signal: PresenceSignal) => void): void;
  /** To this instance's subscribers only: what every instance does with an event that reached it. */
  deliver(event: NoteEvent): void;
  /** Every note's events, or only `noteId`'s. Returns the unsubscribe function; calling it twice is harmless. */
  subscribe(listener: Listener, noteId?: string): () => void;
  /** How many subscribers this instance holds (for tests and health). */
  subscriberCount(): number;
  /** Whether events from other instances reach this one now (false while the LISTEN connection is down). */
  connected(): boolean;
}

/** This instance's subscribers. */
export function localSubscribers() {
  // Each note's subscribers apart, so that a save walks the streams of its note (and of the list), not every
  // stream the instance holds: a thousand streams open on other notes cost a save nothing.
  const ofEveryNote = new Set<Listener>();
  const byNote = new Map<string, Set<Listener>>();
  let count = 0;
  return {
    deliver(event: NoteEvent) {
      // A copy: a listener that unsubscribes (its stream closed) while we deliver must not skip the next one.
      for (const listener of [...ofEveryNote, ...(byNote.get(event.noteId) ?? [])]) {
        try {
          listener(event);
        } catch (error) {
          // One broken stream must not keep the event from the others, nor fail the save that published it.
          console.error("a note event listener failed", error);
        }
      }
    },
    subscribe(listener: Listener, noteId?: string) {
      // Wrapped, so the same function subscribed twice is two subscriptions, each removed once.
      const own: Listener = (event) => listener(event);
      let set = noteId === undefined ? ofEveryNote : byNote.get(noteId);
      if (!set) byNote.set(noteId!, (set = new Set()));
      const listeners = set;
      listeners.add(own);
      count++;
      return () => {
        if (!listeners.delete(own)) return;
        count--;
        if (noteId !== undefined && listeners.size === 0) byNote.delete(noteId);
      };
    },
    subscriberCount: () => count,
  };
}

export function inProcessFanOut(): EventFanOut {
  const local = localSubscribers();
  let presenceHandler: (signal: PresenceSignal) => void = () => {};
  return {
    ...local,
    committed: (event) => local.deliver(event),
    signalPresence: (signal) => presenceHandler(signal),
    onPresence: (handler) => void (presenceHandler = handler),
    connected: () => true,
  };
}
