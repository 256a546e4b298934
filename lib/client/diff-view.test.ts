import { describe, expect, it } from "vitest";
import { readableDiff } from "./diff-view";

describe("readableDiff", () => {
  it("diffs word by word when the texts have much in common", () => {
    expect(readableDiff("We meet on Thursday at nine.", "We meet on Friday at nine.")).toEqual([
      { kind: "same", text: "We meet on " },
      { kind: "removed", text: "Thursday" },
      { kind: "added", text: "Friday" },
      { kind: "same", text: " at nine." },
    ]);
  });
  it("shows two texts that share little as one removed and one added block, not fragments", () => {
    const before = "- Review of the last quarter\n";
    const after = "- Open questions from support, and a long list of new agenda items\n";
    expect(readableDiff(before, after)).toEqual([{ kind: "replaced", before, after }]);
  });
  it("counts only visible characters as shared: common spaces do not hold a diff together", () => {
    expect(readableDiff("alpha beta gamma", "delta epsilon zeta")).toEqual([
      { kind: "replaced", before: "alpha beta gamma", after: "delta epsilon zeta" },
    ]);
  });
  it("keeps a pure insertion or deletion as it is", () => {
    expect(readableDiff("", "new text")).toEqual([{ kind: "added", text: "new text" }]);
    expect(readableDiff("old text", "")).toEqual([{ kind: "removed", text: "old text" }]);
  });
});
