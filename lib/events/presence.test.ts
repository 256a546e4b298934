import { describe, expect, it } from "vitest";
import type { PresenceEvent } from "./note-events";
import { EXPIRE_AFTER_MS, MAX_TABS_PER_NOTE, presenceStore } from "./presence";

function setup() {
  let clock = 1_000_000;
  const events: PresenceEvent[] = [];
  const store = presenceStore((event) => events.push(event), () => clock);
  return { store, events, advance: (ms: number) => (clock += ms) };
}

const bob = { noteId: "n", tabId: "b", handle: "hb", name: "Bob", state: "viewing" } as const;
const carol = { noteId: "n", tabId: "c", handle: "hc", name: "Carol", state: "editing" } as const;

describe("presenceStore", () => {
  it("names each tab by its handle to others, never by its id", () => {
    const { store, events } = setup();
    store.report({ ...bob, tabId: "secret-tab-id-of-bob" });
    expect(store.present("n")).toEqual([{ tab: "hb", name: "Bob", state: "viewing", since: expect.any(String) }]);
    expect(JSON.stringify(events)).not.toContain("secret-tab-id-of-bob");
  });

  describe("the cap of tabs per note", () => {
    it("takes no new tab past the cap, still takes heartbeats of those present, and makes room when one leaves", () => {
      const { store, events } = setup();
      for (let i = 0; i < MAX_TABS_PER_NOTE + 20; i++) store.report({ ...bob, tabId: `t${i}`, handle: `h${i}` });
      expect(store.present("n")).toHaveLength(MAX_TABS_PER_NOTE);
      expect(events).toHaveLength(MAX_TABS_PER_NOTE);
      expect(store.hasRoomFor("n", "t0")).toBe(true);
      expect(store.hasRoomFor("n", "newcomer")).toBe(false);
      expect(store.hasRoomFor("another note", "newcomer")).toBe(true);
      store.report({ ...bob, tabId: "t0", handle: "h0", state: "editing" });
      expect(store.present("n").find((entry) => entry.tab === "h0")?.state).toBe("editing");
      store.leave("n", "t1");
      expect(store.hasRoomFor("n", "newcomer")).toBe(true);
    });
  });

  describe("report", () => {
    it("announces a tab that arrives, with everyone present on the note", () => {
      const { store, events } = setup();
      store.report(bob);
      store.report(carol);
      expect(events.map((e) => e.present.map((p) => `${p.name} ${p.state}`))).toEqual([
        ["Bob viewing"], ["Bob viewing", "Carol editing"],
      ]);
    });
    it("announces a change of state or name", () => {
      const { store, events } = setup();
      store.report(bob);
      store.report({ ...bob, state: "editing" });
      store.report({ ...bob, state: "editing", name: "Robert" });
      expect(events.map((e) => e.present[0]!.name + " " + e.present[0]!.state)).toEqual(["Bob viewing", "Bob editing", "Robert editing"]);
    });
    it("is silent on a heartbeat that changes nothing", () => {
      const { store, events, advance } = setup();
      store.report(bob);
      advance(10_000);
      store.report(bob);
      expect(events).toHaveLength(1);
    });
    it("keeps notes apart", () => {
      const { store } = setup();
      store.report(bob);
      store.report({ ...carol, noteId: "m" });
      expect(store.present("n").map((p) => p.name)).toEqual(["Bob"]);
      expect(store.present("m").map((p) => p.name)).toEqual(["Carol"]);
    });
  });

  describe("leave", () => {
    it("removes the tab at once and announces it", () => {
      const { store, events } = setup();
      store.report(bob);
      store.leave("n", "b");
      expect(events.at(-1)!.present).toEqual([]);
      expect(store.size()).toBe(0);
    });
    it("is silent for a tab that was not there", () => {
      const { store, events } = setup();
      store.leave("n", "b");
      expect(events).toEqual([]);
    });
  });

  describe("sweep", () => {
    it("keeps a tab whose heartbeats arrive", () => {
      const { store, advance } = setup();
      store.report(bob);
      for (let i = 0; i < 5; i++) {
        advance(10_000);
        store.report(bob);
        store.sweep();
      }
      expect(store.present("n")).toHaveLength(1);
    });
    it("drops a tab not heard from for longer than the expiry, and announces it", () => {
      const { store, events, advance } = setup();
      store.report(bob);
      store.report(carol);
      advance(EXPIRE_AFTER_MS - 1);
      store.report(carol);
      store.sweep();
      expect(store.present("n")).toHaveLength(2);
      advance(2);
      store.sweep();
      expect(store.present("n").map((p) => p.name)).toEqual(["Carol"]);
      expect(events.at(-1)!.present.map((p) => p.name)).toEqual(["Carol"]);
    });
  });
});
