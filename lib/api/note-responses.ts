// The note resource over HTTP: its validators and caching headers, and the problems that describe its state
// (gone, changed under you, precondition required) with everything a client needs to recover.
import "server-only";
import { formatHttpDate, parseEntityTagList, type ConditionalHeaders, type ResourceState } from "@/lib/http";
import { changeJson, noteEtag, noteJson, versionFromEtagOpaque, type Note, type StoredNote } from "@/lib/notes/note";
import { changesSince, savedTwiceInSameSecond, type NoteValidators } from "@/lib/notes/repository";
import { problemFor } from "./handler";

/** Representation metadata of a note (RFC 9110 8.8): a strong ETag and Last-Modified, revalidated on each use. */
export function validatorHeaders(note: Pick<Note, "version" | "updatedAt">): Record<string, string> {
  return {
    ETag: noteEtag(note.version),
    "Last-Modified": formatHttpDate(note.updatedAt),
    // Caches may keep a note but must ask before reusing it: the point is to never show a stale version.
    "Cache-Control": "no-cache",
  };
}

export function noteResponse(note: Note, init: { status?: number; headers?: Record<string, string> } = {}): Response {
  return Response.json(noteJson(note), {
    status: init.status ?? 200,
    headers: { ...validatorHeaders(note), ...init.headers },
  });
}

/** 304 (RFC 9110 15.4.5): no body, and the ETag and Cache-Control the 200 would have had. */
export function notModifiedResponse(version: number): Response {
  return new Response(null, { status: 304, headers: { ETag: noteEtag(version), "Cache-Control": "no-cache" } });
}

/**
 * The state preconditions are evaluated against. Whether Last-Modified is ambiguous costs a query, so it is
 * only asked when the request carries a date condition.
 */
export async function resourceState(id: string, note: NoteValidators | null, headers: ConditionalHeaders): Promise<ResourceState> {
  if (!note || note.deletedAt) return { exists: false };
  const usesDates = headers.ifModifiedSince !== null || headers.ifUnmodifiedSince !== null;
  return {
    exists: true,
    etag: { weak: false, opaque: noteEtag(note.version).slice(1, -1) },
    lastModified: note.updatedAt,
    lastModifiedIsAmbiguous: usesDates && (await savedTwiceInSameSecond(id, note.version, note.updatedAt)),
  };
}

export function goneResponse(request: Request, note: NoteValidators): Response {
  const deletedAt = note.deletedAt!.toISOString();
  return problemFor(request, "gone",
    `${note.deletedBy} deleted this note at ${deletedAt}. To keep your text, re-create it with PUT and If-None-Match: *.`,
    { deletedAt, deletedBy: note.deletedBy, lastVersion: note.version });
}

export function notFoundResponse(request: Request): Response {
  return problemFor(request, "not-found", "There is no note with this id.");
}

/** 428 (RFC 6585 3): says exactly how to make the request again. */
export function preconditionRequiredResponse(request: Request): Response {
  return problemFor(request, "precondition-required",
    `${request.method} needs a precondition so that it cannot overwrite a save you have not seen. ` +
    `GET the note, then repeat this request with the header If-Match set to the ETag you got.`,
    { howToRetry: { header: "If-Match", value: "the ETag of your GET" } });
}

/** The newest of our versions named in If-Match: the version the client based its change on. */
function versionTheClientHad(headers: ConditionalHeaders): number | null {
  const list = parseEntityTagList(headers.ifMatch);
  if (list.kind !== "tags") return null;
  const versions = list.tags.filter((tag) => !tag.weak).map((tag) => versionFromEtagOpaque(tag.opaque));
  const known = versions.filter((version): version is number => version !== null);
  return known.length ? Math.max(...known) : null;
}

/**
 * 412 with everything a merge dialog needs, so that it can open without another request: the current note and
 * its ETag, and who saved since the version the client had (when its If-Match names one of ours). `stored` is
 * the reading the preconditions failed on (the whole note, or null when there is none): the answer describes
 * exactly the state that refused the request, even when another instance changes the note meanwhile.
 */
export async function preconditionFailedResponse(request: Request, id: string, stored: StoredNote | null,
  headers: ConditionalHeaders, failedHeader: string): Promise<Response> {
  const current = stored && !stored.deletedAt ? stored : null;
  const sentVersion = versionTheClientHad(headers);
  const changes = current && sentVersion !== null && sentVersion < current.version
    ? (await changesSince(id, sentVersion, current.version)).map(changeJson)
    : null;
  const who = changes?.length ? ` by ${[...new Set(changes.map((change) => change.author))].join(", ")}` : "";
  const detail = !current
    ? `${failedHeader} requires a current note, and there is none.` +
      (stored?.deletedAt ? ` ${stored.deletedBy} deleted it at ${stored.deletedAt.toISOString()}.` : "")
    : sentVersion !== null && sentVersion < current.version
      ? `The note has changed: it is at version ${current.version}${who}, and your request was based on version ` +
        `${sentVersion}. Merge your change into the current text, then retry with If-Match: ${noteEtag(current.version)}.`
      : `${failedHeader} does not match the current version of the note (${noteEtag(current.version)}). ` +
        (failedHeader === "If-Match" ? "If-Match needs the exact, strong ETag of a GET (a W/ tag never matches). " : "") +
        `Read the note again, then retry with If-Match: ${noteEtag(current.version)}.`;
  return problemFor(request, "precondition-failed", detail, {
    failedCondition: failedHeader,
    sentVersion,
    currentEtag: current ? noteEtag(current.version) : null,
    current: current ? noteJson(current) : null,
    changes,
    ...(stored?.deletedAt ? { deletedAt: stored.deletedAt.toISOString(), deletedBy: stored.deletedBy } : {}),
  }, current ? { ETag: noteEtag(current.version), "Last-Modified": formatHttpDate(current.updatedAt) } : undefined);
}
