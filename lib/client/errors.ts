// Every way a request to the notes API can fail, as a type the UI can switch on.
// Expected HTTP outcomes (412, 410, ...) are errors here because a query or mutation that did not get what it
// asked for must not look like a success; the callers decide what each one means for the person.
import { MAX_BODY_BYTES, tooLargeMessage } from "./size-limit";
import type { Change, Note, Problem } from "./types";

/** The server answered with a status that is not 2xx. */
export class ApiError extends Error {
  override readonly name: string = "ApiError";
  constructor(
    readonly status: number,
    readonly problem: Problem | null,
    message = problem?.detail ?? problem?.title ?? `The server answered ${status}.`,
  ) {
    super(message);
  }
}

/** 412: someone saved (or deleted) the note since the version this write was based on. */
export class PreconditionFailedError extends ApiError {
  override readonly name = "PreconditionFailedError";
  constructor(
    problem: Problem | null,
    /** The note as it is now, or null when there is none (it was deleted). */
    readonly current: Note | null,
    readonly currentEtag: string | null,
    /** The saves since the version the write was based on, oldest first, when the server knows them. */
    readonly changes: Change[],
  ) {
    super(412, problem, problem?.detail ?? "Someone else saved this note first.");
  }
}

/** 410: the note was deleted. */
export class GoneError extends ApiError {
  override readonly name = "GoneError";
  constructor(
    problem: Problem | null,
    readonly deletedBy: string | null,
    readonly deletedAt: string | null,
  ) {
    super(410, problem, problem?.detail ?? "This note was deleted.");
  }
}

/** 404: no note ever had this id. */
export class NotFoundError extends ApiError {
  override readonly name = "NotFoundError";
}

/** 413, or a problem of type /problems/content-too-large: sending the same text again cannot succeed. */
export class ContentTooLargeError extends ApiError {
  override readonly name = "ContentTooLargeError";
  constructor(
    status: number,
    problem: Problem | null,
    /** The limit the server named (bytes), when it named one. */
    readonly limit: number | null,
  ) {
    super(status, problem, tooLargeMessage(null, limit ?? MAX_BODY_BYTES));
  }
}

/** 5xx: the server failed. The request may be retried. */
export class ServerError extends ApiError {
  override readonly name = "ServerError";
}

/** The request never got an answer: offline, DNS, connection reset, CORS... */
export class NetworkError extends Error {
  override readonly name = "NetworkError";
  constructor(override readonly cause: unknown) {
    super("Could not reach the server.");
  }
}

/** Failures worth trying again: nothing was decided by the server. */
export function isTransient(error: unknown): boolean {
  return error instanceof NetworkError || error instanceof ServerError;
}

/** Whether sending the same request again could work: not when the server refused what was sent. */
export function canRetry(error: unknown): boolean {
  return !(error instanceof ApiError) || error instanceof ServerError;
}

/** A short sentence for a person, for errors that have no dedicated screen. */
export function describeError(error: unknown): string {
  if (error instanceof NetworkError) return "Couldn't reach the server. Check your connection.";
  if (error instanceof ServerError) return `The server had a problem (${error.status}).`;
  if (error instanceof ApiError) return error.message;
  if (error instanceof Error) return error.message;
  return "Something went wrong.";
}
