import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

// Runs the CLI as users do (through tsx), on files in a fresh temporary folder.
const root = path.resolve(import.meta.dirname, "..");
const tsx = path.join(root, "node_modules", ".bin", "tsx");
const dir = mkdtempSync(path.join(tmpdir(), "merge-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let n = 0;
function file(content: string | Buffer): string {
  const name = path.join(dir, `f${n++}.txt`);
  writeFileSync(name, content);
  return name;
}

function merge(...args: string[]) {
  const r = spawnSync(tsx, [path.join(root, "scripts", "merge.ts"), ...args], { cwd: root });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr.toString() };
}

describe("npm run merge -- BASE MINE THEIRS", { timeout: 30_000 }, () => {
  it("prints a clean merge byte for byte and exits 0", () => {
    const r = merge(file("a\nb"), file("A\nb"), file("a\nB"));
    expect(r.status).toBe(0);
    expect(r.stdout.toString()).toBe("A\nB");
  });

  it("exits with the number of conflicts and writes markers", () => {
    const r = merge(file("x.\n\ny.\n"), file("x1.\n\ny1.\n"), file("x2.\n\ny2.\n"));
    expect(r.status).toBe(2);
    expect(r.stdout.toString()).toBe(
      "<<<<<<< mine\nx1.\n||||||| base\nx.\n=======\nx2.\n>>>>>>> theirs\n\n" +
        "<<<<<<< mine\ny1.\n||||||| base\ny.\n=======\ny2.\n>>>>>>> theirs\n",
    );
  });

  it("labels markers with -L like git", () => {
    const r = merge("-L", "me", "-L", "old", "-L", "you", file("x\n"), file("m\n"), file("t\n"));
    expect(r.status).toBe(1);
    expect(r.stdout.toString()).toContain("<<<<<<< me\n");
    expect(r.stdout.toString()).toContain("||||||| old\n");
    expect(r.stdout.toString()).toContain(">>>>>>> you\n");
  });

  it("keeps bytes that are not UTF-8 untouched", () => {
    const base = Buffer.from([0x61, 0xff, 0x0a, 0x62, 0x0a]);
    const mine = Buffer.from([0x41, 0xff, 0x0a, 0x62, 0x0a]);
    const r = merge(file(base), file(mine), file(base));
    expect(r.status).toBe(0);
    expect(Buffer.compare(r.stdout, mine)).toBe(0);
  });

  it("exits 255 with a message on wrong usage", () => {
    const r = merge(file("a"), file("b"));
    expect(r.status).toBe(255);
    expect(r.stderr).toContain("usage");
  });

  it("exits 255 with a message when a file cannot be read", () => {
    const r = merge(file("a"), path.join(dir, "missing.txt"), file("a"));
    expect(r.status).toBe(255);
    expect(r.stderr).toContain("missing.txt");
  });
});
