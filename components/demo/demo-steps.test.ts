import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DEMO_STEPS } from "./demo-steps";

describe("the demo's steps", () => {
  it("are the README's, word for word", () => {
    const readme = readFileSync(path.join(import.meta.dirname, "../../README.md"), "utf8").replace(/\s+/g, " ");
    for (const step of DEMO_STEPS) expect(readme).toContain(step);
  });
});
