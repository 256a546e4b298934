// A checkout in a directory only root may enter (a clone in root's home, mode 0700), run by root: PostgreSQL
// runs as `postgres` and nginx's workers as `nobody`, and neither can reach files inside such a checkout. The
// scripts must keep those servers' files where their users can reach them. Run as root on the cluster topology
// (which has PostgreSQL and nginx installed); a copy of the scripts stands for the checkout.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { instancePorts, root, topology } from "./topology";

const asRoot = typeof process.getuid === "function" && process.getuid() === 0;
const privateHome = fs.mkdtempSync(path.join(os.tmpdir(), "private-home-"));
const checkout = path.join(privateHome, "midair-notes");
const pgPort = 5498;
const nginxPort = Number(process.env.API_TEST_PORT ?? 3200) + 90;

function run(command: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(command, args, { cwd: checkout, env: { ...process.env, ...env }, encoding: "utf8", timeout: 60_000 });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe.skipIf(topology !== "cluster" || !asRoot)("a checkout only root can enter", () => {
  beforeAll(() => {
    for (const file of ["scripts/postgres.sh", "scripts/state-dir.sh", "scripts/nginx.sh", "deploy/nginx.conf", "deploy/security-headers.conf"]) {
      fs.mkdirSync(path.dirname(path.join(checkout, file)), { recursive: true });
      fs.copyFileSync(path.join(root, file), path.join(checkout, file));
    }
    fs.chmodSync(privateHome, 0o700);
  });

  afterAll(() => {
    run("bash", ["scripts/postgres.sh", "stop"], { PG_PORT: String(pgPort) });
    run("bash", ["scripts/nginx.sh", "stop", String(nginxPort)]);
    const outside = run("bash", ["-c", ". scripts/state-dir.sh && dirname \"$(state_dir postgres postgres)\""]).output.trim();
    if (outside.startsWith("/tmp/midair-notes-")) fs.rmSync(outside, { recursive: true, force: true });
    fs.rmSync(privateHome, { recursive: true, force: true });
  });

  it("the private PostgreSQL cluster starts and answers", () => {
    const started = run("bash", ["scripts/postgres.sh", "start"], { PG_PORT: String(pgPort), PG_DB: "notes" });
    expect(started.status, started.output).toBe(0);
    const answer = run("psql", ["-h", "127.0.0.1", "-p", String(pgPort), "-U", "postgres", "-d", "notes", "-tAc", "SELECT 40 + 2"]);
    expect(answer.output.trim()).toBe("42");
  }, 60_000);

  it("nginx passes a save larger than its memory buffer on to the app (its workers write it to a temp file)", async () => {
    const started = run("bash", ["scripts/nginx.sh", "start", String(nginxPort), `127.0.0.1:${instancePorts[0]}`]);
    expect(started.status, started.output).toBe(0);
    const url = `http://127.0.0.1:${nginxPort}/api/notes`;
    const response = await fetch(url, {
      method: "POST", headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ title: "Through nginx", body: "x".repeat(200_000) }),
    });
    expect(response.status, await response.clone().text()).toBe(201);
  }, 60_000);
});
