// Assertions and date helpers shared by the API tests. Everything here judges responses from the outside:
// the tests know the HTTP contract, not the implementation.
import { expect } from "vitest";
import { send, type Received } from "./client";

export const NOTE_MEMBERS = ["body", "createdAt", "id", "title", "updatedAt", "updatedBy", "version"];
/** ISO 8601 in UTC, as Date.prototype.toISOString writes it. */
export const ISO_8601 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;
/** IMF-fixdate (RFC 9110 5.6.7), the only HTTP-date format a sender may generate. */
export const IMF_FIXDATE = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;
/** A strong entity-tag (RFC 9110 8.8.3): no W/ prefix, etagc characters between double quotes. */
export const STRONG_ETAG = /^"[\x21\x23-\x7e\x80-\xff]*"$/;

/** An RFC 9457 problem: problem+json, never stored by caches, `status` equal to the response status. */
export function expectProblem(response: Received, status: number): Record<string, unknown> {
  expect(response.status, response.text).toBe(status);
  expect(response.headers.get("content-type")).toMatch(/^application\/problem\+json(;|$)/);
  expect(response.headers.get("cache-control")).toBe("no-store");
  const problem = response.json;
  expect(problem).toMatchObject({ status });
  expect(typeof problem.type).toBe("string");
  expect(problem.type.length).toBeGreaterThan(0);
  expect(typeof problem.title).toBe("string");
  expect(problem.title.length).toBeGreaterThan(0);
  expect(typeof problem.detail).toBe("string");
  expect(problem.detail.length).toBeGreaterThan(0);
  expect(typeof problem.instance).toBe("string");
  return problem;
}

/** A HEAD answer, or a GET answer that must have no body (304): nothing after the headers. */
export function expectNoBody(response: Received) {
  expect(response.text).toBe("");
}

/** The representation of a note, with every member and nothing else. */
export function expectNoteShape(note: Record<string, unknown>) {
  expect(Object.keys(note).sort()).toEqual(NOTE_MEMBERS);
  expect(typeof note.id).toBe("string");
  expect(typeof note.title).toBe("string");
  expect(typeof note.body).toBe("string");
  expect(Number.isInteger(note.version)).toBe(true);
  expect(note.createdAt).toMatch(ISO_8601);
  expect(note.updatedAt).toMatch(ISO_8601);
  expect(typeof note.updatedBy).toBe("string");
}

/** The whole-second time an HTTP-date names (HTTP-dates have one-second resolution). */
export function wholeSeconds(iso: string | Date): number {
  return Math.floor(new Date(iso).getTime() / 1000);
}

const LONG_DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const two = (n: number) => String(n).padStart(2, "0");
const clock = (d: Date) => `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`;

/** Sun, 06 Nov 1994 08:49:37 GMT */
export function imfFixdate(date: Date): string {
  return date.toUTCString();
}

/** Sunday, 06-Nov-94 08:49:37 GMT (obsolete RFC 850 format). */
export function rfc850Date(date: Date): string {
  return `${LONG_DAYS[date.getUTCDay()]}, ${two(date.getUTCDate())}-${MONTHS[date.getUTCMonth()]}-${two(date.getUTCFullYear() % 100)} ${clock(date)} GMT`;
}

/** Sun Nov  6 08:49:37 1994 (ANSI C asctime format). */
export function asctimeDate(date: Date): string {
  const day = date.getUTCDate();
  return `${DAYS[date.getUTCDay()]} ${MONTHS[date.getUTCMonth()]} ${day < 10 ? ` ${day}` : day} ${clock(date)} ${date.getUTCFullYear()}`;
}

export const HOUR = 3600_000;

/** Waits until the clock is early in a fresh second, so that the next few requests share it. */
export async function atStartOfSecond(): Promise<void> {
  const ms = Date.now() % 1000;
  await new Promise((resolve) => setTimeout(resolve, 1000 - ms + 5));
}

/** Everything an observer can see of a note: to prove that a refused request changed nothing. */
export async function snapshot(path: string) {
  const note = await send(path);
  const revisions = await send(`${path}/revisions`);
  return {
    status: note.status,
    etag: note.headers.get("etag"),
    lastModified: note.headers.get("last-modified"),
    body: note.text,
    revisions: revisions.text,
  };
}

/** The path of a URL the server sent (Location may be absolute or relative). */
export function pathOf(location: string | null, base: string): string {
  expect(location).not.toBeNull();
  return new URL(location!, base).pathname;
}

/** An Allow field value as a set of method names. */
export function allowed(response: Received): string[] {
  return (response.headers.get("allow") ?? "").split(",").map((method) => method.trim()).filter(Boolean).sort();
}
