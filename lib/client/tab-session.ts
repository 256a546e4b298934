// Which tab this is. Drafts are keyed by tab, so two tabs never overwrite each other's text, and a draft left
// behind by a tab that was closed can be told apart from one that another open tab is still working on.
//
// The id lives in sessionStorage, so it survives a reload of the tab. Browsers copy sessionStorage when a tab
// is duplicated, so each tab also holds a Web Lock named after its id for as long as it lives: a tab that
// cannot take the lock of its stored id is a duplicate and takes a new id (keeping a copy of the drafts).
// The same locks tell which tab ids are alive.
import { useSyncExternalStore } from "react";

const KEY = "midair:tab-id";
const LOCK_PREFIX = "midair-tab:";

const listeners = new Set<() => void>();
let tabId: string | null = null;
/** `known` stays false until the browser has answered once, so no open tab's draft is mistaken for a lost one. */
export type LiveTabs = { known: boolean; ids: ReadonlySet<string> };
let liveTabs: LiveTabs = { known: false, ids: new Set() };
let started = false;

function emit() {
  for (const listener of listeners) listener();
}

export function newTabId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

function readTabId(): string {
  if (tabId) return tabId;
  try {
    tabId = sessionStorage.getItem(KEY);
  } catch {
    tabId = null;
  }
  if (!tabId || !/^[0-9a-f]{16}$/.test(tabId)) {
    tabId = newTabId();
    try {
      sessionStorage.setItem(KEY, tabId);
    } catch {
      /* storage disabled: the id lives as long as the page */
    }
  }
  return tabId;
}

type DuplicateHandler = (oldId: string, newId: string) => void;
const duplicateHandlers = new Set<DuplicateHandler>();

/** Called when this tab turns out to be a copy of another open tab and has taken a new id. */
export function onTabDuplicated(handler: DuplicateHandler): () => void {
  duplicateHandlers.add(handler);
  return () => duplicateHandlers.delete(handler);
}

function holdLock(id: string, onTaken: () => void) {
  const locks = navigator.locks;
  void locks.request(LOCK_PREFIX + id, { ifAvailable: true }, (lock) => {
    if (!lock) {
      onTaken();
      return undefined;
    }
    // Held until the page goes away.
    return new Promise<void>(() => {});
  });
}

export async function refreshLiveTabs(): Promise<void> {
  if (typeof navigator === "undefined" || !navigator.locks) return;
  const snapshot = await navigator.locks.query();
  const ids = new Set<string>();
  for (const lock of [...(snapshot.held ?? []), ...(snapshot.pending ?? [])]) {
    if (lock.name?.startsWith(LOCK_PREFIX)) ids.add(lock.name.slice(LOCK_PREFIX.length));
  }
  const changed = !liveTabs.known || ids.size !== liveTabs.ids.size || [...ids].some((id) => !liveTabs.ids.has(id));
  if (changed) {
    liveTabs = { known: true, ids };
    emit();
  }
}

function start() {
  if (started || typeof window === "undefined") return;
  started = true;
  if (!navigator.locks) {
    // Without Web Locks the browser cannot say which tabs are open: every other tab's draft is offered.
    liveTabs = { known: true, ids: new Set() };
    return;
  }
  const claim = (id: string) =>
    holdLock(id, () => {
      // Another open tab owns this id: this tab is its duplicate and becomes a tab of its own.
      const fresh = newTabId();
      tabId = fresh;
      try {
        sessionStorage.setItem(KEY, fresh);
      } catch {
        /* see readTabId */
      }
      for (const handler of duplicateHandlers) handler(id, fresh);
      emit();
      claim(fresh);
    });
  claim(readTabId());
  void refreshLiveTabs();
  const refresh = () => void refreshLiveTabs();
  window.addEventListener("focus", refresh);
  window.addEventListener("storage", refresh);
  window.setInterval(refresh, 5000);
}

function subscribe(listener: () => void) {
  start();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** This tab's id; null on the server. */
export function useTabId(): string | null {
  return useSyncExternalStore(subscribe, readTabId, () => null);
}

const UNKNOWN: LiveTabs = { known: false, ids: new Set() };

/** The ids of the tabs of this browser that are open now (including this one). */
export function useLiveTabs(): LiveTabs {
  return useSyncExternalStore(subscribe, () => liveTabs, () => UNKNOWN);
}
