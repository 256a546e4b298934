"use client";
// This tab's presence on a note: it tells the server (POST every HEARTBEAT_MS, DELETE with keepalive as the
// page goes away, so other browsers see it leave at once; the server forgets a tab that just vanished within
// 30 s) and this browser's other tabs over BroadcastChannel (at once, no server round trip).
import { useEffect, useRef, useState } from "react";
import type { PresenceState } from "@/lib/events/note-events";
import { tabHandle } from "@/lib/events/tab-handle";
import type { LocalPeer } from "./presence-view";

const HEARTBEAT_MS = 10_000;
/** A tab of this browser not heard from for this long has gone (its pagehide message may have been lost). */
const LOCAL_EXPIRY_MS = 25_000;
const CHANNEL = "midair:presence";

type Message =
  // Tabs of one browser share their ids (a leave names it); `tab` is the handle the server shows others.
  | { kind: "here"; noteId: string; tabId: string; tab: string; name: string; state: PresenceState }
  | { kind: "leave"; noteId: string; tabId: string }
  /** A tab that just opened the note asks the others to say they are here. */
  | { kind: "who"; noteId: string };

export type Presence = { noteId: string; tabId: string; name: string; state: PresenceState };

function presenceUrl(noteId: string) {
  return `/api/notes/${encodeURIComponent(noteId)}/presence`;
}

function reportToServer({ noteId, tabId, name, state }: Presence) {
  void fetch(presenceUrl(noteId), {
    method: "POST",
    headers: { "Content-Type": "application/json", "Editor-Name": encodeURIComponent(name) },
    body: JSON.stringify({ tabId, state }),
  }).catch(() => undefined); // Presence is best effort: the next heartbeat tries again.
}

function leaveServer(noteId: string, tabId: string) {
  // keepalive lets the request outlive the page that sends it (sendBeacon could only POST).
  void fetch(`${presenceUrl(noteId)}?tabId=${encodeURIComponent(tabId)}`, { method: "DELETE", keepalive: true }).catch(() => undefined);
}

type Peer = LocalPeer & { tabId: string; seenAt: number };

/**
 * Reports this tab on the note while `me` is set, and returns the other tabs of this browser on the same note
 * and this tab's own handle (to find itself in the server's list, which names tabs by handle only).
 */
export function useNotePresence(me: Presence | null): { peers: LocalPeer[]; selfHandle: string | null } {
  const [peers, setPeers] = useState<Map<string, Peer>>(new Map());
  const [selfHandle, setSelfHandle] = useState<string | null>(null);
  const noteId = me?.noteId;
  const tabId = me?.tabId;
  const name = me?.name;
  const state = me?.state;
  // The name and state change while the tab stays: they are read at each announcement, and a change is
  // announced at once, without leaving and coming back (which others would see as a flicker).
  const current = useRef<Presence | null>(null);
  const announceNow = useRef<(() => void) | null>(null);
  const active = Boolean(noteId && tabId);

  useEffect(() => {
    current.current = noteId && tabId && name && state ? { noteId, tabId, name, state } : null;
    announceNow.current?.();
  }, [noteId, tabId, name, state]);

  useEffect(() => {
    if (!active || !noteId || !tabId) return;
    const channel = typeof BroadcastChannel === "undefined" ? null : new BroadcastChannel(CHANNEL);
    let sent = "";
    let gone = false;
    let handle: string | null = null;
    const here = () => current.current && handle && channel?.postMessage({ kind: "here", ...current.current, tab: handle } satisfies Message);
    void tabHandle(tabId).then((own) => {
      handle = own;
      setSelfHandle(own);
      here();
    });
    const announce = (force = false) => {
      const presence = current.current;
      if (!presence) return;
      const key = `${presence.name}\n${presence.state}`;
      if (!force && key === sent && !gone) return;
      sent = key;
      gone = false;
      reportToServer(presence);
      here();
    };
    const leave = () => {
      if (gone) return;
      gone = true;
      leaveServer(noteId, tabId);
      channel?.postMessage({ kind: "leave", noteId, tabId } satisfies Message);
    };

    if (channel) {
      channel.onmessage = (message: MessageEvent<Message>) => {
        const data = message.data;
        if (data.noteId !== noteId) return;
        if (data.kind === "who") return void here();
        setPeers((previous) => {
          const next = new Map(previous);
          if (data.kind === "leave") next.delete(data.tabId);
          else if (data.tabId !== tabId) next.set(data.tabId, { tabId: data.tabId, tab: data.tab, name: data.name, state: data.state, seenAt: Date.now() });
          return next;
        });
      };
      channel.postMessage({ kind: "who", noteId } satisfies Message);
    }
    announceNow.current = () => announce();
    announce(true);
    const heartbeat = window.setInterval(() => {
      if (gone) return;
      announce(true);
      setPeers((previous) => {
        const oldest = Date.now() - LOCAL_EXPIRY_MS;
        const alive = [...previous.values()].filter((peer) => peer.seenAt >= oldest);
        return alive.length === previous.size ? previous : new Map(alive.map((peer) => [peer.tabId, peer]));
      });
    }, HEARTBEAT_MS);
    // pagehide, not unload: it fires on mobile and for pages entering the back-forward cache; pageshow brings
    // a page restored from that cache back.
    const onShow = (event: PageTransitionEvent) => event.persisted && announce(true);
    window.addEventListener("pagehide", leave);
    window.addEventListener("pageshow", onShow);
    return () => {
      announceNow.current = null;
      window.clearInterval(heartbeat);
      window.removeEventListener("pagehide", leave);
      window.removeEventListener("pageshow", onShow);
      leave();
      channel?.close();
      setPeers(new Map());
    };
  }, [active, noteId, tabId]);

  return {
    peers: [...peers.values()].map(({ tab, name: peerName, state: peerState }) => ({ tab, name: peerName, state: peerState })),
    selfHandle,
  };
}
