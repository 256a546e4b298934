import { describe, expect, it } from "vitest";
import { eventFromAnnouncement } from "./announcement";

const at = "2026-12-03T10:00:00.123Z";

describe("eventFromAnnouncement", () => {
  it("turns the database's save into a save event with the version's ETag", () => {
    expect(eventFromAnnouncement({ type: "save", noteId: "n1", version: 7, title: "Plans", by: "Ann", at }))
      .toEqual({ type: "save", noteId: "n1", version: 7, etag: '"v7"', title: "Plans", by: "Ann", at });
  });

  it("keeps a re-creation apart from a save, and gives a deletion no title", () => {
    expect(eventFromAnnouncement({ type: "recreate", noteId: "n1", version: 9, title: "Back", by: "Bob", at })?.type).toBe("recreate");
    expect(eventFromAnnouncement({ type: "delete", noteId: "n1", version: 8, title: "Plans", by: "Bob", at }))
      .toEqual({ type: "delete", noteId: "n1", version: 8, by: "Bob", at });
  });

  it("decodes texts as stored on PostgreSQL (U+0000 and the escape character itself)", () => {
    const event = eventFromAnnouncement({ type: "save", noteId: "n1", version: 2, title: "a\uE000\uE001b\uE000\uE000", by: "Ann", at });
    expect(event && "title" in event ? event.title : null).toBe("a\u0000b\uE000");
  });

  it("ignores anything else on the channel", () => {
    for (const message of [null, "save", { type: "save", noteId: "n1", version: "7", title: "x", by: "Ann", at },
      { type: "save", noteId: "n1", version: 7, by: "Ann", at }, { type: "presence", noteId: "n1", version: 1, by: "Ann", at }]) {
      expect(eventFromAnnouncement(message)).toBeNull();
    }
  });
});
