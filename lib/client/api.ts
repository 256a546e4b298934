// The one fetch client of the browser. It speaks the notes API: conditional writes with If-Match /
// If-None-Match, the Editor-Name header on every write, and problem+json errors turned into typed errors.
// A note always comes back with its entity tag, because a save must name the version it was based on.
import {
  ApiError,
  ContentTooLargeError,
  GoneError,
  NetworkError,
  NotFoundError,
  PreconditionFailedError,
  ServerError,
} from "./errors";
import {
  goneSchema,
  noteListSchema,
  noteSchema,
  preconditionFailedSchema,
  problemSchema,
  revisionListSchema,
  revisionSchema,
  type NoteSummary,
  type NoteText,
  type NoteWithEtag,
  type Problem,
  type Revision,
  type RevisionSummary,
} from "./types";
import { observedFetch } from "./wire-log";

const NOTES = "/api/notes";

function noteUrl(id: string): string {
  return `${NOTES}/${encodeURIComponent(id)}`;
}

/** Editor-Name carries any Unicode name as ASCII: header values are not reliably UTF-8. */
function editorHeader(editor: string): Record<string, string> {
  return { "Editor-Name": encodeURIComponent(editor) };
}

/** One request to the API: a non-2xx answer becomes a typed error (errors.ts). */
export async function send(url: string, init: RequestInit = {}): Promise<Response> {
  let response: Response;
  try {
    // The demo page's wire view listens here; everywhere else observedFetch is plain fetch.
    response = await observedFetch(url, { ...init, headers: { Accept: "application/json", ...init.headers } });
  } catch (cause) {
    // An abort is the caller's own decision, not a failure of the network.
    if (cause instanceof DOMException && cause.name === "AbortError") throw cause;
    throw new NetworkError(cause);
  }
  if (!response.ok) throw await errorFrom(response);
  return response;
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

async function errorFrom(response: Response): Promise<Error> {
  const json = await readJson(response);
  const parsed = problemSchema.safeParse(json);
  const problem: Problem | null = parsed.success ? parsed.data : null;
  const status = response.status;
  if (status === 412) {
    const body = preconditionFailedSchema.safeParse(json);
    const data = body.success ? body.data : null;
    return new PreconditionFailedError(
      problem,
      data?.current ?? null,
      data?.currentEtag ?? response.headers.get("ETag"),
      data?.changes ?? [],
    );
  }
  if (status === 410) {
    const body = goneSchema.safeParse(json);
    return new GoneError(problem, body.success ? (body.data.deletedBy ?? null) : null,
      body.success ? (body.data.deletedAt ?? null) : null);
  }
  if (status === 413 || problem?.type?.endsWith("/problems/content-too-large")) {
    const limit = typeof problem?.limit === "number" ? problem.limit : null;
    return new ContentTooLargeError(status, problem, limit);
  }
  if (status === 404) return new NotFoundError(status, problem, problem?.detail ?? "There is no note here.");
  if (status >= 500) return new ServerError(status, problem);
  return new ApiError(status, problem);
}

async function noteWithEtag(response: Response): Promise<NoteWithEtag> {
  const etag = response.headers.get("ETag");
  const note = noteSchema.parse(await response.json());
  if (!etag) throw new ApiError(response.status, null, "The server sent a note without its ETag.");
  return { note, etag };
}

export async function listNotes(signal?: AbortSignal): Promise<NoteSummary[]> {
  const response = await send(NOTES, { signal, cache: "no-store" });
  return noteListSchema.parse(await response.json()).notes;
}

export async function getNote(id: string, signal?: AbortSignal): Promise<NoteWithEtag> {
  // The server marks notes `no-cache`: the browser may keep a copy but must revalidate it, so this is fresh.
  return noteWithEtag(await send(noteUrl(id), { signal }));
}

export async function createNote(text: NoteText, editor: string): Promise<NoteWithEtag> {
  const response = await send(NOTES, {
    method: "POST",
    headers: { "Content-Type": "application/json", ...editorHeader(editor) },
    body: JSON.stringify(text),
  });
  return noteWithEtag(response);
}

/**
 * Saves changes over exactly the version `ifMatch` names (JSON merge patch: members left out keep their value).
 * `ifMatch` must be the tag of the version the person started editing from, never the newest one in a cache.
 */
export async function saveNote(
  id: string,
  patch: Partial<NoteText>,
  ifMatch: string,
  editor: string,
): Promise<NoteWithEtag> {
  const response = await send(noteUrl(id), {
    method: "PATCH",
    headers: { "Content-Type": "application/merge-patch+json", "If-Match": ifMatch, ...editorHeader(editor) },
    body: JSON.stringify(patch),
  });
  return noteWithEtag(response);
}

/**
 * Creates the note under this id only if no live note has it (PUT with If-None-Match: *): a new note whose id
 * the browser chose, or a deleted note re-created with this text, keeping its history. A PUT response carries
 * no ETag (RFC 9110 9.3.4), so the note is read back to learn it.
 */
export async function createNoteAt(id: string, text: NoteText, editor: string): Promise<NoteWithEtag> {
  await send(noteUrl(id), {
    method: "PUT",
    headers: { "Content-Type": "application/json", "If-None-Match": "*", ...editorHeader(editor) },
    body: JSON.stringify(text),
  });
  return getNote(id);
}

/** Deletes exactly the version `ifMatch` names. */
export async function deleteNote(id: string, ifMatch: string, editor: string): Promise<void> {
  await send(noteUrl(id), { method: "DELETE", headers: { "If-Match": ifMatch, ...editorHeader(editor) } });
}

export async function listRevisions(id: string, signal?: AbortSignal): Promise<RevisionSummary[]> {
  const response = await send(`${noteUrl(id)}/revisions`, { signal });
  return revisionListSchema.parse(await response.json()).revisions;
}

export async function getRevision(id: string, version: number, signal?: AbortSignal): Promise<Revision> {
  const response = await send(`${noteUrl(id)}/revisions/${version}`, { signal });
  return revisionSchema.parse(await response.json());
}
