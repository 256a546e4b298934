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

export const SITE_NAME = "Midair Notes";

/** The tab's title follows the note's title as it is written or saved (null: leave the page's title alone). */
export function useDocumentTitle(title: string | null) {
  useEffect(() => {
    if (title !== null) document.title = `${title} · ${SITE_NAME}`;
  }, [title]);
}
