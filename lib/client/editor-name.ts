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

// What the API refuses in a name (lib/api/editor-name.ts): controls and line breaks become spaces; the
// bidirectional overrides and isolates that could make a name read as someone else's are dropped.
const CONTROLS = /[\p{Cc}\u2028\u2029]/gu;
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;
// A name of only these would look like no name at all: the API refuses it.
const INVISIBLE = /[\p{Cf}\p{Z}\s]/gu;

function cleaned(input: string): string {
  return input.replace(CONTROLS, " ").replace(BIDI_CONTROLS, "").replace(/\s+/g, " ").trim();
}

/** The length as the API counts it: code points, so an emoji is one character. */
export function editorNameLength(input: string): number {
  return Array.from(cleaned(input)).length;
}

/**
 * The name as the API accepts it (1-64 characters, no control or direction characters), or null when nothing
 * usable is left. Whitespace runs become one space; a longer name is cut at 64 code points.
 */
export function normalizeEditorName(input: string): string | null {
  const name = cleaned(input);
  if (name.replace(INVISIBLE, "") === "") return null;
  const chars = Array.from(name);
  return chars.length > MAX_EDITOR_NAME_LENGTH ? chars.slice(0, MAX_EDITOR_NAME_LENGTH).join("").trim() : name;
}

/** Why a name typed in the name field cannot be used as it is, or null when it can. */
export function editorNameProblem(input: string): string | null {
  if (normalizeEditorName(input) === null) return "Type a name others will see next to your saves.";
  const length = editorNameLength(input);
  if (length > MAX_EDITOR_NAME_LENGTH) {
    return `A name can have up to ${MAX_EDITOR_NAME_LENGTH} characters; this one has ${length}.`;
  }
  return null;
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
