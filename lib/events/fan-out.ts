// The one way note events travel from where they happen (a committed save, a presence change) to every open
// stream. Route handlers only ever see this interface, so they do not know how far an event travels.
//
// Now: in-process. One instance holds every stream, and a save is published after its transaction has
// committed, so an event goes out if and only if its save is in the database.
// Later, with several instances on PostgreSQL: `publish` becomes `NOTIFY notes, <event>` sent inside the
// save's transaction (PostgreSQL delivers it on commit and drops it on rollback), and each instance holds one
// `LISTEN notes` connection whose notifications it hands to its local subscribers exactly as `publish` does
// here. Subscribers stay per instance; never one database connection per stream.
import type { NoteEvent } from "./note-events";

export type Listener = (event: NoteEvent) => void;

export interface EventFanOut {
  /** Delivers to every subscriber (of every instance). Call only once the change is committed. */
  publish(event: NoteEvent): void;
  /** Returns the unsubscribe function; calling it twice is harmless. */
  subscribe(listener: Listener): () => void;
  /** How many subscribers this instance holds (for tests and health). */
  subscriberCount(): number;
}

export function inProcessFanOut(): EventFanOut {
  const listeners = new Set<Listener>();
  return {
    publish(event) {
      // A copy: a listener that unsubscribes (its stream closed) while we deliver must not skip the next one.
      for (const listener of [...listeners]) {
        try {
          listener(event);
        } catch (error) {
          // One broken stream must not keep the event from the others, nor fail the save that published it.
          console.error("a note event listener failed", error);
        }
      }
    },
    subscribe(listener) {
      // Wrapped, so the same function subscribed twice is two subscriptions, each removed once.
      const own: Listener = (event) => listener(event);
      listeners.add(own);
      return () => void listeners.delete(own);
    },
    subscriberCount: () => listeners.size,
  };
}

// One per process. Next.js may load a module once per route bundle, so the instance lives on globalThis:
// a save in the notes route and a stream in the events route must meet in the same fan-out.
const globalForEvents = globalThis as typeof globalThis & { noteEvents?: EventFanOut };
export const noteEvents: EventFanOut = (globalForEvents.noteEvents ??= inProcessFanOut());
