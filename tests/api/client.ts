// A tiny HTTP client for the API tests: raw requests against the real server, nothing mocked.
import { inject } from "vitest";

export const baseUrl = inject("baseUrl");

export type Sent = { method?: string; headers?: Record<string, string>; body?: string | object };

export async function send(path: string, { method = "GET", headers = {}, body }: Sent = {}) {
  const init: RequestInit = { method, headers: { ...headers } };
  if (body !== undefined) {
    init.body = typeof body === "string" ? body : JSON.stringify(body);
    if (typeof body !== "string" && !Object.keys(headers).some((name) => name.toLowerCase() === "content-type")) {
      (init.headers as Record<string, string>)["Content-Type"] = "application/json";
    }
  }
  const response = await fetch(baseUrl + path, init);
  const text = await response.text();
  const json = text && /json/.test(response.headers.get("content-type") ?? "") ? JSON.parse(text) : null;
  return { status: response.status, headers: response.headers, text, json };
}

let counter = 0;
/** A fresh note owned by the calling test; returns its id and current ETag. */
export async function createNote(title = "A note", body = "Some text.\n") {
  const id = `t-${Date.now().toString(36)}-${(counter++).toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  const created = await send(`/api/notes/${id}`, { method: "PUT", headers: { "If-None-Match": "*" }, body: { title, body } });
  if (created.status !== 201) throw new Error(`could not create a note: ${created.status} ${created.text}`);
  const read = await send(`/api/notes/${id}`);
  return { id, path: `/api/notes/${id}`, etag: read.headers.get("etag")!, note: read.json };
}
