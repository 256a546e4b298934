// The wire view's rows, derived from what wire-log observed. Pure, so the wording is tested as a table.
import type { WireRequest, WireResponse } from "./wire-log";

export type WireEntry = {
  id: number;
  /** Who sent it: the Editor-Name of a write; reads are shared by both panes (one query cache). */
  who: string | null;
  method: string;
  path: string;
  ifMatch: string | null;
  ifNoneMatch: string | null;
  sentAt: number;
  answer:
    | { kind: "pending" }
    | { kind: "response"; status: number; etag: string | null; problem: string | null; receivedAt: number }
    | { kind: "failed"; error: string; receivedAt: number };
};

const STATUS_TEXT: Record<number, string> = {
  200: "OK", 201: "Created", 204: "No Content", 304: "Not Modified", 400: "Bad Request", 404: "Not Found",
  410: "Gone", 412: "Precondition Failed", 413: "Content Too Large", 428: "Precondition Required",
};

export function statusText(status: number): string {
  return `${status} ${STATUS_TEXT[status] ?? ""}`.trim();
}

function decodeName(value: string | undefined): string | null {
  if (!value) return null;
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

export function entryFrom(id: number, request: WireRequest): WireEntry {
  return {
    id,
    who: decodeName(request.headers["editor-name"]),
    method: request.method.toUpperCase(),
    path: request.url.replace(/^https?:\/\/[^/]+/, ""),
    ifMatch: request.headers["if-match"] ?? null,
    ifNoneMatch: request.headers["if-none-match"] ?? null,
    sentAt: request.sentAt,
    answer: { kind: "pending" },
  };
}

export function withAnswer(entry: WireEntry, outcome: WireResponse | { error: string; receivedAt: number }): WireEntry {
  return {
    ...entry,
    answer: "error" in outcome
      ? { kind: "failed", error: outcome.error, receivedAt: outcome.receivedAt }
      : { kind: "response", status: outcome.status, etag: outcome.headers.etag ?? null, problem: outcome.problem, receivedAt: outcome.receivedAt },
  };
}

/** "+0 ms", "+850 ms", "+12.4 s": time since the first request listed. */
export function relativeMs(at: number, start: number): string {
  const ms = Math.max(0, Math.round(at - start));
  return ms < 10_000 ? `+${ms} ms` : `+${(ms / 1000).toFixed(1)} s`;
}

/** The condition headers a request carried, as a person reads them. */
export function conditionsText(entry: Pick<WireEntry, "ifMatch" | "ifNoneMatch">): string {
  const parts = [];
  if (entry.ifMatch) parts.push(`If-Match: ${entry.ifMatch}`);
  if (entry.ifNoneMatch) parts.push(`If-None-Match: ${entry.ifNoneMatch}`);
  return parts.length ? parts.join(", ") : "no condition";
}

/** The problem body, pretty-printed when it is JSON. */
export function prettyProblem(problem: string): string {
  try {
    return JSON.stringify(JSON.parse(problem), null, 2);
  } catch {
    return problem;
  }
}

/** Writes first-class, reads optional: the watcher's polling would otherwise bury the saves. */
export function visibleEntries(entries: readonly WireEntry[], showReads: boolean): WireEntry[] {
  return showReads ? [...entries] : entries.filter((entry) => entry.method !== "GET" && entry.method !== "HEAD");
}
