// Starts the production build for a benchmark and stops it afterwards: one instance on its own SQLite file
// (the default), or the cluster's parts on PostgreSQL: a fresh database on the project's private cluster
// (PG_PORT, default 5433), instances on it, and nginx with deploy/nginx.conf (scripts/nginx.sh) in front.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const pgPort = Number(process.env.PG_PORT ?? 5433);

export type BenchServer = { baseUrl: string; stop: () => void };

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): string {
  const result = spawnSync(command, args, { cwd: root, env, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} exited ${result.status}: ${result.stderr}`);
  return result.stdout;
}

function migrate(databaseUrl: string): void {
  run("npm", ["run", "--silent", "db:migrate"], { ...process.env, DATABASE_URL: databaseUrl });
}

async function waitUntilUp(baseUrl: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${baseUrl} did not start`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** One instance (`npm run serve`) in its own process group, on a database that is already migrated. */
export async function startInstance(port: number, databaseUrl: string, extraEnv: Record<string, string> = {}): Promise<BenchServer> {
  const env = { ...process.env, DATABASE_URL: databaseUrl, NEXT_TELEMETRY_DISABLED: "1", PORT: String(port), ...extraEnv };
  const server: ChildProcess = spawn("npm", ["run", "--silent", "serve"], { cwd: root, env, stdio: ["ignore", "ignore", "inherit"], detached: true });
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitUntilUp(baseUrl);
  return { baseUrl, stop: () => server.pid && process.kill(-server.pid, "SIGTERM") };
}

/** The existing API benchmark's server: one instance on a fresh SQLite file. */
export async function startBenchServer(port: number, extraEnv: Record<string, string> = {}): Promise<BenchServer> {
  const databaseFile = path.join(root, ".tmp", "bench.db");
  fs.mkdirSync(path.dirname(databaseFile), { recursive: true });
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(databaseFile + suffix, { force: true });
  migrate(`file:${databaseFile}`);
  return startInstance(port, `file:${databaseFile}`, extraEnv);
}

/**
 * A fresh, migrated database of this benchmark's own on the private PostgreSQL cluster, and a way to drop it.
 * The cluster is started only when nothing answers on PG_PORT: it may be shared, so it is never stopped here.
 */
export function freshPostgresDatabase(name: string): { url: string; settings: string; drop: () => void } {
  const ready = spawnSync("pg_isready", ["-q", "-h", "127.0.0.1", "-p", String(pgPort)]);
  if (ready.status !== 0) run("bash", ["scripts/postgres.sh", "start"]);
  const admin = ["-h", "127.0.0.1", "-p", String(pgPort), "-U", "postgres", "-d", "postgres", "-qAtc"];
  run("psql", [...admin, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`]);
  run("psql", [...admin, `CREATE DATABASE "${name}"`]);
  const url = `postgresql://postgres@127.0.0.1:${pgPort}/${name}`;
  migrate(url);
  // What a save costs depends on these: fsync and synchronous_commit on is a durable commit.
  const settings = ["server_version", "fsync", "synchronous_commit", "shared_buffers"]
    .map((setting) => `${setting} ${run("psql", [...admin, `SHOW ${setting}`]).trim()}`).join(", ");
  return { url, settings, drop: () => run("psql", [...admin, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`]) };
}

/** nginx with deploy/nginx.conf on `port` in front of the instances; started again (reloaded) when running. */
export function startProxy(port: number, instancePorts: number[]): BenchServer {
  run("bash", ["scripts/nginx.sh", "start", String(port), ...instancePorts.map((p) => `127.0.0.1:${p}`)]);
  return { baseUrl: `http://127.0.0.1:${port}`, stop: () => run("bash", ["scripts/nginx.sh", "stop", String(port)]) };
}
