"use client";
// Relative times ("3 minutes ago") that render the same on the server and in the first browser render, then
// tick. The server's clock reading is handed down once, so hydration never sees two different texts.
import { createContext, use, useSyncExternalStore, type ReactNode } from "react";
import { absoluteTime, relativeTime } from "@/lib/client/relative-time";

const ServerNow = createContext<number>(0);

export function NowProvider({ serverNow, children }: { serverNow: number; children: ReactNode }) {
  return <ServerNow value={serverNow}>{children}</ServerNow>;
}

const TICK_MS = 20_000;
let now = Date.now();
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | null = null;

function subscribe(listener: () => void) {
  listeners.add(listener);
  if (!timer) {
    timer = setInterval(() => {
      now = Date.now();
      for (const l of listeners) l();
    }, TICK_MS);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer) {
      clearInterval(timer);
      timer = null;
    }
  };
}

export function useNow(): number {
  const serverNow = use(ServerNow);
  return useSyncExternalStore(subscribe, () => now, () => serverNow);
}

/** Marks a fresh moment, e.g. right after a save, so "just now" shows at once. */
export function touchNow() {
  now = Date.now();
  for (const l of listeners) l();
}

export function RelativeTime({ iso, className }: { iso: string; className?: string }) {
  const current = useNow();
  return (
    <time dateTime={iso} title={absoluteTime(iso)} className={className} suppressHydrationWarning>
      {relativeTime(iso, current)}
    </time>
  );
}
