// A Server-Sent Events client for the API tests, over node:http so that a test can drop the connection the
// hard way (the socket destroyed, no goodbye), as a crashed tab or a lost network does.
import http from "node:http";
import { baseUrl, type Json } from "./client";
import { instancePorts } from "./topology";

export type ReceivedEvent = { event: string; id: string | null; data: string; json: Json };

export type OpenStream = {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** Every event received so far, in order. */
  events: ReceivedEvent[];
  /** Every raw line received so far (comments and retry included). */
  lines: string[];
  /** Resolves with the first matching event received at index `from` or later (already, or when it arrives). */
  next(match?: (event: ReceivedEvent) => boolean, timeoutMs?: number, from?: number): Promise<ReceivedEvent>;
  /** Ends the connection abruptly. */
  destroy(): void;
  /** The body of a non-stream answer (a problem). */
  text: () => Promise<string>;
};

const everyStream = new Set<OpenStream>();

/** Drops every stream still open (a failed test must not leave streams behind for the next one to count). */
export function destroyAllStreams() {
  for (const stream of everyStream) stream.destroy();
  everyStream.clear();
}

export function openStream(path: string, headers: Record<string, string> = {}): Promise<OpenStream> {
  const url = new URL(/^https?:/.test(path) ? path : baseUrl + path);
  return new Promise((resolve, reject) => {
    const request = http.get({ host: url.hostname, port: url.port, path: url.pathname + url.search, headers, agent: false }, (response) => {
      const events: ReceivedEvent[] = [];
      const lines: string[] = [];
      const waiters = new Set<() => void>();
      let buffer = "";
      let frame: { event: string; id: string | null; data: string[] } = { event: "message", id: null, data: [] };
      let body = "";
      const isStream = /^text\/event-stream/.test(response.headers["content-type"] ?? "");
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => {
        if (!isStream) {
          body += chunk;
          return;
        }
        buffer += chunk;
        let newline: number;
        while ((newline = buffer.indexOf("\n")) >= 0) {
          const line = buffer.slice(0, newline);
          buffer = buffer.slice(newline + 1);
          lines.push(line);
          if (line === "") {
            if (frame.data.length) {
              const data = frame.data.join("\n");
              events.push({ event: frame.event, id: frame.id, data, json: JSON.parse(data) });
              for (const wake of [...waiters]) wake();
            }
            frame = { event: "message", id: null, data: [] };
          } else if (line.startsWith("event: ")) frame.event = line.slice(7);
          else if (line.startsWith("id: ")) frame.id = line.slice(4);
          else if (line.startsWith("data: ")) frame.data.push(line.slice(6));
        }
      });
      response.on("error", () => undefined);
      const ended = new Promise<string>((done) => response.on("end", () => done(body)));
      const stream: OpenStream = {
        status: response.statusCode ?? 0,
        headers: response.headers,
        events,
        lines,
        next(match = () => true, timeoutMs = 5_000, from = 0) {
          return new Promise((found, fail) => {
            const check = () => {
              const hit = events.slice(from).find(match);
              if (!hit) return false;
              waiters.delete(check);
              clearTimeout(timer);
              found(hit);
              return true;
            };
            const timer = setTimeout(() => {
              waiters.delete(check);
              fail(new Error(`no matching event within ${timeoutMs} ms on ${path}; got ${events.map((e) => e.event).join(", ")}`));
            }, timeoutMs);
            if (!check()) waiters.add(check);
          });
        },
        destroy: () => request.destroy(),
        text: () => ended,
      };
      everyStream.add(stream);
      resolve(stream);
    });
    request.on("error", (error: NodeJS.ErrnoException) => (error.code === "ECONNRESET" ? undefined : reject(error)));
  });
}

/** How many event streams the instances say they hold, summed (asked directly: nginx would ask only one). */
export async function openStreamCount(): Promise<number> {
  const counts = await Promise.all(instancePorts.map(async (instancePort) => {
    const response = await fetch(`http://127.0.0.1:${instancePort}/api/health`);
    return ((await response.json()) as { openEventStreams: number }).openEventStreams;
  }));
  return counts.reduce((sum, count) => sum + count, 0);
}

/** Polls until `condition` holds, or fails with what was last seen. */
export async function eventually<T>(read: () => Promise<T>, condition: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!condition(value)) {
    if (Date.now() > deadline) throw new Error(`still ${JSON.stringify(value)} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }
  return value;
}
