import { describe, expect, it } from "vitest";
import { mergeTexts, resolvedText } from "./index";
import { syntheticMerge } from "./synthetic-note";
import type { ConflictChunk, MergeResult } from "./types";

// The merged text of a clean merge (a test failure if it is not clean).
function merged(base: string, mine: string, theirs: string): string {
  const result = mergeTexts(base, mine, theirs);
  expect(conflictsOf(result)).toEqual([]);
  return resolvedText(result, {})!;
}

const conflictsOf = (result: MergeResult) =>
  result.chunks.filter((c): c is ConflictChunk => c.kind === "conflict").map(({ base, mine, theirs, reason }) => ({
    base,
    mine,
    theirs,
    reason,
  }));

type CleanCase = [name: string, base: string, mine: string, theirs: string, expected: string];
type ConflictCase = [name: string, base: string, mine: string, theirs: string, conflicts: ReturnType<typeof conflictsOf>];

function cleanTable(cases: CleanCase[]) {
  it.each(cases)("%s", (_, base, mine, theirs, expected) => {
    expect(merged(base, mine, theirs)).toBe(expected);
    // Merging is symmetric when it is clean.
    expect(merged(base, theirs, mine)).toBe(expected);
  });
}

function conflictTable(cases: ConflictCase[]) {
  it.each(cases)("%s", (_, base, mine, theirs, conflicts) => {
    const result = mergeTexts(base, mine, theirs);
    expect(result.clean).toBe(false);
    expect(result.conflicts).toBe(conflicts.length);
    expect(conflictsOf(result)).toEqual(conflicts);
  });
}

describe("mergeTexts", () => {
  describe("changes to different lines", () => {
    cleanTable([
      ["edits of separate paragraphs", "One.\n\nTwo.\n\nThree.\n", "One!\n\nTwo.\n\nThree.\n", "One.\n\nTwo.\n\nThree?\n", "One!\n\nTwo.\n\nThree?\n"],
      ["edits of adjacent lines (each line is its own unit)", "- apples\n- pears\n", "- green apples\n- pears\n", "- apples\n- ripe pears\n", "- green apples\n- ripe pears\n"],
      ["a line added at each end", "middle\n", "top\nmiddle\n", "middle\nbottom\n", "top\nmiddle\nbottom\n"],
      ["a new list item next to an edited one", "* one\n* two\n", "* One\n* two\n", "* one\n* two\n* three\n", "* One\n* two\n* three\n"],
      ["a new paragraph before one the other side edits", "A.\n\nB is here.\n", "A.\n\nNew.\n\nB is here.\n", "A.\n\nB is there.\n", "A.\n\nNew.\n\nB is there.\n"],
      ["only one side changed anything", "a\nb\n", "a\nb\n", "a\nc\n", "a\nc\n"],
      ["nobody changed anything", "same\n", "same\n", "same\n", "same\n"],
    ]);
  });

  describe("one paragraph, different sentences", () => {
    cleanTable([
      [
        "a word in each of two sentences",
        "The cat sat on the mat. The dog slept by the door.\n",
        "The black cat sat on the mat. The dog slept by the door.\n",
        "The cat sat on the mat. The dog slept by the back door.\n",
        "The black cat sat on the mat. The dog slept by the back door.\n",
      ],
      [
        "a sentence added after another that the other side edits",
        "First point. Second point.\n",
        "First point. Second point. Third point.\n",
        "First point. Second, better point.\n",
        "First point. Second, better point. Third point.\n",
      ],
      [
        "question and exclamation marks end sentences too",
        "Is it late? It is! Go home.\n",
        "Is it very late? It is! Go home.\n",
        "Is it late? It is! Go home now.\n",
        "Is it very late? It is! Go home now.\n",
      ],
      [
        "CJK sentences end at 。 without a space",
        "今日は晴れです。明日は雨です。\n",
        "今日は快晴です。明日は雨です。\n",
        "今日は晴れです。明日は大雨です。\n",
        "今日は快晴です。明日は大雨です。\n",
      ],
    ]);
  });

  describe("one sentence, edits from both sides: shown for review", () => {
    conflictTable([
      [
        "different words of one sentence (sixty-three: five vs seventy)",
        "The town had sixty-three houses. It was small.\n",
        "The town had sixty-five houses. It was small.\n",
        "The town had seventy-three houses. It was small.\n",
        [
          {
            base: "The town had sixty-three houses.",
            mine: "The town had sixty-five houses.",
            theirs: "The town had seventy-three houses.",
            reason: "both-edited",
          },
        ],
      ],
      [
        "one side went further by replacing a word the other kept (sixty-five vs seventy-five)",
        "It had sixty-three houses.\n",
        "It had sixty-five houses.\n",
        "It had seventy-five houses.\n",
        [
          {
            base: "It had sixty-three houses.",
            mine: "It had sixty-five houses.",
            theirs: "It had seventy-five houses.",
            reason: "both-edited",
          },
        ],
      ],
      [
        "an abbreviation does not end the sentence",
        "We met e.g. on Monday at noon.\n",
        "We met e.g. on Tuesday at noon.\n",
        "We met e.g. on Monday at ten.\n",
        [
          {
            base: "We met e.g. on Monday at noon.",
            mine: "We met e.g. on Tuesday at noon.",
            theirs: "We met e.g. on Monday at ten.",
            reason: "both-edited",
          },
        ],
      ],
      [
        "the conflict is the sentence, not the paragraph",
        "Keep this. Change me here and there. Keep that.\n",
        "Keep this. Change you here and there. Keep that.\n",
        "Keep this. Change me here and everywhere. Keep that.\n",
        [
          {
            base: "Change me here and there.",
            mine: "Change you here and there.",
            theirs: "Change me here and everywhere.",
            reason: "both-edited",
          },
        ],
      ],
    ]);
  });

  describe("identical and overlapping edits", () => {
    cleanTable([
      ["the same edit on both sides", "colour\n", "color\n", "color\n", "color\n"],
      ["the same sentence added by both", "A.\n", "A.\nB.\n", "A.\nB.\n", "A.\nB.\n"],
      [
        "one side's edit already contains the other's",
        "We saw three ships.\n",
        "We saw five ships.\n",
        "We saw five big ships.\n",
        "We saw five big ships.\n",
      ],
    ]);
  });

  describe("insertions at one place", () => {
    conflictTable([
      [
        "different lines added at the same place",
        "start\nend\n",
        "start\nmine\nend\n",
        "start\ntheirs\nend\n",
        [{ base: "", mine: "mine\n", theirs: "theirs\n", reason: "both-inserted" }],
      ],
      [
        "different sentences added at the same place in a paragraph",
        "One. Three.\n",
        "One. Two. Three.\n",
        "One. Deux. Three.\n",
        [{ base: "", mine: "Two. ", theirs: "Deux. ", reason: "both-inserted" }],
      ],
    ]);
  });

  describe("edit against deletion, both ways", () => {
    conflictTable([
      [
        "mine deleted a line that theirs edited",
        "keep\ngone soon\nkeep\n",
        "keep\nkeep\n",
        "keep\ngone later\nkeep\n",
        [{ base: "gone soon\n", mine: "", theirs: "gone later\n", reason: "mine-deleted" }],
      ],
      [
        "theirs deleted a sentence that mine edited",
        "Stay. Go away. Stay.\n",
        "Stay. Go far away. Stay.\n",
        "Stay. Stay.\n",
        [{ base: "Go away. ", mine: "Go far away. ", theirs: "", reason: "theirs-deleted" }],
      ],
    ]);
  });

  describe("whitespace and line endings", () => {
    cleanTable([
      ["CRLF kept on both sides", "a\r\nb\r\nc\r\n", "A\r\nb\r\nc\r\n", "a\r\nb\r\nC\r\n", "A\r\nb\r\nC\r\n"],
      ["no final newline", "a\nb", "A\nb", "a\nB", "A\nB"],
      ["a final newline added by one side", "a\nb", "a\nb\n", "A\nb", "A\nb\n"],
      ["empty base, only one side wrote", "", "", "hello\n", "hello\n"],
      ["trailing spaces removed by one side, a word edited by the other", "one  \ntwo\n", "one\ntwo\n", "one  \nTwo\n", "one\nTwo\n"],
      [
        "re-wrapping merges with a word edit",
        "The quick brown fox jumps over the lazy dog.\n",
        "The quick brown fox\njumps over the lazy dog.\n",
        "The quick red fox jumps over the lazy dog.\n",
        "The quick red fox\njumps over the lazy dog.\n",
      ],
      ["a re-indented line that the other side deleted", "keep\n  old line\nkeep\n", "keep\n    old line\nkeep\n", "keep\nkeep\n", "keep\nkeep\n"],
      ["spacing changed between two words the other side replaced", "a  b\n", "a b\n", "x  y\n", "x y\n"],
      ["trailing spaces removed from a line the other side rewrote", "a b  \n", "a b\n", "c d\n", "c d\n"],
      ["double space made single next to an edit elsewhere", "Hi  there. Bye.\n", "Hi there. Bye.\n", "Hi  there. Goodbye.\n", "Hi there. Goodbye.\n"],
    ]);

    it("follows mine's line endings when one side converted the whole text", () => {
      expect(merged("a\nb\nc\n", "A\r\nb\r\nc\r\n", "a\nb\nC\n")).toBe("A\r\nb\r\nC\r\n");
      expect(merged("a\nb\nc\n", "A\nb\nc\n", "a\r\nb\r\nC\r\n")).toBe("A\nb\nC\n");
    });

    it("merges a line-ending change of some lines with the other side's edits", () => {
      expect(merged("One.\nTwo.\nThree.\n", "One.\r\nTwo.\r\nThree.\n", "One.\nThree!\n")).toBe("One.\r\nThree!\n");
    });

    it("keeps mixed line endings exactly", () => {
      expect(merged("a\r\nb\nc\r\n", "A\r\nb\nc\r\n", "a\r\nb\nC\r\n")).toBe("A\r\nb\nC\r\n");
    });

    conflictTable([
      [
        "both sides added text to an empty base",
        "",
        "mine\n",
        "theirs\n",
        [{ base: "", mine: "mine\n", theirs: "theirs\n", reason: "both-inserted" }],
      ],
    ]);

    it("round-trips every input exactly when nothing changed", () => {
      for (const text of ["", "\n", "\r\n", "a", "a\r\nb", "a\rb\r", " \t\n\n  ", "\uFEFFbom\n"]) {
        expect(merged(text, text, text)).toBe(text);
      }
    });
  });

  describe("Unicode", () => {
    cleanTable([
      ["emoji with skin tones and joiners stay whole", "Team 👩🏽‍💻 ok. Fine.\n", "Team 👩🏽‍💻👨‍👩‍👧 ok. Fine.\n", "Team 👩🏽‍💻 ok. Great.\n", "Team 👩🏽‍💻👨‍👩‍👧 ok. Great.\n"],
      ["flags stay whole", "Go 🇫🇷 now. Yes.\n", "Go 🇫🇷🇩🇪 now. Yes.\n", "Go 🇫🇷 now. No.\n", "Go 🇫🇷🇩🇪 now. No.\n"],
      ["combining marks stay on their letter", "Cafe\u0301 open. Yes.\n", "Cafe\u0301 closed. Yes.\n", "Cafe\u0301 open. No.\n", "Cafe\u0301 closed. No.\n"],
    ]);

    it("never splits a combining mark from its letter", () => {
      // mine adds an accent to "e"; theirs edits the next sentence: the accented letter is one new token.
      expect(merged("Cafe. Tea.\n", "Cafe\u0301. Tea.\n", "Cafe. Coffee.\n")).toBe("Cafe\u0301. Coffee.\n");
    });

    conflictTable([
      [
        "CJK edits of one sentence conflict",
        "私は東京に住んでいます。\n",
        "私は大阪に住んでいます。\n",
        "私は東京に住んでいました。\n",
        [{ base: "私は東京に住んでいます。", mine: "私は大阪に住んでいます。", theirs: "私は東京に住んでいました。", reason: "both-edited" }],
      ],
    ]);
  });

  describe("changedBy, for reviewing an automatic merge", () => {
    it("says who changed each piece of agreed text", () => {
      const result = mergeTexts("a\n\nb\n\nc\n\nd\n", "A\n\nb\n\nc\n\nD\n", "a\n\nB\n\nc\n\nD\n");
      expect(result.chunks).toEqual([
        { kind: "stable", text: "A\n", base: "a\n", changedBy: "mine" },
        { kind: "stable", text: "\n", base: "\n", changedBy: "none" },
        { kind: "stable", text: "B\n", base: "b\n", changedBy: "theirs" },
        { kind: "stable", text: "\nc\n\n", base: "\nc\n\n", changedBy: "none" },
        { kind: "stable", text: "D\n", base: "d\n", changedBy: "both" },
      ]);
    });

    it("is word by word inside a paragraph both sides changed", () => {
      const result = mergeTexts("One two. Three four.\n", "One 2. Three four.\n", "One two. Three 4.\n");
      expect(result.chunks.filter((c) => c.kind === "stable" && c.changedBy !== "none")).toEqual([
        { kind: "stable", text: "2", base: "two", changedBy: "mine" },
        { kind: "stable", text: "4", base: "four", changedBy: "theirs" },
      ]);
    });

    it("records a deletion as empty text with its base", () => {
      const result = mergeTexts("a\nb\n", "a\n", "a\nb\n");
      expect(result.chunks).toContainEqual({ kind: "stable", text: "", base: "b\n", changedBy: "mine" });
    });
  });

  describe("large inputs", () => {
    it("merges a 1 MB note with 1,000 scattered edits on each side", () => {
      const { base, mine, theirs, expected } = syntheticMerge({ bytes: 1_000_000, editsPerSide: 1000, seed: 7 });
      expect(base.length).toBeGreaterThan(1_000_000);
      expect(merged(base, mine, theirs)).toBe(expected);
    });

    it("stays correct when one side re-saved every line with other line endings", () => {
      const { base, mine, theirs, expected } = syntheticMerge({ bytes: 200_000, editsPerSide: 200, seed: 3 });
      const crlf = (s: string) => s.replace(/\n/g, "\r\n");
      expect(merged(base, crlf(mine), theirs)).toBe(crlf(expected));
    });
  });

  describe("conflict keys", () => {
    const base = "Alpha one. Beta two.\n\nGamma three.\n";
    const mine = "Alpha uno. Beta two.\n\nGamma tres.\n";
    const theirs = "Alpha eins. Beta two.\n\nGamma drei.\n";
    const keys = (r: MergeResult) => r.chunks.flatMap((c) => (c.kind === "conflict" ? [c.key] : []));

    it("are the same when the merge is redone with unchanged conflicts", () => {
      const first = mergeTexts(base, mine, theirs);
      // Another save lands: theirs also edits an unrelated paragraph at the top.
      const again = mergeTexts(base, mine, "New intro.\n\n" + theirs);
      expect(keys(first)).toHaveLength(2);
      expect(keys(again)).toEqual(keys(first));
    });

    it("change for the conflict whose content changed, and only for it", () => {
      const first = keys(mergeTexts(base, mine, theirs));
      const again = keys(mergeTexts(base, mine, theirs.replace("drei", "DREI")));
      expect(again[0]).toBe(first[0]);
      expect(again[1]).not.toBe(first[1]);
    });

    it("are distinct for identical conflicts", () => {
      const r = mergeTexts("x.\n\ny.\n\nx.\n", "m.\n\ny.\n\nm.\n", "t.\n\ny.\n\nt.\n");
      const [a, b] = keys(r);
      expect(r.conflicts).toBe(2);
      expect(a).not.toBe(b);
    });
  });
});
