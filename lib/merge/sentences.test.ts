import { describe, expect, it } from "vitest";
import { joinedSentences, sentenceUnits } from "./sentences";
import { tokenize } from "./tokenize";

// The sentences of a text, whitespace between them left out.
function sentencesOf(text: string): string[] {
  const tokens = tokenize(text);
  const units = sentenceUnits(tokens);
  return units.start.flatMap((s, u) => (units.gap[u] ? [] : [tokens.slice(s, units.end[u]).join("")]));
}

describe("sentenceUnits", () => {
  describe("a full stop inside a word ends nothing", () => {
    it.each([
      ["a file name", "Sign here: the file is notes.txt and more text follows", ["Sign here: the file is notes.txt and more text follows"]],
      ["a method call", "Call window.open to show it. Then wait.", ["Call window.open to show it.", "Then wait."]],
      ["a file name with a capital after the dot", "Open Notes.Txt now. Or File.Open it.", ["Open Notes.Txt now.", "Or File.Open it."]],
      ["a web page", "See x.html for more.", ["See x.html for more."]],
      ["a price", "It costs 3.50 now. Cheap.", ["It costs 3.50 now.", "Cheap."]],
      ["an abbreviation before a lower-case word", "Bring fruit, e.g. the apples. Thanks.", ["Bring fruit, e.g. the apples.", "Thanks."]],
    ])("%s", (_, text, expected) => {
      expect(sentencesOf(text)).toEqual(expected);
    });
  });

  describe("sentence ends", () => {
    it.each([
      ["full stops", "We meet Monday. Lunch is at noon.", ["We meet Monday.", "Lunch is at noon."]],
      ["question and exclamation marks", "Is it late? It is! Go home.", ["Is it late?", "It is!", "Go home."]],
      ["a closing quote stays with its sentence", 'He said "Go." Then he left.', ['He said "Go."', "Then he left."]],
      ["a closing bracket stays with its sentence", "(See above.) Next one.", ["(See above.)", "Next one."]],
      ["an emphasis mark closing after the full stop", "*Note.* Next one.", ["*Note.*", "Next one."]],
      ["CJK full stops without a space", "会议在周一举行。午餐在十二点。", ["会议在周一举行。", "午餐在十二点。"]],
      ["a CJK full stop inside quotes", "她说“好。”然后走了。", ["她说“好。”", "然后走了。"]],
    ])("%s", (_, text, expected) => {
      expect(sentencesOf(text)).toEqual(expected);
    });
  });

  describe("our own rules, where ICU's would be wrong for a merge", () => {
    it.each([
      ["a title before a name", "Call Dr. Smith today. Or Mr. Jones.", ["Call Dr. Smith today.", "Or Mr. Jones."]],
      ["initials", "J. R. Smith wrote it. Read it.", ["J. R. Smith wrote it.", "Read it."]],
      ["an abbreviation before a capital", "Use a tool, e.g. Python. It works.", ["Use a tool, e.g. Python.", "It works."]],
      ["No. before a number, but not before a word", "See No. 5 here. No. I disagree.", ["See No. 5 here.", "No.", "I disagree."]],
      ["a numbered list marker belongs to its item", "1. First item\n2. Second item\n", ["1. First item", "2. Second item"]],
      ["a numbered heading", "## 1. Intro\n", ["## 1. Intro"]],
      ["a sentence hard-wrapped over two lines", "The meeting is on Monday at\nten in the morning.\nNext.\n", ["The meeting is on Monday at\nten in the morning.", "Next."]],
      ["inside a quote", "> We will meet in the old\n> town hall at noon.\n", ["> We will meet in the old\n> town hall at noon."]],
      ["a hard-wrapped abbreviation", "We need some things, e.g.\nthe big ones, today.\n", ["We need some things, e.g.\nthe big ones, today."]],
    ])("%s", (_, text, expected) => {
      expect(sentencesOf(text)).toEqual(expected);
    });
  });

  describe("a line without sentence punctuation is one unit", () => {
    it.each([
      ["a title", "Collision test", ["Collision test"]],
      ["headings", "# Weekly plan\n## Monday\n", ["# Weekly plan", "## Monday"]],
      ["list items", "- buy milk\n- buy eggs\n", ["- buy milk", "- buy eggs"]],
      ["short lines", "milk\neggs\nbread\n", ["milk", "eggs", "bread"]],
      ["a line before a list", "Things to bring with you\n- a pen\n", ["Things to bring with you", "- a pen"]],
      ["table rows", "| a | b |\n| c | d |\n", ["| a | b |", "| c | d |"]],
    ])("%s", (_, text, expected) => {
      expect(sentencesOf(text)).toEqual(expected);
    });
  });

  it("puts the whitespace between sentences in gaps of their own", () => {
    const tokens = tokenize("One.  Two.\n\nThree");
    const units = sentenceUnits(tokens);
    expect(units.gap).toEqual([false, true, false, true, false]);
    expect(units.breaks).toEqual([false, false, false, true, false]);
  });
});

describe("joinedSentences: text inserted between two units on a line", () => {
  // [name, text with | where the text is inserted, inserted text, [joins the sentence before, joins the one after]]
  it.each([
    ["words appended to a title", "Collision test|", " one", [true, false]],
    ["words put before a title", "|Collision test", "Big ", [false, true]],
    ["words appended to a list item", "- buy milk|\n- bread\n", " and eggs", [true, false]],
    ["a word glued onto a full stop", "Sign below.|", "txt and more", [true, false]],
    ["a new sentence after a sentence", "We meet Monday.|", " Bring food.", [false, false]],
    ["a new sentence before a sentence", "Intro. |We meet Monday.", "Extra words here. ", [false, false]],
    ["a lower-case clause after a full stop goes on the sentence", "See the guide.| Then go.", " and the notes.", [true, false]],
    ["words between two sentences that end neither", "See the guide.| Then go.", " and the notes", [true, true]],
    ["a new CJK sentence between two", "会议在周一举行。|午餐在十二点。", "请带饭。", [false, false]],
  ])("%s", (_, text, inserted, expected) => {
    const at = text.indexOf("|");
    const before = tokenize(text.slice(0, at));
    const base = [...before, ...tokenize(text.slice(at + 1))];
    const units = sentenceUnits(base);
    const [left, right] = joinedSentences(base, units, before.length, tokenize(inserted));
    expect([left >= 0, right >= 0]).toEqual(expected);
  });
});
