import { describe, expect, it, vi } from "vitest";
import { inProcessFanOut } from "./fan-out";
import type { NoteChangeEvent } from "./note-events";

const save = (version: number): NoteChangeEvent => ({
  type: "save", noteId: "n", version, etag: `"v${version}"`, title: "t", by: "Bob", at: new Date(0).toISOString(),
});

describe("inProcessFanOut", () => {
  it("delivers each published event to every subscriber, in order", () => {
    const fanOut = inProcessFanOut();
    const a: number[] = [];
    const b: number[] = [];
    fanOut.subscribe((event) => a.push((event as { version: number }).version));
    fanOut.subscribe((event) => b.push((event as { version: number }).version));
    fanOut.deliver(save(1));
    fanOut.deliver(save(2));
    expect(a).toEqual([1, 2]);
    expect(b).toEqual([1, 2]);
  });

  it("delivers a committed write's event in process, once to each subscriber", () => {
    const fanOut = inProcessFanOut();
    const listener = vi.fn();
    fanOut.subscribe(listener);
    fanOut.committed(save(1));
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener).toHaveBeenCalledWith(save(1));
  });

  it("hands presence signals to the presence handler, as every instance does", () => {
    const fanOut = inProcessFanOut();
    const handler = vi.fn();
    fanOut.onPresence(handler);
    fanOut.signalPresence({ op: "leave", noteId: "n", tabId: "t" });
    expect(handler).toHaveBeenCalledWith({ op: "leave", noteId: "n", tabId: "t" });
  });

  it("stops delivering once unsubscribed; unsubscribing twice is harmless", () => {
    const fanOut = inProcessFanOut();
    const listener = vi.fn();
    const off = fanOut.subscribe(listener);
    off();
    off();
    fanOut.deliver(save(1));
    expect(listener).not.toHaveBeenCalled();
    expect(fanOut.subscriberCount()).toBe(0);
  });

  it("the same function subscribed twice is two subscriptions, removed one at a time", () => {
    const fanOut = inProcessFanOut();
    const listener = vi.fn();
    const off = fanOut.subscribe(listener);
    fanOut.subscribe(listener);
    off();
    fanOut.deliver(save(1));
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it("a subscriber that leaves during delivery does not make the next one miss the event", () => {
    const fanOut = inProcessFanOut();
    const second = vi.fn();
    const off = fanOut.subscribe(() => off());
    fanOut.subscribe(second);
    fanOut.deliver(save(1));
    expect(second).toHaveBeenCalledTimes(1);
  });

  it("a subscriber that throws neither stops the others nor reaches the publisher", () => {
    const fanOut = inProcessFanOut();
    const error = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const second = vi.fn();
    fanOut.subscribe(() => {
      throw new Error("broken stream");
    });
    fanOut.subscribe(second);
    expect(() => fanOut.deliver(save(1))).not.toThrow();
    expect(second).toHaveBeenCalledTimes(1);
    error.mockRestore();
  });

  it("gives a note's subscriber that note's events only, and an every-note subscriber all of them", () => {
    const fanOut = inProcessFanOut();
    const ofN1 = vi.fn();
    const ofAll = vi.fn();
    const offN1 = fanOut.subscribe(ofN1, "n1");
    fanOut.subscribe(ofAll);
    fanOut.deliver({ ...save(1), noteId: "n1" });
    fanOut.deliver({ ...save(1), noteId: "n2" });
    expect(ofN1).toHaveBeenCalledTimes(1);
    expect(ofAll).toHaveBeenCalledTimes(2);
    expect(fanOut.subscriberCount()).toBe(2);
    offN1();
    offN1();
    expect(fanOut.subscriberCount()).toBe(1);
  });
});
