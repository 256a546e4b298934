// The processes the API tests run against. `API_TOPOLOGY=sqlite` (the default): one app instance on a fresh
// SQLite file, at API_TEST_PORT. `API_TOPOLOGY=cluster`: a fresh database on the project's private
// PostgreSQL cluster (PG_PORT, default 5433), two instances at API_TEST_PORT + 1 and + 2, and nginx with
// deploy/nginx.conf at API_TEST_PORT, so that consecutive requests alternate between the instances.
// Tests of the cluster use these helpers to kill, restart or skew an instance and to restart PostgreSQL;
// every process started is written to a pid file, so that the teardown stops each one it started.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

export const root = path.resolve(import.meta.dirname, "../..");
export const topology = process.env.API_TOPOLOGY === "cluster" ? "cluster" : "sqlite";
export const port = Number(process.env.API_TEST_PORT ?? 3200);
export const instancePorts = topology === "cluster" ? [port + 1, port + 2] : [port];
const pgPort = Number(process.env.PG_PORT ?? 5433);
export const postgresUrl = `postgresql://postgres@127.0.0.1:${pgPort}/notes_api_${port}`;
const stateDir = path.join(root, ".tmp", `api-${port}`);
const pidFile = path.join(stateDir, "pids");

export function databaseUrl(): string {
  return topology === "cluster" ? postgresUrl : `file:${path.join(root, ".tmp", `api-test-${port}.db`)}`;
}

function env(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...process.env, DATABASE_URL: databaseUrl(), NEXT_TELEMETRY_DISABLED: "1", PG_PORT: String(pgPort), ...extra };
}

export async function waitUntilUp(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

function run(command: string, args: string[], extra: Record<string, string> = {}) {
  const result = spawnSync(command, args, { cwd: root, env: env(extra), encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} exited ${result.status}: ${result.stderr}`);
  return result.stdout;
}

/** A fresh, migrated database for this run. */
export function freshDatabase(): void {
  fs.mkdirSync(stateDir, { recursive: true });
  if (topology === "cluster") {
    run("bash", ["scripts/postgres.sh", "start"]);
    const database = new URL(postgresUrl).pathname.slice(1);
    const admin = ["-h", "127.0.0.1", "-p", String(pgPort), "-U", "postgres", "-d", "postgres", "-qc"];
    run("psql", [...admin, `DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`]);
    run("psql", [...admin, `CREATE DATABASE "${database}"`]);
  } else {
    const file = databaseUrl().slice("file:".length);
    for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
  }
  run("npm", ["run", "--silent", "db:migrate"]);
}

/**
 * Starts one app instance (`npm run serve`) in its own process group. `clockOffset` (for example "-5s") runs it
 * under libfaketime, with its clock that far off.
 */
export async function startInstance(instancePort: number, { clockOffset }: { clockOffset?: string } = {}): Promise<number> {
  // Behind nginx on this machine, the instances believe its X-Forwarded-* (it sets them itself).
  const extra: Record<string, string> = { PORT: String(instancePort), ...(topology === "cluster" ? { TRUST_PROXY: "127.0.0.1" } : {}) };
  const [command, args] = clockOffset ? ["faketime", ["-f", clockOffset, "npm", "run", "--silent", "serve"]] : ["npm", ["run", "--silent", "serve"]];
  const child = spawn(command as string, args as string[], { cwd: root, env: env(extra), stdio: ["ignore", "ignore", "inherit"], detached: true });
  child.unref();
  fs.mkdirSync(stateDir, { recursive: true });
  fs.appendFileSync(pidFile, `${child.pid}\n`);
  await waitUntilUp(`http://127.0.0.1:${instancePort}/api/health`, 60_000);
  return child.pid!;
}

/** The process group listening on a port (the instance started there), or null. */
function pidOnPort(instancePort: number): number | null {
  const lines = fs.existsSync(pidFile) ? fs.readFileSync(pidFile, "utf8").split("\n").filter(Boolean).map(Number) : [];
  const listening = spawnSync("ss", ["-Hltnp", `sport = :${instancePort}`], { encoding: "utf8" }).stdout;
  for (const pid of lines.reverse()) {
    try {
      process.kill(-pid, 0);
    } catch {
      continue;
    }
    // The instance's node process is a child of the group leader: match the group.
    const members = spawnSync("pgrep", ["-g", String(pid)], { encoding: "utf8" }).stdout.split("\n").filter(Boolean);
    if (members.some((member) => listening.includes(`pid=${member},`))) return pid;
  }
  return null;
}

/** Stops the instance on a port: SIGKILL (a crash), or SIGTERM. Waits until the port is free. */
export async function stopInstance(instancePort: number, signal: "SIGKILL" | "SIGTERM" = "SIGTERM"): Promise<void> {
  const pid = pidOnPort(instancePort);
  if (pid === null) return;
  process.kill(-pid, signal);
  for (let i = 0; i < 100 && pidOnPort(instancePort) !== null; i++) await new Promise((resolve) => setTimeout(resolve, 100));
}

export function restartPostgres(phase: "stop" | "start"): void {
  run("bash", ["scripts/postgres.sh", phase]);
}

export function startProxy(): void {
  run("bash", ["scripts/nginx.sh", "start", String(port), ...instancePorts.map((p) => `127.0.0.1:${p}`)]);
}

export async function stopEverything(): Promise<void> {
  if (topology === "cluster") run("bash", ["scripts/nginx.sh", "stop", String(port)]);
  const pids = fs.existsSync(pidFile) ? fs.readFileSync(pidFile, "utf8").split("\n").filter(Boolean).map(Number) : [];
  for (const pid of pids) {
    try {
      process.kill(-pid, "SIGTERM");
    } catch {
      // already gone
    }
  }
  fs.rmSync(pidFile, { force: true });
}
