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

  describe("a full stop inside a word is no sentence end", () => {
    conflictTable([
      [
        "a file name in the other side's rewrite (the conflict is the whole sentence)",
        "Sign below.",
        "Sign below, please.",
        "Sign here: the file is notes.txt and more text follows",
        [{ base: "Sign below.", mine: "Sign below, please.", theirs: "Sign here: the file is notes.txt and more text follows", reason: "both-edited" }],
      ],
      [
        "a method name",
        "Call it now.\n",
        "Call it right now.\n",
        "Call window.open now.\n",
        [{ base: "Call it now.", mine: "Call it right now.", theirs: "Call window.open now.", reason: "both-edited" }],
      ],
      [
        "a web page",
        "Open the page. Read it.\n",
        "Open the main page. Read it.\n",
        "Open the x.html page. Read it.\n",
        [{ base: "Open the page.", mine: "Open the main page.", theirs: "Open the x.html page.", reason: "both-edited" }],
      ],
      [
        "a price",
        "It costs 3.50 today. Buy it.\n",
        "It costs 3.75 today. Buy it.\n",
        "It costs 4.50 today. Buy it.\n",
        [{ base: "It costs 3.50 today.", mine: "It costs 3.75 today.", theirs: "It costs 4.50 today.", reason: "both-edited" }],
      ],
      [
        "an abbreviation before a name",
        "Call Dr. Smith on Monday.\n",
        "Call Dr. Jones on Monday.\n",
        "Call Dr. Smith on Friday.\n",
        [{ base: "Call Dr. Smith on Monday.", mine: "Call Dr. Jones on Monday.", theirs: "Call Dr. Smith on Friday.", reason: "both-edited" }],
      ],
    ]);

    it("keeping one side gives exactly that side's sentence, nothing of the other's", () => {
      const result = mergeTexts("Sign below.", "Sign below, please.", "Sign here: the file is notes.txt and more text follows");
      const key = (result.chunks.find((c) => c.kind === "conflict") as ConflictChunk).key;
      expect(resolvedText(result, { [key]: { kind: "mine" } })).toBe("Sign below, please.");
      expect(resolvedText(result, { [key]: { kind: "theirs" } })).toBe("Sign here: the file is notes.txt and more text follows");
      // A title stays one line when both are kept.
      expect(resolvedText(result, { [key]: { kind: "mine-then-theirs" } })).toBe("Sign below, please. Sign here: the file is notes.txt and more text follows");
    });
  });

  describe("a line without sentence punctuation is one unit", () => {
    conflictTable([
      [
        "a title grown at each end",
        "Collision test",
        "Collision test one",
        "Big Collision test",
        [{ base: "Collision test", mine: "Collision test one", theirs: "Big Collision test", reason: "both-edited" }],
      ],
      [
        "a Markdown heading",
        "# Weekly plan\n\nText.\n",
        "# Weekly plan draft\n\nText.\n",
        "# Monthly plan\n\nText.\n",
        [{ base: "# Weekly plan", mine: "# Weekly plan draft", theirs: "# Monthly plan", reason: "both-edited" }],
      ],
      [
        "a list item",
        "- bread\n- buy milk\n- jam\n",
        "- bread\n- buy oat milk\n- jam\n",
        "- bread\n- buy milk and eggs\n- jam\n",
        [{ base: "- buy milk", mine: "- buy oat milk", theirs: "- buy milk and eggs", reason: "both-edited" }],
      ],
      [
        "a numbered list item",
        "1. buy milk\n2. jam\n",
        "1. buy oat milk\n2. jam\n",
        "1. buy milk and eggs\n2. jam\n",
        [{ base: "1. buy milk", mine: "1. buy oat milk", theirs: "1. buy milk and eggs", reason: "both-edited" }],
      ],
      [
        "a short line",
        "Meeting notes\nAlice\n",
        "Meeting notes (draft)\nAlice\n",
        "Old meeting notes\nAlice\n",
        [{ base: "Meeting notes", mine: "Meeting notes (draft)", theirs: "Old meeting notes", reason: "both-edited" }],
      ],
      [
        "words added at the end of a sentence that the other side edited",
        "We meet on Monday.\n",
        "We meet on Monday. or Tuesday.\n",
        "We meet on Friday.\n",
        [{ base: "We meet on Monday.", mine: "We meet on Monday. or Tuesday.", theirs: "We meet on Friday.", reason: "both-edited" }],
      ],
    ]);

    cleanTable([
      ["a title edited by one side only", "Collision test", "Collision test one", "Collision test", "Collision test one"],
      ["a heading and the next line", "# Weekly plan\nMonday\n", "# Weekly plan draft\nMonday\n", "# Weekly plan\nMonday lunch\n", "# Weekly plan draft\nMonday lunch\n"],
      ["words added to a list item, a new item under it", "- buy milk\n- jam\n", "- buy milk and eggs\n- jam\n", "- buy milk\n- tea\n- jam\n", "- buy milk and eggs\n- tea\n- jam\n"],
      ["a new sentence after one the other side edited", "We meet on Monday.\n", "We meet on Monday. Bring food.\n", "We meet on Friday.\n", "We meet on Friday. Bring food.\n"],
    ]);
  });

  describe("different sentences of one line still merge by themselves", () => {
    cleanTable([
      ["two sentences", "We meet Monday. Lunch is at noon.", "We meet Tuesday. Lunch is at noon.", "We meet Monday. Lunch is at one.", "We meet Tuesday. Lunch is at one."],
      ["CJK sentences", "会议在周一举行。午餐在十二点。", "会议在周二举行。午餐在十二点。", "会议在周一举行。午餐在一点。", "会议在周二举行。午餐在一点。"],
      ["a sentence with a file name and the next one", "Open notes.txt first. Then close it.\n", "Open notes.md first. Then close it.\n", "Open notes.txt first. Then save it.\n", "Open notes.md first. Then save it.\n"],
      ["a sentence with an abbreviation and the next one", "Call Dr. Smith. Then rest.\n", "Call Dr. Jones. Then rest.\n", "Call Dr. Smith. Then sleep.\n", "Call Dr. Jones. Then sleep.\n"],
      ["two numbered list items", "1. one\n2. two\n", "1. One\n2. two\n", "1. one\n2. Two\n", "1. One\n2. Two\n"],
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

    it("follows mine's line endings when one side converted the whole text and changed nothing else", () => {
      expect(merged("a\nb\nc\n", "a\r\nb\r\nc\r\n", "a\nb\nC\n")).toBe("a\r\nb\r\nC\r\n");
      expect(merged("a\nb\nc\n", "A\nb\nc\n", "a\r\nb\r\nc\r\n")).toBe("A\nb\nc\n");
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

    it("stays correct when one side re-saved every line with other line endings and changed nothing else", () => {
      const { base, theirs } = syntheticMerge({ bytes: 200_000, editsPerSide: 200, seed: 3 });
      const crlf = (s: string) => s.replace(/\n/g, "\r\n");
      expect(merged(base, crlf(base), theirs)).toBe(crlf(theirs));
    });

    it("shows each of the other side's edits for review when the side that re-saved every line also edited", () => {
      const { base, mine, theirs } = syntheticMerge({ bytes: 200_000, editsPerSide: 200, seed: 3 });
      const crlf = (s: string) => s.replace(/\n/g, "\r\n");
      const result = mergeTexts(base, crlf(mine), theirs);
      const conflicts = result.chunks.filter((c): c is ConflictChunk => c.kind === "conflict");
      expect(conflicts.length).toBeGreaterThan(0);
      for (const c of conflicts) expect(c.cause).toBe("line-endings");
      const all = (kind: "mine" | "theirs") => resolvedText(result, Object.fromEntries(conflicts.map((c) => [c.key, { kind }])))!;
      // Nothing is merged behind the user's back: keeping mine everywhere gives mine, and keeping theirs
      // everywhere keeps every line theirs changed (in the converted line endings).
      expect(all("mine")).toBe(crlf(mine));
      const kept = new Set(all("theirs").split("\r\n"));
      const baseLines = base.split("\n");
      theirs.split("\n").forEach((line, i) => {
        if (line !== baseLines[i]) expect(kept.has(line)).toBe(true);
      });
    });
  });

  describe("line endings converted by one side that also edited", () => {
    it("shows the other side's edits for review, in mine's line endings", () => {
      const result = mergeTexts("a\nb\nc\n", "A\r\nb\r\nc\r\n", "a\nb\nC\n");
      expect(conflictsOf(result)).toEqual([{ base: "c\r\n", mine: "c\r\n", theirs: "C\r\n", reason: "both-edited" }]);
      expect(result.chunks.find((c) => c.kind === "conflict")).toMatchObject({ cause: "line-endings" });
      const key = (result.chunks.find((c) => c.kind === "conflict") as ConflictChunk).key;
      expect(resolvedText(result, { [key]: { kind: "theirs" } })).toBe("A\r\nb\r\nC\r\n");
    });

    it("does so whichever side converted", () => {
      const result = mergeTexts("one\ntwo\nthree\n", "one\ntwo\nTHREE\n", "ONE\r\ntwo\r\nthree\r\n");
      expect(conflictsOf(result)).toEqual([{ base: "three\n", mine: "THREE\n", theirs: "three\n", reason: "both-edited" }]);
    });

    it("names new lines of the other side an edit, not text added by both", () => {
      const result = mergeTexts("a\nb\nc\n", "A\r\nb\r\nc\r\n", "a\nb\nnew\nc\n");
      expect(conflictsOf(result)).toEqual([{ base: "", mine: "", theirs: "new\r\n", reason: "both-edited" }]);
    });

    it("still merges the other side's whitespace-only changes", () => {
      expect(merged("a\nb  \nc\n", "A\r\nb  \r\nc\r\n", "a\nb\nc\n")).toBe("A\r\nb\r\nc\r\n");
    });
  });

  describe("a missing final line break is merged on its own", () => {
    cleanTable([
      ["one side adds it, the other appends a line", "first\nlast", "first\nlast\n", "first\nlast\nmore", "first\nlast\nmore\n"],
      ["one side removes it, the other appends a line", "first\nlast\n", "first\nlast", "first\nlast\nmore\n", "first\nlast\nmore"],
      ["one side removes it, the other edits the last line", "first\nlast\n", "first\nlast", "first\nLAST\n", "first\nLAST"],
      ["kept missing while both edit other lines", "one\ntwo\nthree", "ONE\ntwo\nthree", "one\ntwo\nTHREE", "ONE\ntwo\nTHREE"],
      ["CRLF text", "a\r\nb", "a\r\nb\r\n", "a\r\nb\r\nc", "a\r\nb\r\nc\r\n"],
    ]);

    it("records the added line break as a change of its own", () => {
      const result = mergeTexts("a\nb", "a\nb\n", "a\nb");
      expect(result.chunks).toEqual([
        { kind: "stable", text: "a\nb", base: "a\nb", changedBy: "none" },
        { kind: "stable", text: "\n", base: "", changedBy: "mine" },
      ]);
    });

    it("keeps the final line break apart from a conflict in the last line", () => {
      const result = mergeTexts("top\nold end", "top\nmy own ending\n", "top\nanother close");
      expect(conflictsOf(result)).toEqual([{ base: "old end", mine: "my own ending", theirs: "another close", reason: "both-edited" }]);
      const key = (result.chunks.find((c) => c.kind === "conflict") as ConflictChunk).key;
      expect(resolvedText(result, { [key]: { kind: "theirs" } })).toBe("top\nanother close\n");
    });
  });

  describe("whitespace between two words is one place", () => {
    cleanTable([
      [
        "a trailing space removed by one side, the line joined to the next by the other",
        "We will see you \n> later today.\n",
        "We will see you\n> later today.\n",
        "We will see you later today.\n",
        "We will see you later today.\n",
      ],
      [
        "trailing spaces removed from a line the other side edited: the edited line as it stands",
        "alpha beta  \ngamma\n",
        "alpha beta\ngamma\n",
        "alpha BETA  \ngamma\n",
        "alpha BETA  \ngamma\n",
      ],
    ]);
    conflictTable([
      [
        "the space between two words removed by one side, a word put there by the other",
        "red car\n",
        "redcar\n",
        "red fast car\n",
        [{ base: "red car", mine: "redcar", theirs: "red fast car", reason: "both-edited" }],
      ],
    ]);
  });

  describe("text added next to text the other side removed", () => {
    conflictTable([
      [
        "a paragraph added before one the other side deleted (a blank line between)",
        "Intro.\n\nOld section text.\n\nEnd.\n",
        "Intro.\n\nA note about it.\n\nOld section text.\n\nEnd.\n",
        "Intro.\n\nEnd.\n",
        [{ base: "Old section text.\n\n", mine: "A note about it.\n\nOld section text.\n\n", theirs: "", reason: "theirs-deleted" }],
      ],
      [
        "a line added under one the other side rewrote completely",
        "- first item\n- second item here\n- third\n",
        "- first item\n- second item here\n- added after second\n- third\n",
        "- first item\n- quite other words now\n- third\n",
        [
          {
            base: "- second item here",
            mine: "- second item here\n- added after second",
            theirs: "- quite other words now",
            reason: "both-edited",
          },
        ],
      ],
      [
        "a sentence added after one the other side deleted, in a line",
        "Keep this. Drop that.\n",
        "Keep this. Drop that. And more.\n",
        "Keep this.\n",
        [{ base: " Drop that.", mine: " Drop that. And more.", theirs: "", reason: "theirs-deleted" }],
      ],
    ]);
    cleanTable([
      [
        "a sentence added at the end of a line, the next paragraph's first sentence deleted",
        "One two three. Four five.\n\nSix seven. Eight.\n",
        "One two three. Four five. Added here.\n\nSix seven. Eight.\n",
        "One two three. Four five.\n\nEight.\n",
        "One two three. Four five. Added here.\n\nEight.\n",
      ],
      [
        "a line added under one the other side only edited",
        "- first item\n- second item here\n",
        "- first item\n- second item here\n- third item\n",
        "- first item\n- second item there\n",
        "- first item\n- second item there\n- third item\n",
      ],
    ]);
  });

  describe("a sentence deleted next to one the other side edited", () => {
    conflictTable([
      [
        "list items",
        "- alpha one\n- beta two\n- gamma three\n",
        "- alpha one\n- gamma three\n",
        "- alpha one\n- beta two\n- gamma THREE\n",
        [{ base: "- beta two\n- gamma three", mine: "- gamma three", theirs: "- beta two\n- gamma THREE", reason: "both-edited" }],
      ],
      [
        "sentences of one line",
        "One here. Two here. Three here.\n",
        "One here. Three here.\n",
        "One here. Two here. Three there.\n",
        [{ base: "Two here. Three here.", mine: "Three here.", theirs: "Two here. Three there.", reason: "both-edited" }],
      ],
    ]);
    cleanTable([
      [
        "a sentence further away",
        "One here. Two here. Three here. Four here.\n",
        "One here. Three here. Four here.\n",
        "One here. Two here. Three here. Four there.\n",
        "One here. Three here. Four there.\n",
      ],
      ["a blank line between", "One here.\n\nTwo here.\n", "Two here.\n", "One here.\n\nTwo there.\n", "Two there.\n"],
    ]);
  });

  describe("a sentence wrapped over lines is one sentence", () => {
    conflictTable([
      [
        "edits on both lines of one wrapped sentence",
        "The meeting is on Monday at\nten in the morning.\n",
        "The meeting is on Tuesday at\nten in the morning.\n",
        "The meeting is on Monday at\nthree in the morning.\n",
        [
          {
            base: "The meeting is on Monday at\nten in the morning.",
            mine: "The meeting is on Tuesday at\nten in the morning.",
            theirs: "The meeting is on Monday at\nthree in the morning.",
            reason: "both-edited",
          },
        ],
      ],
      [
        "inside a quote",
        "> We will meet in the old\n> town hall at noon.\n",
        "> We will meet in the new\n> town hall at noon.\n",
        "> We will meet in the old\n> town hall at nine.\n",
        [
          {
            base: "> We will meet in the old\n> town hall at noon.",
            mine: "> We will meet in the new\n> town hall at noon.",
            theirs: "> We will meet in the old\n> town hall at nine.",
            reason: "both-edited",
          },
        ],
      ],
    ]);
    cleanTable([
      ["short lines (a list without bullets)", "milk\neggs\nbread\n", "oat milk\neggs\nbread\n", "milk\nbrown eggs\nbread\n", "oat milk\nbrown eggs\nbread\n"],
      [
        "a sentence that ends at the end of its line",
        "This one ends here.\nThat one starts here and goes\non to the end.\n",
        "This one ends there.\nThat one starts here and goes\non to the end.\n",
        "This one ends here.\nThat one starts here and goes\non to the finish.\n",
        "This one ends there.\nThat one starts here and goes\non to the finish.\n",
      ],
      [
        "a line followed by a list item",
        "Things to bring with you\n- a pen\n",
        "Things to bring along with you\n- a pen\n",
        "Things to bring with you\n- a red pen\n",
        "Things to bring along with you\n- a red pen\n",
      ],
    ]);
  });

  describe("new lines and blocks between two blocks", () => {
    conflictTable([
      [
        "two new paragraphs, one on each side of the blank line between",
        "Top.\n\nBottom.\n",
        "Top.\n\nMine new.\n\nBottom.\n",
        "Top.\n\nTheirs new.\n\nBottom.\n",
        [{ base: "", mine: "Mine new.\n\n", theirs: "Theirs new.\n\n", reason: "both-inserted" }],
      ],
    ]);
    cleanTable([
      ["the same paragraph added by both", "Top.\n\nBottom.\n", "Top.\n\nSame new.\n\nBottom.\n", "Top.\n\nSame new.\n\nBottom.\n", "Top.\n\nSame new.\n\nBottom.\n"],
      [
        "a line added to the block above and one to the block below",
        "Top.\n\nBottom.\n",
        "Top.\nMine new.\n\nBottom.\n",
        "Top.\n\nTheirs new.\nBottom.\n",
        "Top.\nMine new.\n\nTheirs new.\nBottom.\n",
      ],
      [
        "a line added to a block and a new block after it",
        "First block line.\n\nSecond block.\n",
        "First block line.\n{: .note}\n\nSecond block.\n",
        "First block line.\n\nNew block.\n\nSecond block.\n",
        "First block line.\n{: .note}\n\nNew block.\n\nSecond block.\n",
      ],
      [
        "text added at the end of a line and a new paragraph after it",
        "A line of text.  \n\nNext para.\n",
        "A line of text.  \n\n* New item here.\n\nNext para.\n",
        "A line of text. More text.\n\nNext para.\n",
        "A line of text. More text.\n\n* New item here.\n\nNext para.\n",
      ],
    ]);
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
