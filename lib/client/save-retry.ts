// When a save that got no decision from the server is tried again by itself. A network failure or a gateway
// answer (502, 503, 504) says nothing about the note, so the same save can be sent again; anything else the
// server decided, and sending it again would get the same answer. The retries are few and spaced out, so a
// server that stays down leads to a plain "Not saved" with a Retry button, never a spinner that runs forever.
import { NetworkError, ServerError } from "./errors";

const GATEWAY_STATUSES = new Set([502, 503, 504]);

/** Pauses before the automatic attempts after the first failure: three more tries over about 20 seconds. */
export const RETRY_DELAYS_MS = [2_000, 5_000, 15_000] as const;

export function isRetryableSaveFailure(error: unknown): boolean {
  return error instanceof NetworkError || (error instanceof ServerError && GATEWAY_STATUSES.has(error.status));
}

/** How long to wait before automatic attempt `failures + 1`, or null when it is time to stop and ask. */
export function nextRetryDelay(failures: number): number | null {
  return failures >= 1 && failures <= RETRY_DELAYS_MS.length ? RETRY_DELAYS_MS[failures - 1]! : null;
}
