// What the merge dialog says, as pure functions of the merge session: who saved since my version, whom a
// conflict's other side belongs to, and what a re-merge changed. Kept apart from the dialog so that every
// sentence can be tested, and so that the components only lay them out.
import type { ConflictReason } from "@/lib/merge";
import { editsOf, peopleOf, type MergeView, type RemergeNotice } from "./merge-session";
import type { Change, RevisionSummary } from "./types";

/** "a", "a and b", "a, b and c". */
export function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/** "Bob saved version 2", "Bob saved version 2 and Carol saved versions 3 and 4": everyone, in order. */
export function savesSince(changes: readonly Change[]): string {
  const byAuthor = new Map<string, number[]>();
  for (const change of changes) byAuthor.set(change.author, [...(byAuthor.get(change.author) ?? []), change.version]);
  const saves = [...byAuthor].map(([author, versions]) =>
    versions.length === 1
      ? `${author} saved version ${versions[0]}`
      : versions.length <= 3
        ? `${author} saved versions ${listOf(versions.map(String))}`
        : `${author} saved ${versions.length} versions`,
  );
  return saves.length ? listOf(saves) : "Someone saved";
}

/** The dialog's subtitle: every save since my version, and where I started. */
export function collisionSummary(changes: readonly Change[], baseVersion: number): string {
  const start = baseVersion === 0 ? "before your new note was first saved" : `after you started editing version ${baseVersion}`;
  return `${savesSince(changes)} ${start}.`;
}

/**
 * The other side of every conflict: the note as it is now. When one person made every save since my version,
 * that side is theirs and is named after them; when several did, the changes list cannot say which of them
 * wrote a given sentence, so the side is called what it is, the current version, and its last saver is named.
 */
export type TheirSide = {
  /** In a sentence: "Bob", or "the current version (saved by Carol)". */
  name: string;
  /** Next to their text: "Bob", or "current version, saved by Carol". */
  who: string;
  keep: string;
  keepHint: string;
  mineFirstHint: string;
  theirsFirst: string;
  theirsFirstHint: string;
};

export function theirSide(changes: readonly Change[], currentAuthor: string): TheirSide {
  const people = [...new Set(changes.map((change) => change.author))];
  if (people.length <= 1) {
    const them = people[0] ?? currentAuthor;
    return {
      name: them,
      who: them,
      keep: `Keep ${them}'s`,
      keepHint: `Use ${them}'s version here`,
      mineFirstHint: `Yours, then ${them}'s`,
      theirsFirst: `Keep both, ${them}'s first`,
      theirsFirstHint: `${them}'s, then yours`,
    };
  }
  return {
    name: `the current version (saved by ${currentAuthor})`,
    who: `current version, saved by ${currentAuthor}`,
    keep: "Keep theirs (current version)",
    keepHint: `Use the current version here, saved by ${currentAuthor}`,
    mineFirstHint: "Yours, then the current version's",
    theirsFirst: "Keep both, theirs first",
    theirsFirstHint: "The current version's, then yours",
  };
}

/** Why this is a conflict, naming the other side as honestly as the changes list allows. */
export function conflictReason(reason: ConflictReason, side: TheirSide, severalSavers: boolean): string {
  const them = side.name;
  const They = them.charAt(0).toUpperCase() + them.slice(1);
  if (severalSavers) {
    switch (reason) {
      case "both-edited":
        return `You changed this, and ${them} changes it too.`;
      case "both-inserted":
        return `You added text here, and ${them} adds other text here.`;
      case "mine-deleted":
        return `You deleted this; ${them} changes it.`;
      case "theirs-deleted":
        return `${They} deletes this; you edited it.`;
    }
  }
  switch (reason) {
    case "both-edited":
      return `You and ${them} both changed this.`;
    case "both-inserted":
      return `You and ${them} both added text here.`;
    case "mine-deleted":
      return `You deleted this; ${them} edited it.`;
    case "theirs-deleted":
      return `${They} deleted this; you edited it.`;
  }
}

/** Whether more than one person saved since my version. */
export function severalSavers(changes: readonly Change[]): boolean {
  return new Set(changes.map((change) => change.author)).size > 1;
}

/** The dialog's title. */
export function mergeTitle(changes: readonly Change[], view: MergeView): string {
  const edits = editsOf(changes);
  if (view.conflicts.length) return `Your edit collided with ${edits}`;
  return view.sameAsTheirs ? `${peopleOf(changes)} already saved your changes` : `Merged with ${edits}`;
}

/** Where the person is, for the live region. */
export function progressText(changes: readonly Change[], view: MergeView, showing: number | null): string {
  const total = view.conflicts.length;
  if (!total) {
    return view.sameAsTheirs
      ? `${peopleOf(changes)} already saved the same changes as yours.`
      : `Merged with ${editsOf(changes)}. Nothing conflicts. Review the result and save.`;
  }
  if (!view.left) return "All conflicts resolved. Review the result and save.";
  return `${view.left} of ${total} conflicts left.${showing !== null ? ` Showing conflict ${showing} of ${total}.` : ""}`;
}

/** What a re-merge changed: who saved, which choices still apply, what is left to decide. */
export function remergeText(notice: RemergeNotice, hasConflicts: boolean): string {
  const before = notice.choicesBefore.length;
  const choices =
    before === 1
      ? notice.kept
        ? "Your choice still applies. "
        : "Your choice no longer applies: that conflict changed. "
      : before
        ? `${notice.kept} of your ${before} choices still apply. `
        : "";
  const left = !hasConflicts
    ? "Nothing conflicts now."
    : notice.needChoice
      ? `${notice.needChoice === 1 ? "One conflict needs" : `${notice.needChoice} conflicts need`} a choice.`
      : "Every conflict has a choice.";
  return `${notice.author} saved again (version ${notice.toVersion}) while you were merging, so the merge was redone against it. ${choices}${left}`;
}

/** Whether the changes list misses a save between my version and theirs (the watcher saw only the newest). */
export function hasMissingChanges(changes: readonly Change[], baseVersion: number, theirsVersion: number): boolean {
  const known = new Set(changes.map((change) => change.version));
  for (let version = baseVersion + 1; version <= theirsVersion; version++) if (!known.has(version)) return true;
  return false;
}

/** The changes list with the saves it missed filled in from the note's history, oldest first. */
export function completeChanges(
  changes: readonly Change[],
  history: readonly RevisionSummary[] | undefined,
  baseVersion: number,
  theirsVersion: number,
): Change[] {
  const byVersion = new Map<number, Change>();
  for (const revision of history ?? []) {
    if (revision.version > baseVersion && revision.version <= theirsVersion) {
      byVersion.set(revision.version, { version: revision.version, author: revision.author, createdAt: revision.createdAt });
    }
  }
  for (const change of changes) byVersion.set(change.version, change);
  return [...byVersion.values()].sort((a, b) => a.version - b.version);
}
