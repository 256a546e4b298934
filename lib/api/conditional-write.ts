// The common steps of every conditional write (PATCH, PUT, DELETE) once what the request line and header fields
// say is valid: find the note, insist on a precondition, evaluate it in RFC 9110 order, read the content, then
// write with a compare-and-swap on the version that was evaluated. If someone saves in between, the swap fails
// and the conditions are evaluated again against the newer note, so a lost update is impossible and
// `If-Match: *` still works.
//
// The content is read only once the preconditions hold (RFC 9110 13.2.2: they are evaluated "just before" the
// content is processed): a stale save with a broken body is told that the note changed (412, with what a merge
// needs), not that its body is broken. See docs/decisions/0003.
import { conditionalHeaders, evaluatePreconditions, hasWritePrecondition } from "@/lib/http";
import { findNoteValidators, type NoteValidators } from "@/lib/notes/repository";
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
  /** Called with the note's state the preconditions passed against (null when it does not exist). */
  write: (note: NoteValidators | null, content: Content) => Promise<WriteAttempt>;
};

const MAX_ATTEMPTS = 5;
const NOT_READ = Symbol("content not read yet");

export async function conditionalWrite<Content>(
  { request, id, mayCreate, readContent, write }: ConditionalWrite<Content>,
): Promise<Response> {
  const headers = conditionalHeaders(request.headers);
  let content: Content | typeof NOT_READ = NOT_READ;
  for (let attempt = 1; ; attempt++) {
    const stored = await findNoteValidators(id);
    // 13.2.1: when the request would fail without its conditions, that failure is the answer.
    if (!mayCreate && !stored) return notFoundResponse(request);
    if (!mayCreate && stored?.deletedAt) return goneResponse(request, stored);
    const outcome = evaluatePreconditions(request.method, headers, await resourceState(id, stored, headers));
    if (outcome.result !== "proceed") {
      return preconditionFailedResponse(request, id, headers, outcome.result === "precondition-failed" ? outcome.header : "If-None-Match");
    }
    // Conditions that hold but could not have stopped a lost update (none at all, or If-None-Match with tags)
    // are not enough for a write: 428 says what to send instead. Like a 412 it is decided from the header
    // fields alone, so it comes before the content too.
    if (!hasWritePrecondition(headers)) return preconditionRequiredResponse(request);
    if (content === NOT_READ) content = await readContent();
    const live = stored && !stored.deletedAt ? stored : null;
    const result = await write(live, content);
    if (result !== "version-changed") return result;
    // Only a condition that still holds for the newer version (such as `*`) gets past the next round.
    if (attempt === MAX_ATTEMPTS) return preconditionFailedResponse(request, id, headers, "If-Match");
  }
}
