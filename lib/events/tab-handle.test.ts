import { describe, expect, it } from "vitest";
import { tabHandle } from "./tab-handle";

describe("a tab's handle", () => {
  it("is the same for the same tab, differs between tabs, and does not contain the id", async () => {
    const first = await tabHandle("a1b2c3d4e5f60718");
    expect(await tabHandle("a1b2c3d4e5f60718")).toBe(first);
    expect(await tabHandle("a1b2c3d4e5f60719")).not.toBe(first);
    expect(first).toMatch(/^[0-9a-f]{16}$/);
    expect(first).not.toContain("a1b2c3d4");
  });
});
