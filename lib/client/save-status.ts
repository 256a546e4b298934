// The one line that tells the person where their text is. Derived from facts, never stored, so it cannot lie.
export type SaveStatus =
  | { kind: "saved" }
  /** A note this browser started: nothing of it is on the server yet. */
  | { kind: "new" }
  | { kind: "unsaved" }
  | { kind: "saving" }
  /** `retry` is false when sending the same text again cannot work (the server refused what was sent). */
  | { kind: "failed"; message: string; retry: boolean }
  /** The text is over a limit of the API: saving it cannot work until it is shortened. */
  | { kind: "too-large"; message: string }
  /** A decision is waiting in the merge dialog: a collision, their delete, or my delete of their edit. */
  | { kind: "needs-merge"; what: "edit" | "deleted" | "delete-conflict" }
  | { kind: "deleted" };

export function saveStatus(facts: {
  saving: boolean;
  /** The last save failed for a reason that did not move the work into the merge dialog. */
  failure: { message: string; retry: boolean } | null;
  unsaved: boolean;
  pendingDecision: "edit" | "deleted" | "delete-conflict" | null;
  deleted: boolean;
  /** Why the text cannot be saved as it is, when it is over a limit. */
  tooLarge?: string | null;
  /** The note is not on the server yet. */
  isNew?: boolean;
}): SaveStatus {
  if (facts.saving) return { kind: "saving" };
  if (facts.pendingDecision) return { kind: "needs-merge", what: facts.pendingDecision };
  if (facts.deleted) return { kind: "deleted" };
  if (facts.tooLarge && facts.unsaved) return { kind: "too-large", message: facts.tooLarge };
  if (facts.failure && facts.unsaved) return { kind: "failed", ...facts.failure };
  if (facts.unsaved) return { kind: "unsaved" };
  if (facts.isNew) return { kind: "new" };
  return { kind: "saved" };
}
