// Which saves this browser made, so that a collision with another tab of the same browser says "your other
// tab" rather than that tab's random name. Kept in localStorage (shared by every tab of the origin), as
// (note, version) -> the tab and the person that saved it; only the newest entries are kept.
import type { Change } from "./types";

const KEY = "midair:own-saves";
const KEEP = 200;

export type OwnSave = { note: string; version: number; tab: string; session: string };
export type Saver = { tabId: string; sessionId: string };

export const OTHER_TAB = "your other tab";

function read(): OwnSave[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(KEY) ?? "[]");
    return Array.isArray(parsed) ? (parsed as OwnSave[]).filter((entry) => entry && typeof entry.note === "string") : [];
  } catch {
    return [];
  }
}

/** Remembers that this tab (as this person) saved `version` of the note. */
export function recordOwnSave(note: string, version: number, saver: Saver): void {
  try {
    const entries = read().filter((entry) => !(entry.note === note && entry.version === version));
    entries.push({ note, version, tab: saver.tabId, session: saver.sessionId });
    localStorage.setItem(KEY, JSON.stringify(entries.slice(-KEEP)));
  } catch {
    /* storage full or disabled: the tab's name is shown instead */
  }
}

/** The saves of one note that this browser made. */
export function ownSavesOf(note: string): OwnSave[] {
  if (typeof localStorage === "undefined") return [];
  return read().filter((entry) => entry.note === note);
}

/** Another tab of this browser, named by the name it saved under, as presence names it: "your other tab (Ada)". */
export function otherTabName(author: string): string {
  return author ? `${OTHER_TAB} (${author})` : OTHER_TAB;
}

/** Whether a saver's name, as the dialog shows it, is one of this browser's other tabs. */
export function isOtherTabName(name: string): boolean {
  return name === OTHER_TAB || name.startsWith(`${OTHER_TAB} (`);
}

/**
 * How the dialog names whoever saved `change`: "your other tab (Ada)" when another tab of this browser saved
 * it (a person may have several tabs, each with a name); the name the save was made under otherwise (the
 * demo's people share one tab, and keep their names).
 */
export function saverName(change: Change, own: readonly OwnSave[], me: Saver): string {
  const entry = own.find((save) => save.version === change.version);
  return entry && entry.tab !== me.tabId ? otherTabName(change.author) : change.author;
}

/** The changes list with each save named as the dialog names it. */
export function nameSavers(changes: readonly Change[], own: readonly OwnSave[], me: Saver): Change[] {
  return changes.map((change) => ({ ...change, author: saverName(change, own, me) }));
}
