import { describe, expect, it } from "vitest";
import { blameConflicts, followRange } from "./blame";

const BASE = "We meet on Thursday at nine. Lunch is at noon. Bring sixty-three ideas.";
const range = (text: string, part: string) => ({ baseStart: text.indexOf(part), baseEnd: text.indexOf(part) + part.length });
const v = (version: number, who: string, body: string, title = "Plan") => ({ version, who, title, body });

describe("following a range through a save", () => {
  it.each([
    ["a word replaced inside it", "Lunch is at noon.", BASE.replace("noon", "one"), true],
    ["a word replaced in another sentence", "Lunch is at noon.", BASE.replace("nine", "ten"), false],
    ["the sentence deleted", "Lunch is at noon.", BASE.replace(" Lunch is at noon.", ""), true],
    ["a word put before it, in its sentence", "Lunch is at noon.", BASE.replace("Lunch", "Early lunch"), true],
    ["a new sentence put before it", "Lunch is at noon.", BASE.replace("Lunch", "Coffee first. Lunch"), false],
    ["a new sentence put after it", "Lunch is at noon.", BASE.replace("noon.", "noon. Bring water."), false],
    ["words added at its end", "Lunch is at noon", BASE.replace("noon", "noon sharp"), true],
  ])("%s: touched = %s", (_name, part, after, touched) => {
    const { baseStart, baseEnd } = range(BASE, part);
    expect(followRange(BASE, after, baseStart, baseEnd).touched).toBe(touched);
  });
  it("moves with the text before it", () => {
    const after = BASE.replace("Thursday", "Friday, the 3rd,");
    const { baseStart, baseEnd } = range(BASE, "Lunch is at noon.");
    const followed = followRange(BASE, after, baseStart, baseEnd);
    expect(after.slice(followed.start, followed.end)).toBe("Lunch is at noon.");
  });
  it("an insertion point is touched by text inserted there, not next to it", () => {
    const title = "Offsite plan";
    expect(followRange(title, "Offsite plan draft", 12, 12).touched).toBe(true);
    expect(followRange(title, "Big Offsite plan", 12, 12).touched).toBe(false);
  });
});

describe("blaming each conflict on the save that changed it", () => {
  // A saves v2 changing the first sentence, B saves v3 changing the last one; C started from v1.
  const a = v(2, "Ann", BASE.replace("Thursday", "Monday"));
  const b = v(3, "Ben", a.body.replace("sixty-three", "seventy-three"));
  const targets = [
    { id: "body:first", field: "body" as const, ...range(BASE, "We meet on Thursday at nine.") },
    { id: "body:last", field: "body" as const, ...range(BASE, "Bring sixty-three ideas.") },
  ];
  it("names the person whose save changed that part, not the newest saver", () => {
    expect(blameConflicts({ title: "Plan", body: BASE }, [a, b], targets)).toEqual({
      "body:first": ["Ann"],
      "body:last": ["Ben"],
    });
  });
  it("names everyone who changed it, each once, oldest first", () => {
    const c = v(4, "Cy", b.body.replace("Monday", "Tuesday"));
    const d = v(5, "Ann", c.body.replace("Tuesday", "Wednesday"));
    expect(blameConflicts({ title: "Plan", body: BASE }, [a, b, c, d], targets)["body:first"]).toEqual(["Ann", "Cy"]);
  });
  it("follows the title on its own", () => {
    const t = v(2, "Ann", BASE, "Plan B");
    const u = v(3, "Ben", BASE.replace("noon", "one"), "Plan B");
    expect(
      blameConflicts({ title: "Plan", body: BASE }, [t, u], [{ id: "title:x", field: "title", baseStart: 0, baseEnd: 4 }]),
    ).toEqual({ "title:x": ["Ann"] });
  });
  it("blames nobody when no save touched the place (the caller then names the current version)", () => {
    const onlyLast = v(2, "Ben", BASE.replace("sixty-three", "seventy-three"));
    expect(blameConflicts({ title: "Plan", body: BASE }, [onlyLast], [targets[0]!])).toEqual({ "body:first": [] });
  });
});
