// Where drafts live in the browser. Each editor's draft is written to sessionStorage (a reload of the tab gets
// it back) and copied to localStorage under the same key (when the tab is closed, another tab can offer it back).
// Keys carry the editor's session id, so two tabs, or the two people of the demo page, never share a draft.
//
// React reads drafts through `useSyncExternalStore`: the store is the single source of truth for what the
// person typed, there is no copy in component state to keep in sync.
import { useSyncExternalStore } from "react";
import { afterReload, DRAFT_PREFIX, draftKey, parseDraft, serializeDraft, type Draft } from "./drafts";
import { onTabDuplicated } from "./tab-session";

const listeners = new Set<() => void>();
const own = new Map<string, Draft | null>();
const mirrored = new Map<string, Draft[]>();
/** Every draft copy in this browser, across notes (for the list of notes); null until read, or when stale. */
let everyDraft: Draft[] | null = null;
const pending = new Map<string, Draft | null>();
let flushTimer: number | null = null;
let storageProblem = false;

/** Drafts up to this size are written at every keystroke; larger ones shortly after typing pauses. */
const SYNC_WRITE_LIMIT = 100_000;
const WRITE_DELAY_MS = 250;

function emit() {
  for (const listener of listeners) listener();
}

function store(kind: "session" | "local"): Storage | null {
  try {
    return kind === "session" ? window.sessionStorage : window.localStorage;
  } catch {
    return null;
  }
}

/** Writes a draft; if it does not fit, writes it without its base text (the merge then reads the base from history). */
function writeTo(storage: Storage | null, key: string, draft: Draft | null): boolean {
  if (!storage) return false;
  try {
    if (draft) storage.setItem(key, serializeDraft(draft));
    else storage.removeItem(key);
    return true;
  } catch {
    if (!draft) return false;
    try {
      storage.setItem(key, serializeDraft(draft, false));
      return true;
    } catch {
      return false;
    }
  }
}

function persist(key: string, draft: Draft | null) {
  const okSession = writeTo(store("session"), key, draft);
  const okLocal = writeTo(store("local"), key, draft);
  const problem = !okSession || !okLocal;
  if (problem !== storageProblem) {
    storageProblem = problem;
    emit();
  }
}

export function flushDrafts() {
  if (flushTimer !== null) window.clearTimeout(flushTimer);
  flushTimer = null;
  for (const [key, draft] of pending) persist(key, draft);
  pending.clear();
}

let started = false;
function start() {
  if (started || typeof window === "undefined") return;
  started = true;
  window.addEventListener("pagehide", flushDrafts);
  window.addEventListener("storage", (event) => {
    // Another tab wrote or removed a draft: the lists of other tabs' drafts may have changed.
    if (event.key === null || event.key.startsWith(DRAFT_PREFIX)) {
      mirrored.clear();
      everyDraft = null;
      emit();
    }
  });
  onTabDuplicated((oldId, newId) => {
    // The browser copied the original tab's drafts into this one: from now on they are this tab's own copies.
    const session = store("session");
    if (!session) return;
    for (const key of Object.keys(session)) {
      const draft = key.startsWith(DRAFT_PREFIX) ? parseDraft(session.getItem(key)) : null;
      if (!draft || (draft.tabId !== oldId)) continue;
      const sessionId = newId + draft.sessionId.slice(oldId.length);
      const moved: Draft = { ...draft, sessionId, tabId: newId };
      session.removeItem(key);
      own.delete(key);
      persist(draftKey(sessionId, draft.noteId), moved);
    }
    mirrored.clear();
    everyDraft = null;
    emit();
  });
}

function subscribe(listener: () => void) {
  start();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function readDraft(sessionId: string, noteId: string): Draft | null {
  const key = draftKey(sessionId, noteId);
  if (own.has(key)) return own.get(key) ?? null;
  // The first read since the page loaded: a decision left pending before a reload is shown again.
  const draft = afterReload(parseDraft(store("session")?.getItem(key) ?? null));
  own.set(key, draft);
  return draft;
}

/** Replaces this editor's draft of a note (null removes it, here and in the copy other tabs can see). */
export function writeDraft(sessionId: string, noteId: string, draft: Draft | null) {
  start();
  const key = draftKey(sessionId, noteId);
  own.set(key, draft);
  // Keep the list of this browser's drafts current without reading storage again (other editors on this
  // page, like the demo's second person, show who else is typing).
  const list = mirrored.get(noteId);
  if (list) mirrored.set(noteId, [...list.filter((d) => d.sessionId !== sessionId), ...(draft ? [draft] : [])]);
  everyDraft = null;
  const size = draft ? draft.body.length + (draft.base.body?.length ?? 0) : 0;
  if (size <= SYNC_WRITE_LIMIT) {
    pending.delete(key);
    persist(key, draft);
  } else {
    pending.set(key, draft);
    if (flushTimer !== null) window.clearTimeout(flushTimer);
    flushTimer = window.setTimeout(flushDrafts, WRITE_DELAY_MS);
  }
  emit();
}

export function updateDraft(sessionId: string, noteId: string, update: (draft: Draft | null) => Draft | null) {
  writeDraft(sessionId, noteId, update(readDraft(sessionId, noteId)));
}

/** The copies of every editor's draft of this note in this browser (from localStorage). */
function readMirrored(noteId: string): Draft[] {
  const cached = mirrored.get(noteId);
  if (cached) return cached;
  const local = store("local");
  const drafts: Draft[] = [];
  if (local) {
    for (let i = 0; i < local.length; i++) {
      const key = local.key(i);
      if (!key?.startsWith(DRAFT_PREFIX) || !key.endsWith(`:${noteId}`)) continue;
      const draft = parseDraft(local.getItem(key));
      if (draft && draft.noteId === noteId) drafts.push(draft);
    }
  }
  mirrored.set(noteId, drafts);
  return drafts;
}

/** Removes another editor's copy: it was taken over, or the person let it go. */
export function removeMirroredDraft(sessionId: string, noteId: string) {
  try {
    store("local")?.removeItem(draftKey(sessionId, noteId));
  } catch {
    /* nothing to do */
  }
  mirrored.delete(noteId);
  everyDraft = null;
  emit();
}

/** Every draft copy kept in this browser's localStorage, of any note, by any tab. */
function readEveryDraft(): Draft[] {
  if (everyDraft) return everyDraft;
  const local = store("local");
  const drafts: Draft[] = [];
  if (local) {
    for (let i = 0; i < local.length; i++) {
      const key = local.key(i);
      if (!key?.startsWith(DRAFT_PREFIX)) continue;
      const draft = parseDraft(local.getItem(key));
      if (draft) drafts.push(draft);
    }
  }
  everyDraft = drafts;
  return drafts;
}

const NO_DRAFTS: Draft[] = [];

export function useDraft(sessionId: string | null, noteId: string): Draft | null {
  return useSyncExternalStore(
    subscribe,
    () => (sessionId ? readDraft(sessionId, noteId) : null),
    () => null,
  );
}

export function useMirroredDrafts(noteId: string): Draft[] {
  return useSyncExternalStore(subscribe, () => readMirrored(noteId), () => NO_DRAFTS);
}

export function useEveryDraft(): Draft[] {
  return useSyncExternalStore(subscribe, readEveryDraft, () => NO_DRAFTS);
}

/** True when the last write of a draft did not fit in this browser's storage. */
export function useDraftStorageProblem(): boolean {
  return useSyncExternalStore(subscribe, () => storageProblem, () => false);
}
