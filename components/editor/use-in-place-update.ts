"use client";
// Someone else's save reached a tab that holds no unsaved changes: the text on screen moves to the new version
// where it is, with the caret and the scroll kept (a controlled textarea given a new value would put the caret at
// the end and jump), and says so briefly: "Updated to Bob's version 5". The caret stays on the same words: text
// Bob inserted or removed before it moves it along. The tab's own saves say nothing here.
import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from "react";
import { offsetCarrier } from "@/lib/client/carry-offset";
import type { NoteWithEtag } from "@/lib/client/types";

const SHOWN_FOR_MS = 6_000;

type Place = { start: number; end: number; scrollTop: number; windowY: number; focused: boolean };

export function useInPlaceUpdate({
  shown,
  hasDraft,
  bodyRef,
  ownVersions,
}: {
  shown: NoteWithEtag | undefined;
  hasDraft: boolean;
  bodyRef: RefObject<HTMLTextAreaElement | null>;
  /** Versions this editor saved itself. */
  ownVersions: RefObject<Set<number>>;
}): string | null {
  const [notice, setNotice] = useState<string | null>(null);
  const place = useRef<Place | null>(null);
  const previous = useRef<number | null>(null);
  const previousBody = useRef<string | null>(null);

  // Where the person is in the text, kept as they move, so that it can be put back after a new value.
  useEffect(() => {
    const body = bodyRef.current;
    if (!body) return;
    const remember = () => {
      place.current = {
        start: body.selectionStart, end: body.selectionEnd, scrollTop: body.scrollTop, windowY: window.scrollY,
        focused: document.activeElement === body,
      };
    };
    const events = ["select", "keyup", "mouseup", "scroll", "focus", "blur", "input"] as const;
    for (const type of events) body.addEventListener(type, remember);
    window.addEventListener("scroll", remember, { passive: true });
    return () => {
      for (const type of events) body.removeEventListener(type, remember);
      window.removeEventListener("scroll", remember);
    };
  }, [bodyRef, shown !== undefined]); // eslint-disable-line react-hooks/exhaustive-deps -- the textarea appears with the note

  const version = shown?.note.version ?? null;
  const by = shown?.note.updatedBy ?? "";
  const text = shown?.note.body ?? null;
  useLayoutEffect(() => {
    const before = previous.current;
    const beforeText = previousBody.current;
    previous.current = version;
    previousBody.current = text;
    if (before === null || version === null || version <= before || hasDraft || ownVersions.current.has(version)) return;
    const body = bodyRef.current;
    const at = place.current;
    if (body && at) {
      const carry = beforeText !== null && text !== null ? offsetCarrier(beforeText, text) : (offset: number) => offset;
      body.setSelectionRange(Math.min(carry(at.start), body.value.length), Math.min(carry(at.end), body.value.length));
      body.scrollTop = at.scrollTop;
      if (at.focused && document.activeElement !== body) body.focus({ preventScroll: true });
      window.scrollTo({ top: at.windowY });
    }
    // A layout effect, so that the caret is back before the browser paints the new text.
    setNotice(`Updated to ${by}'s version ${version}`);
  }, [version, by, text, hasDraft, bodyRef, ownVersions]);

  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => setNotice(null), SHOWN_FOR_MS);
    return () => clearTimeout(timer);
  }, [notice]);

  return notice;
}
