// Who has which note open, and whether they hold unsaved changes. Ephemeral and small on purpose: it lives in
// memory, is rebuilt by the tabs' heartbeats after a restart, and never touches a note's version or ETag.
//
// A tab reports itself every HEARTBEAT_MS; one not heard from for EXPIRE_AFTER_MS is dropped (a tab that
// vanished without saying goodbye: a crash, a lost network), so it disappears within EXPIRE_AFTER_MS plus one
// sweep. A tab that closes cleanly says so and disappears at once.
//
// Across instances (later): each instance publishes every change of its own tabs' presence through the
// fan-out (NOTIFY), with the tab's expiry time; every instance keeps the merged map of all instances' tabs and
// applies the same expiry, so a tab whose instance died also disappears within EXPIRE_AFTER_MS.
import type { PresenceEntry, PresenceEvent, PresenceState } from "./note-events";

export const HEARTBEAT_MS = 10_000;
/**
 * At most this many tabs are present on one note. Everyone on the note receives the whole list on each change,
 * so without a cap one client inventing thousands of tab ids makes every subscriber receive millions of
 * entries; a real note has a few people with a few tabs each.
 */
export const MAX_TABS_PER_NOTE = 50;
export const EXPIRE_AFTER_MS = 25_000;
export const SWEEP_EVERY_MS = 2_500;

type Tab = PresenceEntry & { tabId: string; seenAt: number };

/** A tab's report: its id (kept here, never sent to others) and its handle (what others see). */
export type PresenceReport = { noteId: string; tabId: string; handle: string; name: string; state: PresenceState };

export type PresenceStore = {
  /** A tab's heartbeat or change. Publishes only when something others can see changed. */
  report(report: PresenceReport): void;
  /** Whether a report of this tab would be taken: a tab already present, or room for a new one. */
  hasRoomFor(noteId: string, tabId: string): boolean;
  /** A tab closed the note. */
  leave(noteId: string, tabId: string): void;
  /** Drops the tabs not heard from in time. */
  sweep(): void;
  present(noteId: string): PresenceEntry[];
  /** How many tabs are present on all notes. */
  size(): number;
};

export function presenceStore(publish: (event: PresenceEvent) => void, now: () => number = Date.now): PresenceStore {
  const notes = new Map<string, Map<string, Tab>>();

  const present = (noteId: string): PresenceEntry[] =>
    [...(notes.get(noteId)?.values() ?? [])]
      .sort((a, b) => a.since.localeCompare(b.since) || a.tab.localeCompare(b.tab))
      .map(({ tab, name, state, since }) => ({ tab, name, state, since }));
  const announce = (noteId: string) => publish({ type: "presence", noteId, present: present(noteId) });

  const hasRoomFor = (noteId: string, tabId: string) => {
    const tabs = notes.get(noteId);
    return !tabs || tabs.has(tabId) || tabs.size < MAX_TABS_PER_NOTE;
  };

  return {
    hasRoomFor,
    report({ noteId, tabId, handle, name, state }) {
      // Every instance applies every signal: the cap holds here too, whoever let the report through.
      if (!hasRoomFor(noteId, tabId)) return;
      const tabs = notes.get(noteId) ?? new Map<string, Tab>();
      notes.set(noteId, tabs);
      const before = tabs.get(tabId);
      const since = before?.since ?? new Date(now()).toISOString();
      tabs.set(tabId, { tabId, tab: handle, name, state, since, seenAt: now() });
      if (!before || before.name !== name || before.state !== state) announce(noteId);
    },
    leave(noteId, tabId) {
      const tabs = notes.get(noteId);
      if (!tabs?.delete(tabId)) return;
      if (tabs.size === 0) notes.delete(noteId);
      announce(noteId);
    },
    sweep() {
      const oldest = now() - EXPIRE_AFTER_MS;
      for (const [noteId, tabs] of notes) {
        let changed = false;
        for (const [tabId, tab] of tabs) {
          if (tab.seenAt < oldest) changed = tabs.delete(tabId) || changed;
        }
        if (tabs.size === 0) notes.delete(noteId);
        if (changed) announce(noteId);
      }
    },
    present,
    size: () => [...notes.values()].reduce((sum, tabs) => sum + tabs.size, 0),
  };
}
