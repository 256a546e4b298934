import { describe, expect, it } from "vitest";
import { streamRegistry } from "./stream-registry";

describe("streamRegistry", () => {
  it("counts streams opened and not yet released", () => {
    const registry = streamRegistry();
    const first = registry.open();
    registry.open();
    expect(registry.count()).toBe(2);
    first();
    expect(registry.count()).toBe(1);
  });

  it("a stream released twice (abort and cancel both fired) counts once", () => {
    const registry = streamRegistry();
    const release = registry.open();
    registry.open();
    release();
    release();
    expect(registry.count()).toBe(1);
  });
});
