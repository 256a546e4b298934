// The one line that tells the person where their text is. Derived from facts, never stored, so it cannot lie.
export type SaveStatus =
  | { kind: "saved" }
  /** A note this browser started: nothing of it is on the server yet. */
  | { kind: "new" }
  | { kind: "unsaved" }
  | { kind: "saving" }
  /** The browser is offline. `queued`: the person pressed Save, and it is sent when the connection is back. */
  | { kind: "offline"; queued: boolean }
  /**
   * `retry` is false when sending the same text again cannot work (the server refused what was sent).
   * `nextTryInSeconds`: the save is tried again by itself after that pause (null: it is not, the person decides).
   */
  | { kind: "failed"; message: string; retry: boolean; nextTryInSeconds: number | null }
  /** The text is over a limit of the API: saving it cannot work until it is shortened. */
  | { kind: "too-large"; message: string }
  /** A decision is waiting in the merge dialog: a collision, their delete, or my delete of their edit. */
  | { kind: "needs-merge"; what: "edit" | "deleted" | "delete-conflict" }
  | { kind: "deleted" };

export function saveStatus(facts: {
  saving: boolean;
  /** The last save failed for a reason that did not move the work into the merge dialog. */
  failure: { message: string; retry: boolean; nextTryInSeconds?: number | null } | null;
  unsaved: boolean;
  pendingDecision: "edit" | "deleted" | "delete-conflict" | null;
  deleted: boolean;
  /** Why the text cannot be saved as it is, when it is over a limit. */
  tooLarge?: string | null;
  /** The note is not on the server yet. */
  isNew?: boolean;
  /** The browser says it has no network. */
  offline?: boolean;
  /** A save the person asked for is waiting to be sent. */
  queued?: boolean;
}): SaveStatus {
  if (facts.saving) return { kind: "saving" };
  if (facts.pendingDecision) return { kind: "needs-merge", what: facts.pendingDecision };
  if (facts.deleted) return { kind: "deleted" };
  if (facts.tooLarge && facts.unsaved) return { kind: "too-large", message: facts.tooLarge };
  if (facts.offline && facts.unsaved) return { kind: "offline", queued: !!facts.queued };
  if (facts.failure && facts.unsaved) {
    return { kind: "failed", message: facts.failure.message, retry: facts.failure.retry, nextTryInSeconds: facts.failure.nextTryInSeconds ?? null };
  }
  if (facts.unsaved) return { kind: "unsaved" };
  if (facts.isNew) return { kind: "new" };
  return { kind: "saved" };
}
