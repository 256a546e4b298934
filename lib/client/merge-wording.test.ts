import { describe, expect, it } from "vitest";
import {
  collisionSummary,
  completeChanges,
  conflictReason,
  hasMissingChanges,
  remergeText,
  savesSince,
  severalSavers,
  theirSide,
} from "./merge-wording";
import type { Change } from "./types";

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
    expect(conflictReason("both-edited", side, false)).toBe("You and Bob both changed this.");
  });
  it("is the current version when several people saved: the changes list cannot say which of them wrote it", () => {
    const side = theirSide([bob, carol], "Carol");
    expect(side.keep).toBe("Keep theirs (current version)");
    expect(side.who).toBe("current version, saved by Carol");
    expect(conflictReason("both-edited", side, true)).toBe(
      "You changed this, and the current version (saved by Carol) changes it too.",
    );
    expect(conflictReason("theirs-deleted", side, true)).toBe("The current version (saved by Carol) deletes this; you edited it.");
    for (const reason of ["both-edited", "both-inserted", "mine-deleted", "theirs-deleted"] as const) {
      expect(conflictReason(reason, side, true)).not.toMatch(/Bob and Carol|both changed/);
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
