import { describe, expect, it } from "vitest";
import type { PresenceEntry } from "@/lib/events/note-events";
import { initialOf, othersOnNote, presenceSentence } from "./presence-view";

const entry = (tab: string, name: string, state: "viewing" | "editing"): PresenceEntry => ({ tab, name, state, since: "2026-01-01T00:00:00.000Z" });

describe("othersOnNote", () => {
  it("leaves this tab out", () => {
    expect(othersOnNote([entry("me", "Alice", "editing"), entry("b", "Bob", "viewing")], [], "me").map((p) => p.name)).toEqual(["Bob"]);
  });
  it("puts editors first, then orders by name", () => {
    const people = othersOnNote([entry("c", "Carol", "viewing"), entry("b", "Bob", "viewing"), entry("z", "Zoë", "editing")], [], null);
    expect(people.map((p) => p.name)).toEqual(["Zoë", "Bob", "Carol"]);
  });
  it("a tab of this browser is marked as such, and its own word wins over the server's", () => {
    const people = othersOnNote([entry("t2", "Alice", "viewing")], [{ tab: "t2", name: "Alice", state: "editing" }], "t1");
    expect(people).toEqual([{ tab: "t2", name: "Alice", state: "editing", sameBrowser: true }]);
  });
  it("a tab of this browser shows before the server has heard of it", () => {
    expect(othersOnNote([], [{ tab: "t2", name: "Alice", state: "viewing" }], "t1")).toHaveLength(1);
  });
  it("two tabs under one name are two entries", () => {
    expect(othersOnNote([entry("a", "Bob", "viewing"), entry("b", "Bob", "viewing")], [], null)).toHaveLength(2);
  });
});

describe("presenceSentence", () => {
  it.each([
    [{ name: "Bob", state: "editing", sameBrowser: false }, "Bob is editing"],
    [{ name: "Carol", state: "viewing", sameBrowser: false }, "Carol is viewing"],
    [{ name: "Alice", state: "editing", sameBrowser: true }, "Your other tab (Alice) is editing this"],
    [{ name: "Alice", state: "viewing", sameBrowser: true }, "Your other tab (Alice) is viewing this"],
  ] as const)("%o says %s", (person, sentence) => {
    expect(presenceSentence({ tab: "x", ...person })).toBe(sentence);
  });
});

describe("initialOf", () => {
  it.each([["bob", "B"], ["  Émile", "É"], ["", "?"], ["👩‍💻 Dev", "👩‍💻"]])("%s -> %s", (name, initial) => {
    expect(initialOf(name)).toBe(initial);
  });
});
