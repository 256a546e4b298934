// The one line that tells the person where their text is. Derived from facts, never stored, so it cannot lie.
export type SaveStatus =
  | { kind: "saved" }
  | { kind: "unsaved" }
  | { kind: "saving" }
  | { kind: "failed"; message: string }
  /** A decision is waiting in the merge dialog: a collision, their delete, or my delete of their edit. */
  | { kind: "needs-merge"; what: "edit" | "deleted" | "delete-conflict" }
  | { kind: "deleted" };

export function saveStatus(facts: {
  saving: boolean;
  /** The last save failed for a reason that did not move the work into the merge dialog. */
  failure: string | null;
  unsaved: boolean;
  pendingDecision: "edit" | "deleted" | "delete-conflict" | null;
  deleted: boolean;
}): SaveStatus {
  if (facts.saving) return { kind: "saving" };
  if (facts.pendingDecision) return { kind: "needs-merge", what: facts.pendingDecision };
  if (facts.deleted) return { kind: "deleted" };
  if (facts.failure && facts.unsaved) return { kind: "failed", message: facts.failure };
  if (facts.unsaved) return { kind: "unsaved" };
  return { kind: "saved" };
}
