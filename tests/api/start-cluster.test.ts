// `npm run start:cluster` stops everything it started when the terminal's Ctrl-C (SIGINT to the whole
// foreground process group) or a TERM to that group arrives: the next start must find its ports free. Run in
// the cluster topology, which has PostgreSQL and nginx installed and the app built.
import { spawn } from "node:child_process";
import net from "node:net";
import { describe, expect, it } from "vitest";
import { root, topology } from "./topology";

const port = Number(process.env.API_TEST_PORT ?? 3200) + 60;
const ports = [port, port + 1, port + 2];

const listening = (at: number) => new Promise<boolean>((resolve) => {
  const socket = net.connect(at, "127.0.0.1");
  socket.once("connect", () => { socket.destroy(); resolve(true); });
  socket.once("error", () => resolve(false));
});

async function until(condition: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return condition();
}

/** Starts the cluster in a process group of its own, as a terminal runs a foreground job; resolves once it is ready. */
async function startCluster(): Promise<number> {
  const child = spawn("npm", ["run", "start:cluster"], {
    cwd: root, detached: true, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, PORT: String(port) },
  });
  let output = "";
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout!.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(`ready on http://localhost:${port}`)) resolve();
    });
    child.stderr!.on("data", (chunk: Buffer) => void (output += chunk.toString()));
    child.once("exit", (code) => reject(new Error(`start:cluster exited ${code} before it was ready:\n${output}`)));
  });
  await ready;
  return child.pid!;
}

describe.skipIf(topology !== "cluster")("npm run start:cluster", () => {
  it.each(["SIGINT", "SIGTERM"] as const)("stops its instances and nginx on %s to its process group", async (signal) => {
    for (const at of ports) expect(await listening(at), `port ${at} is taken before the start`).toBe(false);
    const group = await startCluster();
    for (const at of ports) expect(await listening(at)).toBe(true);
    process.kill(-group, signal);
    const freed = await until(async () => !(await Promise.all(ports.map(listening))).some(Boolean), 10_000);
    if (!freed) {
      // Leave nothing behind for the next test, whatever happened.
      for (const at of ports) spawn("fuser", ["-k", `${at}/tcp`]);
    }
    expect(freed, `still listening: ${(await Promise.all(ports.map(async (at) => ((await listening(at)) ? at : null)))).filter(Boolean).join(", ")}`).toBe(true);
  }, 180_000);
});
