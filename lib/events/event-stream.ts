// One Server-Sent Events response: subscribe to the fan-out, send what the client missed, then every matching
// event as it comes, a keep-alive comment while idle, and end, releasing everything, when the client goes away.
//
// Route handlers are known to miss disconnects (a stream nobody reads is never cancelled, its timers and
// subscription live on). So every way a stream can end leads to the same `close`, which runs once:
// - the request's AbortSignal fires (Next.js aborts it when the connection closes);
// - the ReadableStream's cancel callback runs (the consumer of the body went away);
// - a write fails, or the client stopped reading and too much is queued for it (a socket nobody drains).
// Each open stream is counted in stream-registry.ts, so a leak would show in /api/health.
import "server-only";
import { noteEvents } from "./note-fan-out";
import type { NoteEvent } from "./note-events";
import { sseComment, sseFrame, sseRetry } from "./sse";
import { openEventStreams } from "./stream-registry";

export const KEEP_ALIVE_MS = 15_000;
/** How long a browser waits before reconnecting. */
export const RECONNECT_DELAY_MS = 2_000;
/** Frames queued for a client that does not read; beyond this the stream is closed (it reconnects and catches up). */
const MAX_QUEUED_FRAMES = 500;

export type EventStreamOptions = {
  request: Request;
  /** The one note whose events this stream carries; every note's when absent. */
  noteId?: string;
  /** Which of those events belong on this stream. */
  accepts: (event: NoteEvent) => boolean;
  /** The event's `id:` (what the client sends back as Last-Event-ID), if it has one. */
  idOf: (event: NoteEvent) => string | undefined;
  /** Read after subscribing, so nothing falls between them: what the client missed and the current state. */
  catchUp: () => Promise<NoteEvent[]>;
};

export const EVENT_STREAM_HEADERS = {
  "Content-Type": "text/event-stream; charset=utf-8",
  "Cache-Control": "no-store",
  // nginx would otherwise buffer the stream and deliver events late, in bunches.
  "X-Accel-Buffering": "no",
  Connection: "keep-alive",
};

/** Repeats: a save is sent once per stream, even when the catch-up and a live event both carry it. */
function deduplicator() {
  const saved = new Map<string, number>();
  const deleted = new Map<string, number>();
  return (event: NoteEvent): boolean => {
    if (event.type === "presence") return true;
    const seen = event.type === "delete" ? deleted : saved;
    const last = seen.get(event.noteId);
    if (last !== undefined && event.version <= last) return false;
    seen.set(event.noteId, event.version);
    return true;
  };
}

export function eventStreamResponse({ request, noteId, accepts, idOf, catchUp }: EventStreamOptions): Response {
  const encoder = new TextEncoder();
  const isNew = deduplicator();
  let close = () => {};

  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      const release = openEventStreams.open();
      let closed = false;
      let timer: ReturnType<typeof setInterval> | null = null;
      let unsubscribe = () => {};

      const write = (text: string) => {
        if (closed) return;
        if (controller.desiredSize !== null && controller.desiredSize < -MAX_QUEUED_FRAMES) return close();
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          close();
        }
      };
      const send = (event: NoteEvent) => {
        if (isNew(event)) write(sseFrame({ event: event.type, id: idOf(event), data: JSON.stringify(event) }));
      };

      close = () => {
        if (closed) return;
        closed = true;
        if (timer) clearInterval(timer);
        unsubscribe();
        request.signal.removeEventListener("abort", close);
        release();
        try {
          controller.close();
        } catch {
          // Already closed or errored by the other side.
        }
      };
      request.signal.addEventListener("abort", close);
      if (request.signal.aborted) return close();

      // Live events that arrive while the catch-up is read wait, so the client gets everything in order.
      let waiting: NoteEvent[] | null = [];
      unsubscribe = noteEvents.subscribe((event) => {
        if (!accepts(event)) return;
        if (waiting) waiting.push(event);
        else send(event);
      }, noteId);
      timer = setInterval(() => write(sseComment("keep-alive")), KEEP_ALIVE_MS);
      write(sseRetry(RECONNECT_DELAY_MS));
      catchUp().then(
        (missed) => {
          for (const event of missed) send(event);
          for (const event of waiting ?? []) send(event);
          waiting = null;
        },
        (error) => {
          console.error("an event stream could not catch up", error);
          close();
        },
      );
    },
    cancel() {
      close();
    },
  });
  return new Response(body, { headers: EVENT_STREAM_HEADERS });
}
