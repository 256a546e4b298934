"use client";
// What an editor does to the page around it: the save shortcut, the warning before leaving unsaved text, and
// the browser tab's title. Each is one effect on something outside React.
import { useEffect, useEffectEvent } from "react";

export function isSaveShortcut(event: KeyboardEvent | React.KeyboardEvent) {
  return (event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === "s";
}

/** Ctrl/Cmd+S anywhere on the page saves (when `enabled`: the page's one editor, not a demo pane). */
export function useWindowSaveShortcut(enabled: boolean, save: () => void) {
  const onKey = useEffectEvent((event: KeyboardEvent) => {
    if (!isSaveShortcut(event) || event.defaultPrevented) return;
    event.preventDefault();
    save();
  });
  useEffect(() => {
    if (!enabled) return;
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [enabled]);
}

/** Closing the tab with unsaved text asks first. (The draft would survive in this browser anyway.) */
export function useLeaveWarning(active: boolean) {
  useEffect(() => {
    if (!active) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = "";
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [active]);
}

/** What leaving an unsaved new note by one of the app's own links asks (the browser asks on unload itself). */
export const LEAVE_NEW_NOTE_QUESTION =
  "Leave this new note? It is not saved yet. Its draft stays in this browser, listed with your notes as an unsaved new note.";

/**
 * The app's own links navigate without unloading the page, so `beforeunload` never asks: while `active`, a
 * click on a link to another page of this site asks first, as the browser would. Capturing, and before
 * Next.js's Link (which leaves a click whose default was prevented alone).
 */
export function useInAppLeaveWarning(active: boolean, question = LEAVE_NEW_NOTE_QUESTION) {
  useEffect(() => {
    if (!active) return;
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = event.target instanceof Element ? event.target.closest("a[href]") : null;
      if (!(link instanceof HTMLAnchorElement) || (link.target && link.target !== "_self") || link.hasAttribute("download")) return;
      const to = new URL(link.href, window.location.href);
      if (to.origin !== window.location.origin) return;
      if (to.pathname === window.location.pathname && to.search === window.location.search) return;
      if (!window.confirm(question)) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    document.addEventListener("click", onClick, true);
    return () => document.removeEventListener("click", onClick, true);
  }, [active, question]);
}

export const SITE_NAME = "Midair Notes";

/** The tab's title follows the note's title as it is written or saved (null: leave the page's title alone). */
export function useDocumentTitle(title: string | null) {
  useEffect(() => {
    if (title !== null) document.title = `${title} · ${SITE_NAME}`;
  }, [title]);
}
