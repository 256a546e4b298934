// The common steps of every conditional write (PATCH, PUT, DELETE) once the request itself is valid:
// find the note, insist on a precondition, evaluate it in RFC 9110 order, then write with a compare-and-swap
// on the version that was evaluated. If someone saves in between, the swap fails and the conditions are
// evaluated again against the newer note, so a lost update is impossible and `If-Match: *` still works.
import { conditionalHeaders, evaluatePreconditions, hasWritePrecondition } from "@/lib/http";
import { findNoteValidators, type NoteValidators } from "@/lib/notes/repository";
import {
  goneResponse, notFoundResponse, preconditionFailedResponse, preconditionRequiredResponse, resourceState,
} from "./note-responses";

/** What a write attempt tells the loop: done (with the response), or the version moved under it. */
export type WriteAttempt = Response | "version-changed";

type ConditionalWrite = {
  request: Request;
  id: string;
  /** PUT may create: a missing or deleted note is then a state to evaluate, not a 404 or 410. */
  mayCreate: boolean;
  /** Called with the note's state the preconditions passed against (null when it does not exist). */
  write: (note: NoteValidators | null) => Promise<WriteAttempt>;
};

const MAX_ATTEMPTS = 5;

export async function conditionalWrite({ request, id, mayCreate, write }: ConditionalWrite): Promise<Response> {
  const headers = conditionalHeaders(request.headers);
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
    // are not enough for a write: 428 says what to send instead.
    if (!hasWritePrecondition(headers)) return preconditionRequiredResponse(request);
    const live = stored && !stored.deletedAt ? stored : null;
    const result = await write(live);
    if (result !== "version-changed") return result;
    // Only a condition that still holds for the newer version (such as `*`) gets past the next round.
    if (attempt === MAX_ATTEMPTS) return preconditionFailedResponse(request, id, headers, "If-Match");
  }
}
