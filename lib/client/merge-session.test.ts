import { describe, expect, it } from "vitest";
import {
  buildMergeView,
  choose,
  currentConflict,
  editsOf,
  mergeChanges,
  nextUnresolved,
  peopleOf,
  rebaseEditMerge,
  remergeNotice,
  resolution,
  startDeleteConflict,
  startEditMerge,
  stepConflict,
  wholeEditIsCurrent,
  type EditMerge,
} from "./merge-session";
import type { NoteText, NoteWithEtag } from "./types";

function version(v: number, text: NoteText, by = "Bob"): NoteWithEtag {
  return {
    note: { id: "n1", ...text, version: v, createdAt: "2026-01-01T00:00:00.000Z", updatedAt: `2026-01-01T00:0${v}:00.000Z`, updatedBy: by },
    etag: `"v${v}"`,
  };
}

const base: NoteText = {
  title: "Plan",
  body: "We meet on Thursday.\n\nLunch is at noon.\n\nBring sixty-three ideas.\n",
};
const mine: NoteText = {
  title: "Plan",
  body: "We meet on Friday.\n\nLunch is at noon.\n\nBring sixty-five ideas.\n",
};
const theirs2 = version(2, {
  title: "Plan",
  body: "We meet on Monday.\n\nLunch is at one.\n\nBring seventy-three ideas.\n",
});

describe("starting a merge", () => {
  it("opens against the 412's current note, listing who saved since the base", () => {
    const session = startEditMerge(theirs2, [{ version: 2, author: "Bob", createdAt: "t" }], null);
    expect(session.open).toBe(true);
    expect(session.theirs.etag).toBe('"v2"');
    expect(session.changes.map((c) => c.author)).toEqual(["Bob"]);
  });
  it("names the current note's last save when the 412 lists no changes", () => {
    const session = startEditMerge(theirs2, [], null);
    expect(session.changes).toEqual([{ version: 2, author: "Bob", createdAt: theirs2.note.updatedAt }]);
  });
  it("a further 412 starts over against the newer version and keeps the choices", () => {
    const first = choose(startEditMerge(theirs2, [], null), { id: "body:k", field: "body", key: "k" }, { kind: "mine" });
    const theirs3 = version(3, { ...theirs2.note, body: theirs2.note.body + "More.\n" }, "Carol");
    const again = startEditMerge(theirs3, [{ version: 3, author: "Carol", createdAt: "t3" }], { ...first, open: false });
    expect(again.open).toBe(true);
    expect(again.theirs.etag).toBe('"v3"');
    expect(again.choices.body).toEqual({ k: { kind: "mine" } });
    expect(again.remerges).toHaveLength(1);
    expect(again.changes.map((c) => c.version)).toEqual([2, 3]);
  });
  it("a delete conflict remembers their version", () => {
    expect(startDeleteConflict(theirs2, []).theirs.etag).toBe('"v2"');
  });
});

describe("the view", () => {
  const session = startEditMerge(theirs2, [], null);
  const view = buildMergeView(session, base, mine);

  it("shows only the conflicts, title first, numbered", () => {
    expect(view.conflicts.length).toBeGreaterThanOrEqual(2);
    expect(view.conflicts.map((c) => c.ordinal)).toEqual(view.conflicts.map((_, i) => i + 1));
    expect(view.left).toBe(view.conflicts.length);
    expect(view.resolved).toBeNull();
  });
  it("each conflict carries the three texts and some context", () => {
    const first = view.conflicts[0]!;
    expect(first.mine).toContain("Friday");
    expect(first.theirs).toContain("Monday");
    expect(first.base).toContain("Thursday");
    expect(first.field).toBe("body");
    expect(first.id).toBe(`body:${first.key}`);
  });
  it("resolves once every conflict has a choice, merging the rest by itself", () => {
    let s: EditMerge = session;
    for (const conflict of view.conflicts) s = choose(s, conflict, { kind: "mine" });
    const done = buildMergeView(s, base, mine);
    expect(done.left).toBe(0);
    expect(done.resolved).toEqual({
      title: "Plan",
      body: "We meet on Friday.\n\nLunch is at one.\n\nBring sixty-five ideas.\n",
    });
  });
  it("applies each kind of choice", () => {
    const [first, second] = view.conflicts;
    let s = choose(session, first!, { kind: "theirs" });
    s = choose(s, second!, { kind: "custom", text: second!.mine.replace("sixty-five", "seventy") });
    const done = buildMergeView(s, base, mine);
    expect(done.resolved?.body).toBe("We meet on Monday.\n\nLunch is at one.\n\nBring seventy ideas.\n");
    expect(done.conflicts[0]!.result).toBe(first!.theirs);
  });
  it("a clean merge has no conflicts and says whether their side contributed", () => {
    const clean = buildMergeView(
      startEditMerge(version(2, { title: "Plan", body: base.body.replace("noon", "one") }), [], null),
      base,
      mine,
    );
    expect(clean.conflicts).toEqual([]);
    expect(clean.theirsContributed).toBe(true);
    expect(clean.resolved?.body).toBe("We meet on Friday.\n\nLunch is at one.\n\nBring sixty-five ideas.\n");
  });
  it("knows when their version already has my changes", () => {
    const same = buildMergeView(startEditMerge(version(2, mine), [], null), base, mine);
    expect(same.sameAsTheirs).toBe(true);
  });
  it("merges title and body separately", () => {
    const titled = buildMergeView(
      startEditMerge(version(2, { title: "Plan B", body: base.body }), [], null),
      base,
      { title: "Plan A", body: mine.body },
    );
    expect(titled.conflicts.map((c) => c.field)).toEqual(["title"]);
  });
});

describe("moving between conflicts", () => {
  const session = startEditMerge(theirs2, [], null);
  const view = buildMergeView(session, base, mine);
  it("starts at the first undecided conflict", () => {
    expect(currentConflict(session, view)?.ordinal).toBe(1);
    const decided = choose(session, view.conflicts[0]!, { kind: "mine" });
    const fresh = { ...decided, currentId: null };
    expect(currentConflict(fresh, buildMergeView(fresh, base, mine))?.ordinal).toBe(2);
  });
  it("steps next and previous, clamped at the ends", () => {
    const next = stepConflict(session, view, 1);
    expect(currentConflict(next, view)?.ordinal).toBe(2);
    expect(currentConflict(stepConflict(next, view, 5), view)?.ordinal).toBe(view.conflicts.length);
    expect(currentConflict(stepConflict(next, view, -5), view)?.ordinal).toBe(1);
  });
  it("finds the next undecided conflict, wrapping around", () => {
    const last = view.conflicts[view.conflicts.length - 1]!;
    expect(nextUnresolved(view, last.id)?.ordinal).toBe(1);
  });
});

describe("re-merging when someone saves while the dialog is open", () => {
  const session = startEditMerge(theirs2, [], null);
  const view = buildMergeView(session, base, mine);
  const [first, second] = view.conflicts;
  const chosen = choose(choose(session, first!, { kind: "mine" }), second!, { kind: "theirs" });
  // Carol changes only the last paragraph again: the first conflict is unchanged, the second is a new one.
  const theirs3 = version(3, { title: "Plan", body: theirs2.note.body.replace("seventy-three", "eighty") }, "Carol");

  it("ignores versions that are not newer", () => {
    expect(rebaseEditMerge(chosen, theirs2)).toBe(chosen);
    expect(rebaseEditMerge(chosen, version(1, base))).toBe(chosen);
  });
  it("keeps the choices of unchanged conflicts and asks again for changed ones", () => {
    const rebased = rebaseEditMerge(chosen, theirs3);
    expect(rebased.theirs.etag).toBe('"v3"');
    const again = buildMergeView(rebased, base, mine);
    expect(again.conflicts[0]!.key).toBe(first!.key);
    expect(again.conflicts[0]!.choice).toEqual({ kind: "mine" });
    expect(again.conflicts[1]!.key).not.toBe(second!.key);
    expect(again.conflicts[1]!.choice).toBeUndefined();
    const notice = remergeNotice(rebased, again);
    expect(notice).toMatchObject({ author: "Carol", fromVersion: 2, toVersion: 3, kept: 1, needChoice: 1 });
    expect(rebased.changes.map((c) => c.author)).toEqual(["Bob", "Carol"]);
  });
  it("stops saying so once the person has seen it", () => {
    const rebased = rebaseEditMerge(chosen, theirs3);
    const seen = { ...rebased, remergesSeen: rebased.remerges.length };
    expect(remergeNotice(seen, buildMergeView(seen, base, mine))).toBeNull();
  });
  it("does not save a hand edit of the whole made against the older version", () => {
    const edited: EditMerge = { ...chosen, wholeEdit: { title: "Plan", body: "by hand", against: '"v2"' } };
    expect(wholeEditIsCurrent(edited)).toBe(true);
    expect(resolution(edited, buildMergeView(edited, base, mine))).toEqual({ title: "Plan", body: "by hand" });
    const rebased = rebaseEditMerge(edited, theirs3);
    expect(wholeEditIsCurrent(rebased)).toBe(false);
    expect(resolution(rebased, buildMergeView(rebased, base, mine))).toBeNull();
  });
});

describe("naming people", () => {
  const c = (author: string, version: number) => ({ author, version, createdAt: "t" });
  it.each([
    [[], "someone's edit"],
    [[c("Bob", 2)], "Bob's edit"],
    [[c("Bob", 2), c("Bob", 3)], "Bob's edits"],
    [[c("Bob", 2), c("Carol", 3)], "Bob and Carol's edits"],
    [[c("Bob", 2), c("Carol", 3), c("Dan", 4)], "Bob, Carol and Dan's edits"],
  ])("%j -> %s", (changes, expected) => {
    expect(editsOf(changes)).toBe(expected);
  });
  it("lists each person once", () => {
    expect(peopleOf([c("Bob", 2), c("Carol", 3), c("Bob", 4)])).toBe("Bob and Carol");
  });
  it("merges change lists by version, oldest first", () => {
    expect(mergeChanges([c("Bob", 3)], [c("Al", 2), c("Bob", 3)]).map((x) => x.version)).toEqual([2, 3]);
  });
});

describe("a re-merge moves to what needs a choice", () => {
  it("forgets the conflict on screen, so the first undecided one is shown", () => {
    let session = startEditMerge(theirs2, [], null);
    const view = buildMergeView(session, base, mine);
    const first = view.conflicts[0]!;
    session = choose(session, first, { kind: "mine" });
    expect(currentConflict(session, buildMergeView(session, base, mine))?.id).toBe(first.id);
    const theirs3 = version(3, { ...theirs2.note, body: theirs2.note.body + "More.\n" }, "Carol");
    const rebased = rebaseEditMerge(session, theirs3);
    expect(rebased.currentId).toBeNull();
    const after = buildMergeView(rebased, base, mine);
    expect(currentConflict(rebased, after)?.choice).toBeUndefined();
  });
});

describe("line endings", () => {
  it("a note saved with CRLF elsewhere merges with an edit made in the textarea (which gives LF)", () => {
    const base = { title: "T", body: "One.\r\nTwo.\r\nThree.\r\n" };
    const mine = { title: "T", body: "One!\nTwo.\nThree.\n" };
    const theirs = { ...base, body: "One.\r\nTwo.\r\nThree, four.\r\n" };
    const view = buildMergeView({ theirs: { note: { ...theirs, id: "n", version: 2, createdAt: "", updatedAt: "", updatedBy: "Bob" }, etag: '"v2"' }, choices: {} } as never, base, mine);
    expect(view.conflicts).toHaveLength(0);
  });
});

describe("a hand edit is of the whole sentence (or line)", () => {
  const titleBase: NoteText = { title: "Offsite plan", body: "Text.\n" };
  const theirs = version(2, { title: "Offsite plan draft", body: "Text.\n" });
  const session = startEditMerge(theirs, [], null);
  const view = buildMergeView(session, titleBase, { title: "Offsite plan v2", body: "Text.\n" });
  const conflict = view.conflicts[0]!;

  it("the conflict comes with the rest of its line, so the box starts with the whole title", () => {
    expect(conflict.lead + conflict.mine + conflict.trail).toBe("Offsite plan v2");
    expect(conflict.lead + conflict.theirs + conflict.trail).toBe("Offsite plan draft");
  });
  it("typing a new title there replaces the whole title, not only the changed words", () => {
    const s = choose(session, conflict, { kind: "custom", text: "Team offsite", lead: conflict.lead, trail: conflict.trail });
    const done = buildMergeView(s, titleBase, { title: "Offsite plan v2", body: "Text.\n" });
    expect(done.resolved?.title).toBe("Team offsite");
    expect(done.conflicts[0]!.result).toBe("Team offsite");
  });
  it("the other choices show the whole line they give", () => {
    const s = choose(session, conflict, { kind: "theirs" });
    expect(buildMergeView(s, titleBase, { title: "Offsite plan v2", body: "Text.\n" }).conflicts[0]!.result).toBe("Offsite plan draft");
  });
  it("a sentence of a longer line takes only its own sentence", () => {
    const b: NoteText = { title: "T", body: "We meet Monday. Lunch is at noon. Bring a laptop.\n" };
    const m = { ...b, body: b.body.replace("noon", "one") };
    const t = version(2, { ...b, body: b.body.replace("noon", "two") });
    const s0 = startEditMerge(t, [], null);
    const c = buildMergeView(s0, b, m).conflicts[0]!;
    expect(c.lead + c.mine + c.trail).toBe("Lunch is at one.");
    const s = choose(s0, c, { kind: "custom", text: "Lunch is at half past one.", lead: c.lead, trail: c.trail });
    expect(buildMergeView(s, b, m).resolved?.body).toBe("We meet Monday. Lunch is at half past one. Bring a laptop.\n");
  });
  it("stops applying when the sentence around it changed, and is offered again", () => {
    const s = choose(session, conflict, { kind: "custom", text: "Team offsite", lead: "Other plan", trail: "" });
    const again = buildMergeView(s, titleBase, { title: "Offsite plan v2", body: "Text.\n" });
    expect(again.conflicts[0]!.choice).toBeUndefined();
    expect(again.conflicts[0]!.staleText).toBe("Team offsite");
    expect(again.resolved).toBeNull();
  });
  it("a hand edit stored without its sentence (an older dialog) replaces the conflict's words only", () => {
    // Whatever the engine's conflict holds (the changed words, or the whole line), it is all the text replaces.
    const s = choose(session, conflict, { kind: "custom", text: conflict.mine.replace("v2", "v3") });
    expect(buildMergeView(s, titleBase, { title: "Offsite plan v2", body: "Text.\n" }).resolved?.title).toBe("Offsite plan v3");
  });
});

describe("what the view knows for the wording", () => {
  it("counts what merged by itself, identical edits, and whether both texts are the same", () => {
    const same = buildMergeView(startEditMerge(version(2, mine), [], null), base, mine);
    expect(same).toMatchObject({ identical: true, sameAsTheirs: true, autoMerged: 0 });
    const clean = buildMergeView(startEditMerge(version(2, { ...base, body: base.body.replace("noon", "one") }), [], null), base, mine);
    expect(clean).toMatchObject({ identical: false, autoMerged: 1 });
  });
  it("places each conflict in the base, for blaming it", () => {
    const view = buildMergeView(startEditMerge(theirs2, [], null), base, mine);
    for (const c of view.conflicts) expect(base.body.slice(c.baseStart, c.baseEnd)).toBe(c.base);
  });
});
