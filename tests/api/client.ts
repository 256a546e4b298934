// A tiny HTTP client for the API tests: raw requests against the real server, nothing mocked.
import http from "node:http";
import { inject } from "vitest";

export const baseUrl = inject("baseUrl");

export type Sent = { method?: string; headers?: Record<string, string>; body?: string | object | Uint8Array<ArrayBuffer> };
// The tests read whatever JSON came back and assert on it member by member.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;
export type Received = { status: number; headers: Headers; text: string; json: Json };

/** Every 5xx any request of the current test file got: a client's mistake is never a server error. */
export const serverErrors: string[] = [];

function record(method: string, path: string, status: number, text: string) {
  if (status >= 500) serverErrors.push(`${method} ${path} -> ${status} ${text.slice(0, 300)}`);
}

function parse(status: number, headers: Headers, text: string): Received {
  const json = text && /json/.test(headers.get("content-type") ?? "") ? JSON.parse(text) : null;
  return { status, headers, text, json };
}

/**
 * One request. An object body is sent as JSON (with `Content-Type: application/json` unless a content type is
 * given); a string is sent as is; bytes are sent with no Content-Type at all unless one is given.
 */
export async function send(path: string, { method = "GET", headers = {}, body }: Sent = {}): Promise<Received> {
  const init: RequestInit = { method, headers: { ...headers } };
  if (body !== undefined) {
    if (body instanceof Uint8Array) {
      init.body = body;
    } else {
      init.body = typeof body === "string" ? body : JSON.stringify(body);
      if (typeof body !== "string" && !Object.keys(headers).some((name) => name.toLowerCase() === "content-type")) {
        (init.headers as Record<string, string>)["Content-Type"] = "application/json";
      }
    }
  }
  const response = await fetch(baseUrl + path, init);
  const text = await response.text();
  record(method, path, response.status, text);
  return parse(response.status, response.headers, text);
}

/**
 * A request through node:http, for what fetch cannot send: repeated header lines (an array value is sent as
 * one field line per element) and bodies streamed without a Content-Length.
 */
export function sendRaw(path: string, { method = "GET", headers = {}, chunks }:
  { method?: string; headers?: Record<string, string | string[]>; chunks?: Uint8Array[] }): Promise<Received> {
  const url = new URL(baseUrl + path);
  return new Promise((resolve, reject) => {
    const request = http.request({ host: url.hostname, port: url.port, path: url.pathname, method, headers }, (response) => {
      const parts: Buffer[] = [];
      response.on("data", (part: Buffer) => parts.push(part));
      response.on("end", () => {
        const headers = new Headers();
        for (const [name, value] of Object.entries(response.headers)) {
          if (value === undefined) continue;
          for (const one of Array.isArray(value) ? value : [value]) headers.append(name, one);
        }
        const text = Buffer.concat(parts).toString("utf8");
        const status = response.statusCode ?? 0;
        record(method, path, status, text);
        resolve(parse(status, headers, text));
      });
      response.on("error", reject);
    });
    // The server may answer (413) and stop reading before the whole body is sent: that is not a test failure.
    request.on("error", (error: NodeJS.ErrnoException) => (error.code === "EPIPE" || error.code === "ECONNRESET" ? undefined : reject(error)));
    for (const chunk of chunks ?? []) request.write(chunk);
    request.end();
  });
}

let counter = 0;

/** A fresh id nobody has used: unique per process and per run. */
export function freshId(prefix = "t"): string {
  return `${prefix}-${Date.now().toString(36)}-${(counter++).toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/** A fresh note owned by the calling test; returns its id and current ETag. */
export async function createNote(title = "A note", body = "Some text.\n", headers: Record<string, string> = {}) {
  const id = freshId();
  const created = await send(`/api/notes/${id}`, { method: "PUT", headers: { "If-None-Match": "*", ...headers }, body: { title, body } });
  if (created.status !== 201) throw new Error(`could not create a note: ${created.status} ${created.text}`);
  const read = await send(`/api/notes/${id}`);
  return { id, path: `/api/notes/${id}`, etag: read.headers.get("etag")!, lastModified: read.headers.get("last-modified")!, note: read.json };
}
