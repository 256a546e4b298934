// Who else has this note open, as the presence line shows it. Two sources, merged: the server's list (every
// browser, seconds late at worst) and this browser's other tabs over BroadcastChannel (at once). A tab of
// this browser is "your other tab", whatever name it saves under. Pure, so every sentence is tested as a table.
import type { PresenceEntry, PresenceState } from "@/lib/events/note-events";

/** Another tab of this browser, as it last said over BroadcastChannel. */
export type LocalPeer = { tabId: string; name: string; state: PresenceState };

export type PresencePerson = {
  tabId: string;
  name: string;
  state: PresenceState;
  /** A tab of this browser (told over BroadcastChannel): "your other tab". */
  sameBrowser: boolean;
};

/** Everyone but this tab, editors first, then by name; a tab this browser knows of speaks for itself. */
export function othersOnNote(server: PresenceEntry[], local: LocalPeer[], selfTabId: string | null): PresencePerson[] {
  const people = new Map<string, PresencePerson>();
  for (const entry of server) people.set(entry.tabId, { tabId: entry.tabId, name: entry.name, state: entry.state, sameBrowser: false });
  // The other tab's own word is newer than the server's relay of it.
  for (const peer of local) people.set(peer.tabId, { ...peer, sameBrowser: true });
  if (selfTabId) people.delete(selfTabId);
  return [...people.values()].sort((a, b) =>
    Number(b.state === "editing") - Number(a.state === "editing") || a.name.localeCompare(b.name) || a.tabId.localeCompare(b.tabId));
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
