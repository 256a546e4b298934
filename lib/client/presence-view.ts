// Who else has this note open, as the presence line shows it. Two sources, merged: the server's list (every
// browser, seconds late at worst) and this browser's other tabs over BroadcastChannel (at once). A tab of
// this browser is "your other tab", whatever name it saves under. Pure, so every sentence is tested as a table.
import type { PresenceEntry, PresenceState } from "@/lib/events/note-events";

/** Another tab of this browser, as it last said over BroadcastChannel, with the handle others know it by. */
export type LocalPeer = { tab: string; name: string; state: PresenceState };

export type PresencePerson = {
  /** The tab's handle (lib/events/tab-handle.ts): the server never names a tab by its id. */
  tab: string;
  name: string;
  state: PresenceState;
  /** A tab of this browser (told over BroadcastChannel): "your other tab". */
  sameBrowser: boolean;
};

/**
 * Everyone but this tab (known by its handle), editors first, then by name; a tab this browser knows of speaks
 * for itself.
 */
export function othersOnNote(server: PresenceEntry[], local: LocalPeer[], selfHandle: string | null): PresencePerson[] {
  const people = new Map<string, PresencePerson>();
  for (const entry of server) people.set(entry.tab, { tab: entry.tab, name: entry.name, state: entry.state, sameBrowser: false });
  // The other tab's own word is newer than the server's relay of it.
  for (const peer of local) people.set(peer.tab, { ...peer, sameBrowser: true });
  if (selfHandle) people.delete(selfHandle);
  return [...people.values()].sort((a, b) =>
    Number(b.state === "editing") - Number(a.state === "editing") || a.name.localeCompare(b.name) || a.tab.localeCompare(b.tab));
}

export function presenceSentence(person: PresencePerson): string {
  const doing = person.state === "editing" ? "editing" : "viewing";
  return person.sameBrowser ? `Your other tab (${person.name}) is ${doing} this` : `${person.name} is ${doing}`;
}

/** The first letter of a name, for its badge (a whole grapheme: an accent or emoji stays in one piece). */
export function initialOf(name: string): string {
  const first = new Intl.Segmenter(undefined, { granularity: "grapheme" }).segment(name.trim())[Symbol.iterator]().next();
  return first.done ? "?" : first.value.segment.toLocaleUpperCase();
}
