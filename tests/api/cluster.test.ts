// Two instances on one PostgreSQL behind nginx (API_TOPOLOGY=cluster): what only several instances and a
// shared database can get wrong. Clocks that disagree, an instance killed in the middle of saves, and the
// database restarting under load. Skipped in the single-instance topology.
import { describe, expect, it } from "vitest";
import { createNote, send, type Received } from "./client";
import { expectProblem } from "./expect-http";
import { instancePorts, restartPostgres, startInstance, stopInstance, topology } from "./topology";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const patch = (path: string, etag: string, body: string, extra: Record<string, string> = {}) =>
  send(path, { method: "PATCH", headers: { "If-Match": etag, "Content-Type": "application/merge-patch+json", ...extra }, body: { body } });

type Acknowledged = { path: string; version: number; body: string };

/** Writers that each save their own note over and over, keeping what the server acknowledged. */
async function writeLoad(writers: number, until: () => boolean) {
  const notes = await Promise.all(Array.from({ length: writers }, (_, i) => createNote(`load ${i}`, "start")));
  const acknowledged: Acknowledged[] = [];
  const statuses: Received[] = [];
  await Promise.all(notes.map(async ({ path, etag: first }, writer) => {
    let etag = first;
    for (let n = 0; !until(); n++) {
      const body = `writer ${writer} save ${n}`;
      const started = Date.now();
      const response = await patch(path, etag, body).catch(() => null);
      if (response) statuses.push(Object.assign(response, { ms: Date.now() - started }));
      if (response?.status === 200) {
        acknowledged.push({ path, version: response.json.version, body });
        etag = response.headers.get("etag")!;
      } else {
        // Not saved, or saved with the answer lost: read the current version before the next save.
        await sleep(50);
        const current = await send(path).catch(() => null);
        if (current?.status === 200) etag = current.headers.get("etag")!;
      }
    }
  }));
  return { acknowledged, statuses };
}

async function expectAllKept(acknowledged: Acknowledged[]) {
  expect(acknowledged.length).toBeGreaterThan(0);
  for (const { path, version, body } of acknowledged) {
    const revision = await send(`${path}/revisions/${version}`);
    expect(revision.status, `${path} v${version}`).toBe(200);
    expect(revision.json.body).toBe(body);
  }
}

describe.skipIf(topology !== "cluster")("two instances, one PostgreSQL, nginx in front", () => {
  it("Last-Modified never goes back when one instance's clock is 5 s behind", async () => {
    const skewed = instancePorts[1]!;
    await stopInstance(skewed);
    await startInstance(skewed, { clockOffset: "-5s" });
    try {
      // The skew is real: that instance's own Date is seconds behind.
      const direct = await fetch(`http://127.0.0.1:${skewed}/api/health`);
      expect(Date.now() - Date.parse(direct.headers.get("date")!)).toBeGreaterThan(3000);
      const { path, etag: first } = await createNote("skew", "0");
      let etag = first;
      const times: number[] = [];
      for (let n = 1; n <= 8; n++) {
        const saved = await patch(path, etag, `save ${n}`);
        expect(saved.status, saved.text).toBe(200);
        etag = saved.headers.get("etag")!;
        const lastModified = Date.parse(saved.headers.get("last-modified")!);
        expect(Date.parse(saved.headers.get("date")!)).toBeGreaterThanOrEqual(lastModified);
        times.push(Date.parse(saved.json.updatedAt));
        await sleep(150);
      }
      for (let i = 1; i < times.length; i++) expect(times[i], `save ${i + 1} after save ${i}`).toBeGreaterThanOrEqual(times[i - 1]!);

      // The newest Last-Modified works as a precondition when only one save falls in its second (two saves
      // in one second make the date ambiguous: 412, docs/decisions/0002), whichever instance answers.
      await sleep(1100);
      const last = await patch(path, etag, "alone in its second");
      expect(last.status).toBe(200);
      times.push(Date.parse(last.json.updatedAt));
      await sleep(1100);
      const current = await send(path);
      const lastModified = current.headers.get("last-modified")!;
      expect(Date.parse(lastModified)).toBe(Math.floor(times.at(-1)! / 1000) * 1000);
      const older = new Date(Date.parse(lastModified) - 1000).toUTCString();
      expectProblem(await send(path, { method: "PATCH", headers: { "If-Unmodified-Since": older, "Content-Type": "application/json" }, body: { body: "stale" } }), 412);
      const ok = await send(path, { method: "PATCH", headers: { "If-Unmodified-Since": lastModified, "Content-Type": "application/json" }, body: { body: "by date" } });
      expect(ok.status, ok.text).toBe(200);
    } finally {
      await stopInstance(skewed);
      await startInstance(skewed);
    }
  }, 120_000);

  it("an instance killed (SIGKILL) during saves loses no acknowledged save, and the other keeps serving", async () => {
    const victim = instancePorts[1]!;
    let phase: "before" | "after" | "done" = "before";
    const load = writeLoad(6, () => phase === "done");
    await sleep(1500);
    await stopInstance(victim, "SIGKILL");
    phase = "after";
    await sleep(2500);
    phase = "done";
    const { acknowledged, statuses } = await load;
    await startInstance(victim);
    expect(statuses.every((response) => [200, 412, 502].includes(response.status)), JSON.stringify(statuses.map((r) => r.status))).toBe(true);
    for (const response of statuses.filter((r) => r.status === 502)) expectProblem(response, 502);
    expect(acknowledged.length).toBeGreaterThan(10);
    await expectAllKept(acknowledged);
  }, 120_000);

  it("PostgreSQL restarting under load: 503 with Retry-After while it is down, then service again, nothing acknowledged lost", async () => {
    let done = false;
    const load = writeLoad(4, () => done);
    await sleep(1000);
    restartPostgres("stop");
    await sleep(2000);
    const during = await send("/api/notes");
    expectProblem(during, 503);
    expect(Number(during.headers.get("retry-after"))).toBeGreaterThan(0);
    restartPostgres("start");
    // Back by itself within a few seconds.
    let back: Received | null = null;
    for (let i = 0; i < 50 && back?.status !== 200; i++) {
      await sleep(200);
      back = await send("/api/notes");
    }
    expect(back?.status).toBe(200);
    await sleep(1000);
    done = true;
    const { acknowledged, statuses } = await load;
    const codes = new Set(statuses.map((response) => response.status));
    expect(codes.has(503)).toBe(true);
    expect([...codes].every((code) => [200, 412, 503].includes(code)), [...codes].join()).toBe(true);
    for (const response of statuses.filter((r) => r.status === 503)) {
      expect(response.headers.get("retry-after")).toMatch(/^\d+$/);
      expect((response as Received & { ms: number }).ms).toBeLessThan(7000);
    }
    await expectAllKept(acknowledged);
  }, 120_000);
});
