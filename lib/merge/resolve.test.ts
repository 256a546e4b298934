import { describe, expect, it } from "vitest";
import { conflictText, mergeTexts, resolvedText, textWithMarkers } from "./index";
import type { ConflictChoice, ConflictChunk, MergeResult } from "./types";

const firstConflict = (r: MergeResult) => r.chunks.find((c): c is ConflictChunk => c.kind === "conflict")!;
const choose = (r: MergeResult, choice: ConflictChoice) => resolvedText(r, { [firstConflict(r).key]: choice });

describe("resolvedText", () => {
  const sentence = mergeTexts("Intro. It had sixty-three houses. End.\n", "Intro. It had sixty-five houses. End.\n", "Intro. It had seventy-three houses. End.\n");
  const lines = mergeTexts("start\nend\n", "start\nmine\nend\n", "start\ntheirs\nend\n");
  const noFinalNewline = mergeTexts("a\nold", "a\nmine", "a\ntheirs");
  const inserted = mergeTexts("One. Three.\n", "One. Two. Three.\n", "One. Deux. Three.\n");

  it("is the merged text of a clean merge without any choice", () => {
    const r = mergeTexts("a\nb\n", "A\nb\n", "a\nB\n");
    expect(resolvedText(r, {})).toBe("A\nB\n");
  });

  it("is null while a conflict has no choice", () => {
    expect(sentence.conflicts).toBe(1);
    expect(resolvedText(sentence, {})).toBeNull();
    expect(resolvedText(sentence, { "some-other-key": { kind: "mine" } })).toBeNull();
  });

  describe.each<[string, MergeResult, Record<ConflictChoice["kind"], string>]>([
    [
      "a sentence inside a line",
      sentence,
      {
        mine: "Intro. It had sixty-five houses. End.\n",
        theirs: "Intro. It had seventy-three houses. End.\n",
        "mine-then-theirs": "Intro. It had sixty-five houses. It had seventy-three houses. End.\n",
        "theirs-then-mine": "Intro. It had seventy-three houses. It had sixty-five houses. End.\n",
        custom: "Intro. It had seventy houses. End.\n",
      },
    ],
    [
      "whole lines inserted at one place",
      lines,
      {
        mine: "start\nmine\nend\n",
        theirs: "start\ntheirs\nend\n",
        "mine-then-theirs": "start\nmine\ntheirs\nend\n",
        "theirs-then-mine": "start\ntheirs\nmine\nend\n",
        custom: "start\nend\n",
      },
    ],
    [
      "a last line without a final newline",
      noFinalNewline,
      {
        mine: "a\nmine",
        theirs: "a\ntheirs",
        "mine-then-theirs": "a\nmine\ntheirs",
        "theirs-then-mine": "a\ntheirs\nmine",
        custom: "a\n",
      },
    ],
    [
      "two sentences inserted at one place",
      inserted,
      {
        mine: "One. Two. Three.\n",
        theirs: "One. Deux. Three.\n",
        "mine-then-theirs": "One. Two. Deux. Three.\n",
        "theirs-then-mine": "One. Deux. Two. Three.\n",
        custom: "One. Three.\n",
      },
    ],
  ])("%s", (_, result, expected) => {
    it.each(Object.entries(expected))("%s", (kind, text) => {
      const choice: ConflictChoice =
        kind === "custom" ? { kind: "custom", text: customFor(result) } : ({ kind } as ConflictChoice);
      expect(choose(result, choice)).toBe(text);
    });
  });

  function customFor(result: MergeResult): string {
    if (result === sentence) return "It had seventy houses.";
    return "";
  }

  it("keeps CRLF when both versions of whole lines are kept", () => {
    const r = mergeTexts("a\r\nb\r\n", "a\r\nmine\r\nb\r\n", "a\r\ntheirs\r\nb\r\n");
    expect(choose(r, { kind: "mine-then-theirs" })).toBe("a\r\nmine\r\ntheirs\r\nb\r\n");
  });

  it("applies each conflict's own choice", () => {
    const r = mergeTexts("A one.\n\nB one.\n", "A two.\n\nB two.\n", "A three.\n\nB three.\n");
    const [first, second] = r.chunks.filter((c): c is ConflictChunk => c.kind === "conflict");
    expect(resolvedText(r, { [first!.key]: { kind: "mine" }, [second!.key]: { kind: "theirs" } })).toBe("A two.\n\nB three.\n");
  });

  it("offers the same text through conflictText, for previews", () => {
    const c = firstConflict(sentence);
    expect(conflictText(c, { kind: "mine" })).toBe("It had sixty-five houses.");
    expect(conflictText(c, { kind: "theirs-then-mine" })).toBe("It had seventy-three houses. It had sixty-five houses.");
  });

  it("keeps both versions of a deletion conflict as the surviving one", () => {
    const r = mergeTexts("keep\ngone soon\nkeep\n", "keep\nkeep\n", "keep\ngone later\nkeep\n");
    expect(firstConflict(r).reason).toBe("mine-deleted");
    expect(choose(r, { kind: "mine" })).toBe("keep\nkeep\n");
    expect(choose(r, { kind: "mine-then-theirs" })).toBe("keep\ngone later\nkeep\n");
  });
});

describe("textWithMarkers", () => {
  it("writes diff3-style markers around whole lines", () => {
    const r = mergeTexts("start\nend\n", "start\nmine\nend\n", "start\ntheirs\nend\n");
    expect(textWithMarkers(r)).toBe(
      "start\n<<<<<<< mine\nmine\n||||||| base\n=======\ntheirs\n>>>>>>> theirs\nend\n",
    );
  });

  it("widens a conflict inside a line to the whole line", () => {
    const r = mergeTexts("Intro. It had sixty-three houses. End.\n", "Intro. It had sixty-five houses. End.\n", "Intro. It had seventy-three houses. End.\n");
    expect(textWithMarkers(r, { mine: "me", base: "ancestor", theirs: "Ana" })).toBe(
      "<<<<<<< me\nIntro. It had sixty-five houses. End.\n" +
        "||||||| ancestor\nIntro. It had sixty-three houses. End.\n" +
        "=======\nIntro. It had seventy-three houses. End.\n>>>>>>> Ana\n",
    );
  });

  it("puts two conflicts of one line in one block", () => {
    const r = mergeTexts("A one. Mid. B one.\n", "A two. Mid. B two.\n", "A three. Mid. B three.\n");
    expect(r.conflicts).toBe(2);
    expect(textWithMarkers(r)).toBe(
      "<<<<<<< mine\nA two. Mid. B two.\n||||||| base\nA one. Mid. B one.\n=======\nA three. Mid. B three.\n>>>>>>> theirs\n",
    );
  });

  it("ends a last line without newline before the next marker, and uses CRLF in a CRLF text", () => {
    const r = mergeTexts("a\r\nold", "a\r\nmine", "a\r\ntheirs");
    expect(textWithMarkers(r)).toBe(
      "a\r\n<<<<<<< mine\r\nmine\r\n||||||| base\r\nold\r\n=======\r\ntheirs\r\n>>>>>>> theirs\r\n",
    );
  });

  it("is the merged text when there is no conflict", () => {
    const r = mergeTexts("a\nb", "A\nb", "a\nB");
    expect(textWithMarkers(r)).toBe("A\nB");
  });
});
