"use client";
import { useMemo } from "react";
import { useEditorName } from "@/lib/client/editor-name";
import { useTabId } from "@/lib/client/tab-session";

/** Who is editing: the name saves are made under, and the session the drafts are kept for. */
export type EditorIdentity = {
  /** Drafts are keyed by this: the tab id, or the tab id and a person on the demo page. */
  sessionId: string;
  tabId: string;
  name: string;
};

/** This tab as one person. Null while rendering on the server, where there is no tab yet. */
export function useTabIdentity(): EditorIdentity | null {
  const tabId = useTabId();
  const name = useEditorName();
  return useMemo(() => (tabId && name ? { sessionId: tabId, tabId, name } : null), [tabId, name]);
}

/** One person of the demo page, inside this tab. */
export function useDemoIdentity(person: string): EditorIdentity | null {
  const tabId = useTabId();
  return useMemo(
    () => (tabId ? { sessionId: `${tabId}~${person.toLowerCase()}`, tabId, name: person } : null),
    [tabId, person],
  );
}
