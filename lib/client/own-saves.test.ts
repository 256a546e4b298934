import { describe, expect, it } from "vitest";
import { isOtherTabName, nameSavers, type OwnSave } from "./own-saves";

const at = "2026-01-01T00:00:00.000Z";
const changes = [
  { version: 2, author: "Quiet Otter", createdAt: at },
  { version: 3, author: "Alice", createdAt: at },
  { version: 4, author: "Hana", createdAt: at },
];
const own: OwnSave[] = [
  { note: "n", version: 2, tab: "other", session: "other" },
  { note: "n", version: 3, tab: "mine", session: "mine~alice" },
];

describe("naming who saved", () => {
  it("another tab of this browser is 'your other tab', with the name it saved under", () => {
    expect(nameSavers(changes, own, { tabId: "mine", sessionId: "mine~bob" }).map((c) => c.author)).toEqual([
      "your other tab (Quiet Otter)",
      "Alice", // another person of the same tab (the demo) keeps her name
      "Hana", // saved in another browser
    ]);
  });
});

describe("telling this browser's other tabs by name", () => {
  it.each([
    ["your other tab", true],
    ["your other tab (Ada)", true],
    ["Ada", false],
    ["your other tabby", false],
  ])("%j is another tab of this browser: %s", (name, expected) => {
    expect(isOtherTabName(name)).toBe(expected);
  });
});
