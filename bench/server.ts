// Starts the production build on its own SQLite file for a benchmark, and stops it afterwards.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");

export type BenchServer = { baseUrl: string; stop: () => void };

export async function startBenchServer(port: number): Promise<BenchServer> {
  const databaseFile = path.join(root, ".tmp", "bench.db");
  fs.mkdirSync(path.dirname(databaseFile), { recursive: true });
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(databaseFile + suffix, { force: true });
  const env = { ...process.env, DATABASE_URL: `file:${databaseFile}`, NEXT_TELEMETRY_DISABLED: "1" };
  const migrate = spawnSync("npx", ["--no-install", "prisma", "migrate", "deploy"], { cwd: root, env, stdio: "ignore" });
  if (migrate.status !== 0) throw new Error("prisma migrate deploy failed");

  const server: ChildProcess = spawn("npm", ["run", "--silent", "serve"],
    { cwd: root, env: { ...env, PORT: String(port) }, stdio: ["ignore", "ignore", "inherit"], detached: true });
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) break;
    } catch {
      if (Date.now() > deadline) throw new Error("the app did not start");
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  return { baseUrl, stop: () => server.pid && process.kill(-server.pid, "SIGTERM") };
}
