// The common steps of every conditional write (PATCH, PUT, DELETE) once what the request line and header fields
// say is valid: find the note, insist on a precondition, evaluate it in RFC 9110 order, read the content, then
// write with a compare-and-swap on the version that was evaluated. If someone saves in between, the swap fails
// and the conditions are evaluated again against the newer note, so a lost update is impossible and
// `If-Match: *` still works.
//
// The content is read only once the preconditions hold (RFC 9110 13.2.2: they are evaluated "just before" the
// content is processed): a stale save with a broken body is told that the note changed (412, with what a merge
// needs), not that its body is broken. See docs/decisions/0003.
//
// The common save names one version in If-Match and nothing else. Its write is tried at once over that
// version: the compare-and-swap succeeding proves what the evaluation would have found (the note exists, is
// live and is at that version), so the validators are read only when it loses, and a save is one statement.
// Its content is read first then; when that content is bad, the full evaluation decides (a stale save still
// gets its 412).
import "server-only";
import { conditionalHeaders, evaluatePreconditions, hasWritePrecondition, parseEntityTagList, type ConditionalHeaders } from "@/lib/http";
import { versionFromEtagOpaque } from "@/lib/notes/note";
import { findNote } from "@/lib/notes/repository";
import {
  goneResponse, notFoundResponse, preconditionFailedResponse, preconditionRequiredResponse, resourceState,
} from "./note-responses";

/** What a write attempt tells the loop: done (with the response), or the version moved under it. */
export type WriteAttempt = Response | "version-changed";

type ConditionalWrite<Content> = {
  request: Request;
  id: string;
  /** PUT may create: a missing or deleted note is then a state to evaluate, not a 404 or 410. */
  mayCreate: boolean;
  /** Reads and validates the request content (throwing a problem when it is bad); called at most once. */
  readContent: () => Promise<Content>;
  /** Called with the version the preconditions passed against (null when the note does not exist). */
  write: (note: { version: number } | null, content: Content) => Promise<WriteAttempt>;
};

const MAX_ATTEMPTS = 5;

/** The one version of ours If-Match names, when no other condition could change the outcome. */
function soleVersionNamed(headers: ConditionalHeaders): number | null {
  if (headers.ifNoneMatch !== null) return null;
  const list = parseEntityTagList(headers.ifMatch);
  if (list.kind !== "tags" || list.tags.length !== 1 || list.tags[0]!.weak) return null;
  return versionFromEtagOpaque(list.tags[0]!.opaque);
}

/** The content, read and validated once however often it is asked for (a bad one throws each time). */
function readOnce<Content>(read: () => Promise<Content>): () => Promise<Content> {
  let reading: Promise<Content> | null = null;
  return () => (reading ??= read());
}

export async function conditionalWrite<Content>(
  { request, id, mayCreate, readContent, write }: ConditionalWrite<Content>,
): Promise<Response> {
  const headers = conditionalHeaders(request.headers);
  const content = readOnce(readContent);
  const namedVersion = soleVersionNamed(headers);
  if (namedVersion !== null && (await content().then(() => true, () => false))) {
    const result = await write({ version: namedVersion }, await content());
    if (result !== "version-changed") return result;
  }
  for (let attempt = 1; ; attempt++) {
    // The whole note, not just its validators: a refusal (412) must describe the very state it was decided
    // on, and another instance may change the note before a second read.
    const stored = await findNote(id);
    // 13.2.1: when the request would fail without its conditions, that failure is the answer.
    if (!mayCreate && !stored) return notFoundResponse(request);
    if (!mayCreate && stored?.deletedAt) return goneResponse(request, stored);
    const outcome = evaluatePreconditions(request.method, headers, await resourceState(id, stored, headers));
    if (outcome.result !== "proceed") {
      return preconditionFailedResponse(request, id, stored, headers, outcome.result === "precondition-failed" ? outcome.header : "If-None-Match");
    }
    // Conditions that hold but could not have stopped a lost update (none at all, or If-None-Match with tags)
    // are not enough for a write: 428 says what to send instead. Like a 412 it is decided from the header
    // fields alone, so it comes before the content too.
    if (!hasWritePrecondition(headers)) return preconditionRequiredResponse(request);
    const live = stored && !stored.deletedAt ? stored : null;
    const result = await write(live, await content());
    if (result !== "version-changed") return result;
    // Only a condition that still holds for the newer version (such as `*`) gets past the next round.
    if (attempt === MAX_ATTEMPTS) return preconditionFailedResponse(request, id, await findNote(id), headers, "If-Match");
  }
}
