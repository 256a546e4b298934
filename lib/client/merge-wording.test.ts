import { describe, expect, it } from "vitest";
import { buildMergeView, choose, currentConflict, startEditMerge, type EditMerge } from "./merge-session";
import {
  collisionSummary,
  dialogWording,
  completeChanges,
  conflictReason,
  hasMissingChanges,
  remergeText,
  savesSince,
  severalSavers,
  theirSide,
} from "./merge-wording";
import type { Change, NoteText, NoteWithEtag } from "./types";

const at = "2026-01-01T00:00:00.000Z";
const bob: Change = { version: 2, author: "Bob", createdAt: at };
const carol: Change = { version: 3, author: "Carol", createdAt: at };
const bobAgain: Change = { version: 4, author: "Bob", createdAt: at };

describe("who saved since my version", () => {
  it("names one saver", () => {
    expect(savesSince([bob])).toBe("Bob saved version 2");
    expect(collisionSummary([bob], 1)).toBe("Bob saved version 2 after you started editing version 1.");
  });
  it("names everyone, not only the latest", () => {
    expect(collisionSummary([bob, carol], 1)).toBe(
      "Bob saved version 2 and Carol saved version 3 after you started editing version 1.",
    );
    expect(savesSince([bob, carol, bobAgain])).toBe("Bob saved versions 2 and 4 and Carol saved version 3");
  });
  it("speaks of a new note as one", () => {
    expect(collisionSummary([{ ...bob, version: 1 }], 0)).toBe("Bob saved version 1 before your new note was first saved.");
  });
});

describe("the other side of a conflict", () => {
  it("is the one person who saved since my version", () => {
    const side = theirSide([bob, bobAgain], "Bob");
    expect(side).toMatchObject({ keep: "Keep Bob's", theirsFirst: "Keep both, Bob's first", who: "Bob" });
    expect(severalSavers([bob, bobAgain])).toBe(false);
    expect(conflictReason("both-edited", side, true)).toBe("You and Bob both changed this.");
  });
  it("is the current version when several people saved: the changes list cannot say which of them wrote it", () => {
    const side = theirSide([bob, carol], "Carol");
    expect(side.keep).toBe("Keep theirs (current version)");
    expect(side.who).toBe("current version, saved by Carol");
    expect(conflictReason("both-edited", side, false)).toBe(
      "You changed this, and the current version (saved by Carol) changes it too.",
    );
    expect(conflictReason("theirs-deleted", side, false)).toBe("The current version (saved by Carol) deletes this; you edited it.");
    for (const reason of ["both-edited", "both-inserted", "mine-deleted", "theirs-deleted"] as const) {
      expect(conflictReason(reason, side, false)).not.toMatch(/Bob and Carol|both changed/);
    }
  });
});

describe("a re-merge", () => {
  const notice = { fromVersion: 2, toVersion: 3, author: "Carol", at, choicesBefore: ["body:a"], kept: 1, needChoice: 1 };
  it("says who saved, what still applies, and what is left", () => {
    expect(remergeText(notice, true)).toBe(
      "Carol saved again (version 3) while you were merging, so the merge was redone against it. " +
        "Your choice still applies. One conflict needs a choice.",
    );
    expect(remergeText({ ...notice, choicesBefore: ["a", "b"], kept: 1, needChoice: 0 }, true)).toContain(
      "1 of your 2 choices still apply. Every conflict has a choice.",
    );
  });
});

describe("saves the watcher did not see", () => {
  it("are found missing between my version and theirs", () => {
    expect(hasMissingChanges([bob, carol], 1, 3)).toBe(false);
    expect(hasMissingChanges([bob, bobAgain], 1, 4)).toBe(true);
  });
  it("are filled in from the history, and nothing outside the range is", () => {
    const history = [1, 2, 3, 4, 5].map((version) => ({ version, author: `P${version}`, createdAt: at, title: "" }));
    expect(completeChanges([bob, bobAgain], history, 1, 4).map((c) => `${c.version}:${c.author}`)).toEqual([
      "2:Bob",
      "3:P3",
      "4:Bob",
    ]);
    expect(completeChanges([bob], undefined, 1, 3)).toEqual([bob]);
  });
});

// The dialog's every sentence from one state, built from real merges so that the state is one the dialog can be in.
function version(v: number, text: NoteText, by = "Bob"): NoteWithEtag {
  return { note: { id: "n", ...text, version: v, createdAt: at, updatedAt: at, updatedBy: by }, etag: `"v${v}"` };
}
const BASE: NoteText = { title: "Plan", body: "We meet on Thursday.\n\nLunch is at noon.\n\nBring sixty-three ideas.\n" };
const edit = (text: NoteText, from: string, to: string, field: keyof NoteText = "body") => ({ ...text, [field]: text[field].replace(from, to) });

function wordingOf(
  mine: NoteText,
  theirs: NoteText,
  options: { decide?: number; review?: boolean; changes?: Change[]; blame?: Record<string, string[]>; owner?: string } = {},
) {
  let session: EditMerge = startEditMerge(version(2, theirs), options.changes ?? [bob], null);
  let view = buildMergeView(session, BASE, mine);
  for (const conflict of view.conflicts.slice(0, options.decide ?? 0)) session = choose(session, conflict, { kind: "mine" });
  view = buildMergeView(session, BASE, mine);
  const reviewing = options.review ?? view.conflicts.length === 0;
  return dialogWording({
    changes: options.changes ?? [bob],
    baseVersion: 1,
    theirsVersion: 2,
    view,
    current: reviewing ? null : currentConflict(session, view),
    reviewing,
    handEdited: false,
    notice: null,
    owner: options.owner ?? null,
    blame: options.blame ?? {},
  });
}

const twoConflicts = [edit(edit(BASE, "Thursday", "Friday"), "sixty-three", "sixty-five"), edit(edit(BASE, "Thursday", "Monday"), "sixty-three", "seventy-three")] as const;

describe("what the dialog says", () => {
  it.each([
    [
      "two conflicts, nothing decided",
      wordingOf(...twoConflicts),
      "Your edit collided with Bob's edit",
      "Bob saved version 2 after you started editing version 1. 2 places need your choice; Bob changed nothing else.",
      "2 of 2 left",
      "2 of 2 conflicts left. Showing conflict 1 of 2.",
    ],
    [
      "two conflicts, one decided: the summary counts what is left, as the progress does",
      wordingOf(...twoConflicts, { decide: 1 }),
      "Your edit collided with Bob's edit",
      "Bob saved version 2 after you started editing version 1. 1 of 2 places still needs your choice; Bob changed nothing else.",
      "1 of 2 left",
      "1 of 2 conflicts left. Showing conflict 1 of 2.",
    ],
    [
      "a conflict, and their other change merged by itself",
      wordingOf(edit(BASE, "sixty-three", "sixty-five"), edit(edit(BASE, "sixty-three", "seventy-three"), "noon", "one")),
      "Your edit collided with Bob's edit",
      "Bob saved version 2 after you started editing version 1. One place needs your choice; everything else merged by itself.",
      "1 of 1 left",
      "1 of 1 conflicts left. Showing conflict 1 of 1.",
    ],
    [
      "only the title conflicts and nothing else changed",
      wordingOf(edit(BASE, "Plan", "Plan A", "title"), edit(BASE, "Plan", "Plan B", "title")),
      "Your edit collided with Bob's edit",
      "Bob saved version 2 after you started editing version 1. The title needs your choice; Bob changed nothing else.",
      "1 of 1 left",
      "1 of 1 conflicts left. Showing conflict 1 of 1.",
    ],
    [
      "every conflict decided",
      wordingOf(...twoConflicts, { decide: 2, review: true }),
      "Your edit collided with Bob's edit",
      "Bob saved version 2 after you started editing version 1. You chose what to keep in both places that conflicted; Bob changed nothing else.",
      "0 of 2 left",
      "All conflicts resolved. Review the result and save.",
    ],
    [
      "a clean merge",
      wordingOf(edit(BASE, "Thursday", "Friday"), edit(BASE, "noon", "one")),
      "Merged with Bob's edit",
      "Bob saved version 2 after you started editing version 1. Nothing you both changed overlaps, so the two merged by themselves. Check the result before saving.",
      null,
      "Merged with Bob's edit. Nothing conflicts. Review the result and save.",
    ],
    [
      "identical edits",
      wordingOf(edit(BASE, "noon", "one"), edit(BASE, "noon", "one")),
      "You and Bob made the same change",
      "Bob saved version 2 after you started editing version 1. Version 2 already is exactly your text: there is nothing to merge or save.",
      null,
      "You and Bob made the same change. Nothing needs saving.",
    ],
    [
      "a save by another tab of this browser",
      wordingOf(...twoConflicts, { changes: [{ ...bob, author: "your other tab" }] }),
      "Your edit collided with your other tab's edit",
      "Your other tab saved version 2 after you started editing version 1. 2 places need your choice; your other tab changed nothing else.",
      "2 of 2 left",
      "2 of 2 conflicts left. Showing conflict 1 of 2.",
    ],
  ])("%s", (_name, words, title, summary, progress, status) => {
    expect(words.title).toBe(title);
    expect(words.summary).toBe(summary);
    expect(words.progress).toBe(progress);
    expect(words.status).toBe(status);
  });

  it("never says that everything else merged when nothing else did", () => {
    const words = wordingOf(edit(BASE, "Plan", "Plan A", "title"), edit(BASE, "Plan", "Plan B", "title"));
    expect(words.autoMergedLink).toBeNull();
    expect(words.summary).not.toMatch(/everything else/);
    expect(words.conflict?.where).toBe("in the title");
    expect(words.conflict?.handEditLabel).toBe("Your title for conflict 1");
  });
  it("identical edits end with a button that says what it does", () => {
    const words = wordingOf(edit(BASE, "noon", "one"), edit(BASE, "noon", "one"));
    expect(words.finish).toBe("Use version 2: nothing to save");
    expect(words.reviewHeading).toBe("Version 2 has your changes");
    expect(wordingOf(edit(BASE, "Thursday", "Friday"), edit(BASE, "noon", "one")).finish).toBe("Save merged note");
    // Several people saved: who made "the same change" is not known, so the title says what is.
    expect(wordingOf(edit(BASE, "noon", "one"), edit(BASE, "noon", "one"), { changes: [bob, carol] }).title).toBe(
      "Version 2 is the same as yours",
    );
  });
  it("says when both made the same change in one place beside a conflict", () => {
    const words = wordingOf(
      edit(edit(BASE, "noon", "one"), "sixty-three", "sixty-five"),
      edit(edit(BASE, "noon", "one"), "sixty-three", "seventy-three"),
    );
    expect(words.summary).toContain("In one place you both made the same change.");
  });
  it("names each conflict after whoever changed that part, when the history says so", () => {
    const changes = [bob, carol];
    const plain = wordingOf(...twoConflicts, { changes });
    expect(plain.conflict?.side.keep).toBe("Keep theirs (current version)");
    const id = plain.conflict!.heading && buildMergeView(startEditMerge(version(2, twoConflicts[1]), changes, null), BASE, twoConflicts[0]).conflicts[0]!.id;
    const blamed = wordingOf(...twoConflicts, { changes, blame: { [id]: ["Bob"] } });
    expect(blamed.conflict?.side.keep).toBe("Keep Bob's");
    expect(blamed.conflict?.reason).toBe("You and Bob both changed this.");
  });
  it("names whose dialog it is when two people share the page", () => {
    expect(wordingOf(...twoConflicts, { owner: "Bob", changes: [{ ...bob, author: "Alice" }] }).title).toBe(
      "Bob's save collided with Alice's edit",
    );
  });
});
