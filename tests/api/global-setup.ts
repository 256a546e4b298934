// Starts the real app (`next start`, production build) on a fresh SQLite file for the API tests, and hands
// its base URL to the tests. The build must exist: `npm test` builds before it runs these.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";

const PORT = Number(process.env.API_TEST_PORT ?? 3200);
const root = path.resolve(import.meta.dirname, "../..");
let server: ChildProcess | undefined;

async function waitUntilUp(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the app did not answer ${url} within ${timeoutMs} ms`);
}

export async function setup(project: TestProject) {
  const databaseFile = path.join(root, ".tmp", "api-test.db");
  fs.mkdirSync(path.dirname(databaseFile), { recursive: true });
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(databaseFile + suffix, { force: true });
  const env = { ...process.env, DATABASE_URL: `file:${databaseFile}`, NEXT_TELEMETRY_DISABLED: "1" };

  await new Promise<void>((resolve, reject) => {
    const migrate = spawn("npx", ["--no-install", "prisma", "migrate", "deploy"], { cwd: root, env, stdio: "ignore" });
    migrate.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`prisma migrate deploy exited ${code}`))));
  });
  server = spawn("npm", ["run", "--silent", "serve"], { cwd: root, env: { ...env, PORT: String(PORT) }, stdio: ["ignore", "ignore", "inherit"], detached: true });
  const baseUrl = `http://127.0.0.1:${PORT}`;
  await waitUntilUp(`${baseUrl}/api/health`, 60_000);
  project.provide("baseUrl", baseUrl);
}

export async function teardown() {
  if (server?.pid) process.kill(-server.pid, "SIGTERM");
}

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
