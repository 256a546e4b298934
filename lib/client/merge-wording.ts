// What the merge dialog says, as pure functions of the merge session: who saved since my version, whom a
// conflict's other side belongs to, and what a re-merge changed. Kept apart from the dialog so that every
// sentence can be tested, and so that the components only lay them out.
import type { ConflictChoice, ConflictReason } from "@/lib/merge";
import { editsOf, peopleOf, type ConflictView, type MergeView, type RemergeNotice } from "./merge-session";
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

/** "your other tab saved" at the start of a sentence: "Your other tab saved". */
export function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The part of the merge dialog's state that decides what it says. */
export type WordingState = {
  /** Every save since my version, oldest first, authors as the dialog names them ("your other tab"). */
  changes: readonly Change[];
  baseVersion: number;
  /** The version merged against, and who saved it. */
  theirsVersion: number;
  view: Pick<MergeView, "conflicts" | "left" | "sameAsTheirs" | "identical" | "autoMerged" | "sameEdits">;
  /** The conflict on screen, or null on the review step. */
  current: ConflictView | null;
  reviewing: boolean;
  /** The whole result was edited by hand against the current version. */
  handEdited: boolean;
  notice: RemergeNotice | null;
  /** Whose dialog this is when several people share the page (the demo): "Bob". */
  owner: string | null;
  /** Who changed each conflict's part since my version, by conflict id; missing while not known. */
  blame: Readonly<Record<string, readonly string[]>>;
};

/** The other side of one conflict, named as precisely as is known. */
export type TheirSide = {
  /** In a sentence: "Bob", "Hana and Ivo", or "the current version (saved by Carol)". */
  name: string;
  /** Next to their text: "Bob", or "current version, saved by Carol". */
  who: string;
  keep: string;
  keepHint: string;
  mineFirstHint: string;
  theirsFirst: string;
  theirsFirstHint: string;
};

export type ChoiceWording = { kind: ConflictChoice["kind"]; label: string; hint: string };

export type ConflictWording = {
  /** "Conflict 1 of 2" and "in the title". */
  heading: string;
  where: string;
  reason: string;
  side: TheirSide;
  choices: ChoiceWording[];
  /** The label of the radio group. */
  choicesLabel: string;
  handEditLabel: string;
};

export type DialogWording = {
  title: string;
  /** Who saved since my version, and what is left to do. */
  summary: string;
  /** "1 of 2 left", or null without conflicts. */
  progress: string | null;
  /** The live region: where the person is. */
  status: string;
  reviewHeading: string;
  /** The button that ends the dialog on the review step: it says what it does. */
  finish: string;
  /** The link to what merged by itself, or null when nothing did. */
  autoMergedLink: string | null;
  remerge: string | null;
  conflict: ConflictWording | null;
};

function sideOf(them: string): TheirSide {
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

/**
 * The other side of one conflict. Named after whoever changed that part (`blamed`, from the history); when
 * that is not known and several people saved, it is called what it is, the current version.
 */
export function theirSide(changes: readonly Change[], currentAuthor: string, blamed?: readonly string[]): TheirSide {
  const people = [...new Set(blamed?.length ? blamed : changes.map((change) => change.author))];
  if (people.length <= 1) return sideOf(people[0] ?? currentAuthor);
  if (blamed?.length) {
    const them = listOf(people);
    return {
      ...sideOf(them),
      keep: "Keep theirs",
      keepHint: `Use the current version here, changed by ${them}`,
      mineFirstHint: "Yours, then theirs",
      theirsFirst: "Keep both, theirs first",
      theirsFirstHint: "Theirs, then yours",
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

/**
 * Why this is a conflict. `known`: the side names who changed this part (else only who saved last);
 * `people`: how many they are.
 */
export function conflictReason(reason: ConflictReason, side: TheirSide, known: boolean, people = 1): string {
  const them = side.name;
  if (known && people > 1) {
    switch (reason) {
      case "both-edited":
        return `You, ${them} all changed this.`;
      case "both-inserted":
        return `You, ${them} all added text here.`;
      case "mine-deleted":
        return `You deleted this; ${them} edited it.`;
      case "theirs-deleted":
        return `${sentence(them)} changed this, one of them deleting it; you edited it.`;
    }
  }
  if (!known) {
    switch (reason) {
      case "both-edited":
        return `You changed this, and ${them} changes it too.`;
      case "both-inserted":
        return `You added text here, and ${them} adds other text here.`;
      case "mine-deleted":
        return `You deleted this; ${them} changes it.`;
      case "theirs-deleted":
        return `${sentence(them)} deletes this; you edited it.`;
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
      return `${sentence(them)} deleted this; you edited it.`;
  }
}

/** Whether more than one person saved since my version. */
export function severalSavers(changes: readonly Change[]): boolean {
  return new Set(changes.map((change) => change.author)).size > 1;
}

function places(count: number): string {
  return count === 1 ? "one place" : `${count} places`;
}

/** What is left to decide, in one sentence that agrees with "n of m left". */
function decisionText(state: WordingState, them: string): string {
  const { conflicts, left, autoMerged, sameEdits } = state.view;
  const total = conflicts.length;
  const inTitleOnly = conflicts.every((conflict) => conflict.field === "title");
  const where = total === 1 ? (inTitleOnly ? "The title" : "One place") : `${total} places`;
  const need =
    left === total
      ? `${where} ${total === 1 ? "needs" : "need"} your choice`
      : left > 0
        ? `${left} of ${total} places still ${left === 1 ? "needs" : "need"} your choice`
        : `You chose what to keep in ${total === 1 ? (inTitleOnly ? "the title" : "the one place") : total === 2 ? "both places" : `all ${total} places`} that conflicted`;
  const rest = autoMerged > 0 ? "everything else merged by itself" : `${them} changed nothing else`;
  const same = sameEdits > 0 ? ` In ${places(sameEdits)} you both made the same change.` : "";
  return `${need}; ${rest}.${same}`;
}

/** Every sentence the merge dialog says, from one state: the header, summary and progress cannot disagree. */
export function dialogWording(state: WordingState): DialogWording {
  const { changes, view, current, owner } = state;
  const them = peopleOf(changes);
  const edits = editsOf(changes);
  const total = view.conflicts.length;

  let title: string;
  let outcome: string;
  let status: string;
  if (total) {
    title = owner ? `${owner}'s save collided with ${edits}` : `Your edit collided with ${edits}`;
    outcome = decisionText(state, them);
    status = !view.left
      ? "All conflicts resolved. Review the result and save."
      : `${view.left} of ${total} conflicts left.${current && !state.reviewing ? ` Showing conflict ${current.ordinal} of ${total}.` : ""}`;
  } else if (view.identical) {
    // With several savers, who made "the same change" is not known: say what is.
    const same = severalSavers(changes) ? `Version ${state.theirsVersion} is the same as yours` : `You and ${them} made the same change`;
    title = same;
    outcome = `Version ${state.theirsVersion} already is exactly your text: there is nothing to merge or save.`;
    status = `${same}. Nothing needs saving.`;
  } else if (view.sameAsTheirs) {
    title = `${sentence(them)} already saved your changes`;
    outcome = `Version ${state.theirsVersion} already has every change you made: there is nothing to save.`;
    status = `${sentence(them)} already saved the same changes as yours. Nothing needs saving.`;
  } else {
    title = owner ? `${owner}'s save merged with ${edits}` : `Merged with ${edits}`;
    const same = view.sameEdits > 0 ? ` In ${places(view.sameEdits)} you both made the same change.` : "";
    outcome = `Nothing you both changed overlaps, so the two merged by themselves.${same} Check the result before saving.`;
    status = `Merged with ${edits}. Nothing conflicts. Review the result and save.`;
  }

  const nothingToSave = view.sameAsTheirs && !state.handEdited;
  const summary = `${sentence(collisionSummary(changes, state.baseVersion))} ${outcome}`;
  const remerge = state.notice ? remergeText(state.notice, total > 0) : null;
  return {
    title,
    summary,
    progress: total ? `${view.left} of ${total} left` : null,
    status: remerge ? `${remerge} ${status}` : status,
    reviewHeading: total ? "Check the merged note" : nothingToSave ? `Version ${state.theirsVersion} has your changes` : `Merged with ${edits}: check it, then save`,
    finish: nothingToSave ? `Use version ${state.theirsVersion}: nothing to save` : "Save merged note",
    autoMergedLink: view.autoMerged > 0 ? "Everything else merged by itself: review what changes in your text" : null,
    remerge,
    conflict: current && !state.reviewing ? conflictWording(state, current) : null,
  };
}

function conflictWording(state: WordingState, conflict: ConflictView): ConflictWording {
  const total = state.view.conflicts.length;
  const blamed = state.blame[conflict.id];
  const side = theirSide(state.changes, state.changes[state.changes.length - 1]?.author ?? "someone", blamed);
  const known = !!blamed?.length || !severalSavers(state.changes);
  return {
    heading: `Conflict ${conflict.ordinal} of ${total}`,
    where: conflict.field === "title" ? "in the title" : "in the text",
    reason: conflictReason(conflict.reason, side, known, new Set(blamed ?? []).size),
    side,
    choices: [
      { kind: "mine", label: "Keep mine", hint: "Use your version here" },
      { kind: "theirs", label: side.keep, hint: side.keepHint },
      { kind: "mine-then-theirs", label: "Keep both, mine first", hint: side.mineFirstHint },
      { kind: "theirs-then-mine", label: side.theirsFirst, hint: side.theirsFirstHint },
      {
        kind: "custom",
        label: "Edit by hand",
        hint: conflict.field === "title" ? "Write what the title should say" : "Write what this sentence should say",
      },
    ],
    choicesLabel: `Conflict ${conflict.ordinal} of ${total}: what to keep`,
    handEditLabel: conflict.field === "title" ? `Your title for conflict ${conflict.ordinal}` : `Your text for conflict ${conflict.ordinal}`,
  };
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
