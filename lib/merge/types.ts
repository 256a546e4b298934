// The shapes the merge engine hands to the merge dialog and the CLI. See index.ts for the full contract.

/** Who changed a piece of agreed text, compared with the base. */
export type ChangedBy = "none" | "mine" | "theirs" | "both";

/** What kind of disagreement a conflict is, so the dialog can name it ("They deleted a sentence you edited"). */
export type ConflictReason =
  | "both-edited" // both sides changed the same sentence(s) differently
  | "both-inserted" // both sides added different text at the same place
  | "mine-deleted" // mine removed what theirs edited
  | "theirs-deleted"; // theirs removed what mine edited

export type StableChunk = {
  kind: "stable";
  /** The merged text. Empty when the chunk records a deletion. */
  text: string;
  /** The base text this chunk stands for (=== text when changedBy is "none"). */
  base: string;
  changedBy: ChangedBy;
};

export type ConflictChunk = {
  kind: "conflict";
  /** Derived from base, mine and theirs (plus an occurrence number): survives a re-merge when they do. */
  key: string;
  base: string;
  mine: string;
  theirs: string;
  reason: ConflictReason;
  /** What goes between the two versions when both are kept: a line break for whole lines (of a text of several lines), else a space. */
  separator: string;
  /**
   * Set when the texts alone would not make this a conflict: "line-endings" = one side converted the line
   * endings of the whole text, so its version of every line differs from the base, and the other side's
   * change here is shown for review rather than merged.
   */
  cause?: ConflictCause;
};

/** Why a change that would otherwise merge is shown as a conflict (see ConflictChunk.cause). */
export type ConflictCause = "line-endings";

export type MergeChunk = StableChunk | ConflictChunk;

export type MergeResult = {
  /** In text order; joining every chunk's text (conflicts resolved) gives the merged text. */
  chunks: MergeChunk[];
  conflicts: number;
  clean: boolean;
};

export type ConflictChoice =
  | { kind: "mine" }
  | { kind: "theirs" }
  | { kind: "mine-then-theirs" }
  | { kind: "theirs-then-mine" }
  | { kind: "custom"; text: string };

export type MarkerLabels = { mine?: string; base?: string; theirs?: string };

export type WordDiffPart = { text: string; kind: "same" | "added" | "removed" };
