"use client";
// Who else has this note open ("Bob is editing", "Carol is viewing"), and whether live updates are on. Other
// people wear the "theirs" colour of the merge dialog and the demo; this browser's own other tabs wear "mine".
// This tab reports itself too: viewing, or editing while its draft holds unsaved text.
import { useQuery } from "@tanstack/react-query";
import { hasUnsavedText, isLive } from "@/lib/client/drafts";
import { useDraft } from "@/lib/client/draft-store";
import { useOnline } from "@/lib/client/online";
import { useNotePresence } from "@/lib/client/presence";
import { initialOf, othersOnNote, presenceSentence, type PresencePerson } from "@/lib/client/presence-view";
import { noteOptions } from "@/lib/client/queries";
import type { LiveStatus, NoteEvents } from "@/lib/client/use-note-events";
import { GoneError } from "@/lib/client/errors";
import type { EditorIdentity } from "../editor/identity";

function Badge({ person }: { person: PresencePerson }) {
  const colour = person.sameBrowser ? "bg-mine-soft text-mine" : "bg-theirs-soft text-theirs";
  return (
    <span aria-hidden="true" className={`relative grid size-6 place-items-center rounded-full text-xs font-bold ${colour}`}>
      {initialOf(person.name)}
      {person.state === "editing" && (
        // Editing is also said in words; the dot only repeats it.
        <span className="absolute -right-0.5 -bottom-0.5 size-2.5 rounded-full border-2 border-surface bg-warn" />
      )}
    </span>
  );
}

// "offline" is the browser's word, not the stream's: an open stream may not notice a dead network for a long
// while, and "Live" must never be shown when nothing can arrive.
type ShownStatus = LiveStatus | "offline";

const LIVE_WORDS: Record<ShownStatus, string> = {
  connecting: "Connecting…",
  live: "Live",
  reconnecting: "Live updates paused, reconnecting",
  offline: "Offline: live updates resume when you are back online",
};

function LiveIndicator({ status }: { status: ShownStatus }) {
  const dot = status === "live" ? "bg-ok" : status === "reconnecting" ? "bg-warn animate-pulse" : "bg-line-strong";
  return (
    <span className="inline-flex items-center gap-1.5 text-xs text-muted">
      <span aria-hidden="true" className={`size-2 rounded-full ${dot}`} />
      {LIVE_WORDS[status]}
    </span>
  );
}

export function NotePresence({ noteId, identity, events }: { noteId: string; identity: EditorIdentity | null; events: NoteEvents }) {
  const online = useOnline();
  const query = useQuery(noteOptions(noteId));
  const shown = query.data;
  const exists = Boolean(shown) || query.error instanceof GoneError;
  const stored = useDraft(identity?.sessionId ?? null, noteId);
  const unsaved = isLive(stored, shown?.note) && hasUnsavedText(stored, shown?.note);

  const { peers: localPeers, selfHandle } = useNotePresence(
    identity && shown ? { noteId, tabId: identity.tabId, name: identity.name, state: unsaved ? "editing" : "viewing" } : null,
  );
  if (!exists) return null;
  const others = othersOnNote(events.present, localPeers, selfHandle);

  return (
    <section aria-label="Who else is here" className="mb-3 flex flex-wrap items-center justify-between gap-x-4 gap-y-2 px-1">
      <ul className="flex flex-wrap items-center gap-x-4 gap-y-1.5 text-sm">
        {others.length === 0 ? (
          <li className="text-muted">Nobody else has this note open</li>
        ) : (
          others.map((person) => (
            <li key={person.tab} className="inline-flex items-center gap-1.5">
              <Badge person={person} />
              <span dir="auto">{presenceSentence(person)}</span>
            </li>
          ))
        )}
      </ul>
      <p role="status" aria-live="polite" className="inline-flex items-center gap-2 text-xs text-muted">
        <LiveIndicator status={online ? events.status : "offline"} />
        {events.lastSave && (
          <span>
            · Version {events.lastSave.version} saved by <bdi className="font-medium text-fg">{events.lastSave.by}</bdi>
          </span>
        )}
      </p>
    </section>
  );
}
