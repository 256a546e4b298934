// The display name this tab saves under. It is kept per tab (sessionStorage), so two tabs of one browser are
// two people, and sent as `Editor-Name` with every write.
import { useSyncExternalStore } from "react";
import { onTabDuplicated } from "./tab-session";

const ADJECTIVES = [
  "Curious", "Brave", "Calm", "Clever", "Gentle", "Happy", "Jolly", "Kind", "Lively", "Merry",
  "Nimble", "Patient", "Quiet", "Sunny", "Swift", "Tidy", "Witty", "Bright", "Cosy", "Daring",
];
const ANIMALS = [
  "Otter", "Badger", "Heron", "Fox", "Panda", "Lynx", "Owl", "Puffin", "Koala", "Beaver",
  "Falcon", "Hedgehog", "Marten", "Robin", "Seal", "Tapir", "Wombat", "Yak", "Gecko", "Ibex",
];

/** A friendly name such as "Curious Otter". `random` returns numbers in [0, 1). */
export function randomEditorName(random: () => number = Math.random): string {
  const pick = (words: string[]) => words[Math.floor(random() * words.length)] ?? words[0]!;
  return `${pick(ADJECTIVES)} ${pick(ANIMALS)}`;
}

export const MAX_EDITOR_NAME_LENGTH = 64;

/**
 * The name as the API accepts it (1-64 characters, no control characters), or null when nothing usable is left.
 * Whitespace runs become one space; the length counts code points, so an emoji is one character.
 */
export function normalizeEditorName(input: string): string | null {
  const cleaned = input.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, " ").replace(/\s+/g, " ").trim();
  if (!cleaned) return null;
  const chars = Array.from(cleaned);
  return chars.length > MAX_EDITOR_NAME_LENGTH ? chars.slice(0, MAX_EDITOR_NAME_LENGTH).join("").trim() : cleaned;
}

const KEY = "midair:editor-name";
const listeners = new Set<() => void>();
let cached: string | null = null;

function readName(): string {
  if (cached) return cached;
  let stored: string | null = null;
  try {
    stored = sessionStorage.getItem(KEY);
  } catch {
    // Storage can be disabled; the tab then keeps a name in memory only.
  }
  cached = (stored && normalizeEditorName(stored)) || randomEditorName();
  try {
    sessionStorage.setItem(KEY, cached);
  } catch {
    /* see above */
  }
  return cached;
}

export function setEditorName(input: string): string | null {
  const name = normalizeEditorName(input);
  if (!name) return null;
  cached = name;
  try {
    sessionStorage.setItem(KEY, name);
  } catch {
    /* see above */
  }
  for (const listener of listeners) listener();
  return name;
}

/** Forget the stored name: used when a duplicated tab must become a different person. */
export function renewEditorName(): void {
  cached = null;
  try {
    sessionStorage.removeItem(KEY);
  } catch {
    /* see above */
  }
  for (const listener of listeners) listener();
}

let watching = false;

function subscribe(listener: () => void) {
  if (!watching) {
    watching = true;
    // A duplicated tab is a second person: it gets a name of its own.
    onTabDuplicated(() => renewEditorName());
  }
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** This tab's name; null while rendering on the server, where there is no tab. */
export function useEditorName(): string | null {
  return useSyncExternalStore(subscribe, readName, () => null);
}
