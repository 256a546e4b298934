// Live events over Server-Sent Events, against the real server: a save is announced if and only if it
// committed, a client that reconnects with Last-Event-ID gets every save it missed once and in order, presence
// comes and goes without touching a version, and streams dropped the hard way are all released.
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { createNote, send, serverErrors } from "./client";
import { destroyAllStreams, eventually, openStream, openStreamCount, type OpenStream } from "./event-stream-client";
import { expectProblem } from "./expect-http";
import pg from "pg";
import { instancePorts, postgresUrl, topology } from "./topology";

// Every test runs on both topologies: on the cluster, consecutive requests alternate between the instances
// (nginx), so a stream and the save it hears of are often on different ones.

const patchHeaders = (etag: string, editor = "Bob") => ({
  "If-Match": etag, "Editor-Name": encodeURIComponent(editor), "Content-Type": "application/merge-patch+json",
});

async function save(path: string, etag: string, body: string, editor = "Bob") {
  const response = await send(path, { method: "PATCH", headers: patchHeaders(etag, editor), body: { body } });
  expect(response.status, response.text).toBe(200);
  return response.headers.get("etag")!;
}

const saves = (stream: OpenStream) => stream.events.filter((event) => event.event === "save").map((event) => event.json.version);
const settle = (ms = 300) => new Promise((resolve) => setTimeout(resolve, ms));

afterEach(destroyAllStreams);
afterAll(() => expect(serverErrors).toEqual([]));

describe("GET /api/notes/{id}/events", () => {
  it("is an event stream that no cache or proxy keeps or buffers, and sets the reconnect delay first", async () => {
    const { path } = await createNote();
    // Asked of an instance directly: nginx reads X-Accel-Buffering itself and does not pass it on.
    const stream = await openStream(`http://127.0.0.1:${instancePorts[0]}${path}/events`);
    expect(stream.status).toBe(200);
    expect(stream.headers["content-type"]).toMatch(/^text\/event-stream/);
    expect(stream.headers["cache-control"]).toBe("no-store");
    expect(stream.headers["x-accel-buffering"]).toBe("no");
    await stream.next((event) => event.event === "presence");
    expect(stream.lines[0]).toMatch(/^retry: \d+$/);
    stream.destroy();
  });

  it("announces a save with its version, ETag, author, time and title, under an id that is its version", async () => {
    const { path, etag, id } = await createNote("Plans");
    const stream = await openStream(`${path}/events`);
    await stream.next((event) => event.event === "presence");
    const response = await send(path, { method: "PATCH", headers: patchHeaders(etag, "Zoë"), body: { title: "Plans for May" } });
    const event = await stream.next((e) => e.event === "save", 2_000);
    expect(event.id).toBe("2");
    expect(event.json).toEqual({
      type: "save", noteId: id, version: 2, etag: response.headers.get("etag"), title: "Plans for May", by: "Zoë",
      at: response.json.updatedAt,
    });
    stream.destroy();
  });

  it("announces nothing for a save that failed (412), nor for one that changed nothing", async () => {
    const { path, etag } = await createNote();
    const stream = await openStream(`${path}/events`);
    await stream.next((event) => event.event === "presence");
    const second = await save(path, etag, "first save");
    expect((await send(path, { method: "PATCH", headers: patchHeaders(etag), body: { body: "stale save" } })).status).toBe(412);
    expect((await send(path, { method: "PATCH", headers: patchHeaders(second), body: { body: "first save" } })).status).toBe(200);
    await save(path, second, "second save");
    await stream.next((event) => event.event === "save" && event.json.version === 3);
    await settle();
    expect(saves(stream)).toEqual([2, 3]);
    expect(stream.events.filter((event) => event.event === "save").map((event) => event.json.etag)).toEqual(['"v2"', '"v3"']);
    stream.destroy();
  });

  it("after a dropped connection, Last-Event-ID brings every missed save once and in order, then live ones", async () => {
    const { path } = await createNote();
    let etag = (await send(path)).headers.get("etag")!;
    const first = await openStream(`${path}/events`);
    await first.next((event) => event.event === "presence");
    etag = await save(path, etag, "v2");
    const last = await first.next((event) => event.event === "save");
    first.destroy();

    for (const text of ["v3", "v4", "v5"]) etag = await save(path, etag, text);
    // Saves keep landing while the client reconnects: none may be lost or doubled between catch-up and live.
    const during = (async () => {
      for (const text of ["v6", "v7", "v8", "v9"]) etag = await save(path, etag, text);
    })();
    const again = await openStream(`${path}/events`, { "Last-Event-ID": last.id! });
    await during;
    await again.next((event) => event.event === "save" && event.json.version === 9);
    etag = await save(path, etag, "v10");
    await again.next((event) => event.event === "save" && event.json.version === 10);
    await settle();
    expect(saves(again)).toEqual([3, 4, 5, 6, 7, 8, 9, 10]);
    expect(again.events.filter((event) => event.event === "save").map((event) => event.id)).toEqual(["3", "4", "5", "6", "7", "8", "9", "10"]);
    again.destroy();
  });

  it("?after=<version> catches a first connection up from the version it already holds", async () => {
    const { path } = await createNote();
    let etag = (await send(path)).headers.get("etag")!;
    for (const text of ["v2", "v3"]) etag = await save(path, etag, text);
    const stream = await openStream(`${path}/events?after=1`);
    await stream.next((event) => event.event === "presence");
    expect(saves(stream)).toEqual([2, 3]);
    stream.destroy();
  });

  it("announces a deletion and a re-creation; a deleted note's stream opens with the deletion", async () => {
    const { path, etag, id } = await createNote();
    const stream = await openStream(`${path}/events`);
    await stream.next((event) => event.event === "presence");
    expect((await send(path, { method: "DELETE", headers: { "If-Match": etag, "Editor-Name": "Carol" } })).status).toBe(204);
    const deleted = await stream.next((event) => event.event === "delete");
    expect(deleted.json).toMatchObject({ type: "delete", noteId: id, version: 1, by: "Carol" });
    expect(deleted.id).toBeNull();

    const later = await openStream(`${path}/events`);
    expect(later.status).toBe(200);
    expect((await later.next((event) => event.event !== "presence")).json).toMatchObject({ type: "delete", version: 1, by: "Carol" });

    const recreated = await send(path, { method: "PUT", headers: { "If-None-Match": "*", "Editor-Name": "Dan" }, body: { title: "Back", body: "" } });
    expect(recreated.status).toBe(201);
    for (const one of [stream, later]) {
      const event = await one.next((e) => e.event === "recreate");
      expect(event.json).toMatchObject({ type: "recreate", version: 2, etag: '"v2"', by: "Dan", title: "Back" });
      expect(event.id).toBe("2");
    }
    stream.destroy();
    later.destroy();
  });

  it("answers 404 problems for a note that never existed and for an id of the wrong shape", async () => {
    for (const path of ["/api/notes/never-was-here/events", "/api/notes/bad%20id/events"]) {
      const stream = await openStream(path);
      const text = await stream.text();
      expectProblem({ status: stream.status, headers: new Headers(stream.headers as Record<string, string>), text, json: JSON.parse(text) }, 404);
    }
  });

  it("answers 405 with Allow to a write", async () => {
    const { path } = await createNote();
    const response = await send(`${path}/events`, { method: "POST", body: {} });
    expectProblem(response, 405);
    expect(response.headers.get("allow")).toBe("GET, HEAD, OPTIONS");
  });
});

describe("GET /api/notes/events", () => {
  it("announces every note's saves (a new note's first one too) and deletions", async () => {
    const stream = await openStream("/api/notes/events");
    expect(stream.status).toBe(200);
    await settle(100);
    const { path, id, etag } = await createNote("Listed");
    const created = await stream.next((event) => event.json.noteId === id);
    expect(created.json).toMatchObject({ type: "save", version: 1, title: "Listed" });
    expect(created.id).toMatch(/^t\d+$/);
    const second = await save(path, etag, "changed", "Eve");
    expect((await stream.next((event) => event.json.noteId === id && event.json.version === 2)).json).toMatchObject({ by: "Eve" });
    await send(path, { method: "DELETE", headers: { "If-Match": second } });
    expect((await stream.next((event) => event.event === "delete" && event.json.noteId === id)).json.version).toBe(2);
    stream.destroy();
  });

  it("a reconnect with Last-Event-ID replays what happened since, without missing any", async () => {
    const stream = await openStream("/api/notes/events");
    const { id: firstId } = await createNote("Before");
    const last = await stream.next((event) => event.json.noteId === firstId);
    stream.destroy();
    const missed = await createNote("Missed");
    await send(missed.path, { method: "DELETE", headers: { "If-Match": missed.etag } });
    const again = await openStream("/api/notes/events", { "Last-Event-ID": last.id! });
    await again.next((event) => event.event === "delete" && event.json.noteId === missed.id);
    expect(again.events.filter((event) => event.json.noteId === missed.id).map((event) => event.event)).toEqual(["save", "delete"]);
    again.destroy();
  });
});

describe("presence", () => {
  const presenceHeaders = (name: string) => ({ "Editor-Name": encodeURIComponent(name) });

  it("a tab that opens the note, starts editing and leaves is seen by the others, and changes no version", async () => {
    const { path, etag } = await createNote();
    const stream = await openStream(`${path}/events`);
    expect((await stream.next((event) => event.event === "presence")).json.present).toEqual([]);

    expect((await send(`${path}/presence`, { method: "POST", headers: presenceHeaders("Bob"), body: { tabId: "tab-b", state: "viewing" } })).status).toBe(204);
    let event = await stream.next((e) => e.event === "presence" && e.json.present.length === 1);
    // Others see the tab by an opaque handle, never its id (whoever knows the id can speak for the tab).
    expect(event.json.present).toEqual([{ tab: expect.stringMatching(/^[0-9a-f]{16}$/), name: "Bob", state: "viewing", since: expect.any(String) }]);
    expect(event.data).not.toContain("tab-b");

    const from = stream.events.length;
    await send(`${path}/presence`, { method: "POST", headers: presenceHeaders("Bob"), body: { tabId: "tab-b", state: "viewing" } });
    await send(`${path}/presence`, { method: "POST", headers: presenceHeaders("Bob"), body: { tabId: "tab-b", state: "editing" } });
    event = await stream.next((e) => e.event === "presence", 2_000, from);
    // The heartbeat that changed nothing said nothing: the next presence event is the change to editing.
    expect((event.json.present as Array<{ state: string }>).map((p) => p.state)).toEqual(["editing"]);

    // A new stream learns who is there at once.
    const late = await openStream(`${path}/events`);
    expect((await late.next((e) => e.event === "presence")).json.present).toMatchObject([{ name: "Bob", state: "editing" }]);

    expect((await send(`${path}/presence?tabId=tab-b`, { method: "DELETE" })).status).toBe(204);
    await stream.next((e) => e.event === "presence" && e.json.present.length === 0, 2_000);

    const read = await send(path);
    expect(read.headers.get("etag")).toBe(etag);
    expect(read.json.version).toBe(1);
    stream.destroy();
    late.destroy();
  });

  it("refuses reports it cannot use, as problems", async () => {
    const { path, etag } = await createNote();
    expectProblem(await send(`${path}/presence`, { method: "POST", body: { tabId: "x", state: "sleeping" } }), 400);
    expectProblem(await send(`${path}/presence`, { method: "POST", body: { tabId: "", state: "viewing" } }), 400);
    expectProblem(await send(`${path}/presence`, { method: "POST", body: { tabId: "x", state: "viewing", extra: 1 } }), 400);
    expectProblem(await send(`${path}/presence`, { method: "DELETE" }), 400);
    expectProblem(await send(`${path}/presence`, { method: "POST", headers: { Origin: "https://elsewhere.example" }, body: { tabId: "x", state: "viewing" } }), 403);
    expectProblem(await send("/api/notes/never-was-here/presence", { method: "POST", body: { tabId: "x", state: "viewing" } }), 404);
    await send(path, { method: "DELETE", headers: { "If-Match": etag } });
    expectProblem(await send(`${path}/presence`, { method: "POST", body: { tabId: "x", state: "viewing" } }), 410);
  });
});

describe("streams end when their clients go away", () => {
  it("500 streams opened and dropped abruptly (sockets destroyed) bring the count back to 0", async () => {
    const { path } = await createNote();
    const before = await eventually(openStreamCount, (count) => count === 0);
    expect(before).toBe(0);
    const streams: OpenStream[] = [];
    for (let batch = 0; batch < 10; batch++) {
      streams.push(...(await Promise.all(Array.from({ length: 50 }, (_, i) =>
        openStream(batch % 2 && i % 2 ? "/api/notes/events" : `${path}/events`)))));
    }
    expect(streams.every((stream) => stream.status === 200)).toBe(true);
    expect(await eventually(openStreamCount, (count) => count === 500)).toBe(500);
    for (const stream of streams) stream.destroy();
    // Well inside the 15 s keep-alive: the streams are released because the server noticed the disconnect,
    // not because a later write to a dead socket failed.
    expect(await eventually(openStreamCount, (count) => count === 0, 5_000)).toBe(0);
  }, 60_000);

  it("after the drop, a new stream still gets saves (no dead subscriber is left in the way)", async () => {
    const { path, etag } = await createNote();
    const stream = await openStream(`${path}/events`);
    await stream.next((event) => event.event === "presence");
    await save(path, etag, "after the storm");
    expect((await stream.next((event) => event.event === "save")).json.version).toBe(2);
    stream.destroy();
    await eventually(openStreamCount, (count) => count === 0);
  });
});

describe.runIf(topology === "cluster")("across instances", () => {
  const [first, second] = instancePorts.map((instancePort) => `http://127.0.0.1:${instancePort}`);

  it("a stream on one instance hears of a save, a deletion and presence made through the other", async () => {
    const { path, etag } = await createNote();
    const stream = await openStream(`${first}${path}/events`);
    await stream.next((event) => event.event === "presence");
    const list = await openStream(`${first}/api/notes/events`);

    const response = await fetch(`${second}${path}`, {
      method: "PATCH", headers: patchHeaders(etag), body: JSON.stringify({ body: "from the other instance" }),
    });
    expect(response.status).toBe(200);
    expect((await stream.next((event) => event.event === "save")).json).toMatchObject({ version: 2, by: "Bob" });
    expect((await list.next((event) => event.event === "save" && event.json.noteId === path.split("/").pop())).json.version).toBe(2);

    const presence = await fetch(`${second}${path}/presence`, {
      method: "POST", headers: { "Content-Type": "application/json", "Editor-Name": "Carol" },
      body: JSON.stringify({ tabId: "tab-c", state: "editing" }),
    });
    expect(presence.status).toBe(204);
    expect((await stream.next((event) => event.event === "presence" && event.json.present.length === 1)).json.present)
      .toMatchObject([{ name: "Carol", state: "editing" }]);
    // The first instance holds the merged view: a new stream there starts with Carol.
    const late = await openStream(`${first}${path}/events`);
    expect((await late.next((event) => event.event === "presence")).json.present).toMatchObject([{ name: "Carol" }]);
    await fetch(`${second}${path}/presence?tabId=tab-c`, { method: "DELETE" });
    await stream.next((event) => event.event === "presence" && event.json.present.length === 0);

    const gone = await fetch(`${second}${path}`, { method: "DELETE", headers: { "If-Match": '"v2"' } });
    expect(gone.status).toBe(204);
    expect((await stream.next((event) => event.event === "delete")).json).toMatchObject({ version: 2 });
    // Exactly once each, although every instance hears its own NOTIFY too.
    expect(saves(stream)).toEqual([2]);
    for (const open of [stream, list, late]) open.destroy();
  });

  it("a save whose transaction fails (412) notifies no instance", async () => {
    const { path, etag } = await createNote();
    const streams = await Promise.all([first, second].map((base) => openStream(`${base}${path}/events`)));
    await Promise.all(streams.map((stream) => stream.next((event) => event.event === "presence")));
    await save(path, etag, "one");
    const stale = await send(path, { method: "PATCH", headers: patchHeaders(etag), body: { body: "two" } });
    expect(stale.status).toBe(412);
    await settle();
    for (const stream of streams) expect(saves(stream)).toEqual([2]);
    for (const stream of streams) stream.destroy();
  });

  it("a LISTEN connection cut off the database comes back by itself, streams stay open, and nothing committed meanwhile is lost", async () => {
    const { path, etag } = await createNote();
    const database = new URL(postgresUrl).pathname.slice(1);
    const admin = new pg.Client({ connectionString: postgresUrl.replace(/\/[^/]*$/, "/postgres") });
    await admin.connect();
    try {
      const stream = await openStream(`${first}${path}/events`);
      await stream.next((event) => event.event === "presence");
      // Warm both instances' pools, so that a save can go through while no new session may open.
      await Promise.all([first, second].map((base) => fetch(`${base}${path}`)));
      // Nobody may connect to this database now (its open sessions go on), and the listeners are cut off:
      // what this run does to its own database only, while others share the cluster.
      await admin.query(`ALTER DATABASE "${database}" ALLOW_CONNECTIONS false`);
      const cut = await admin.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND query LIKE 'LISTEN%'`, [database]);
      expect(cut.rowCount).toBe(2);
      const health = async () => (await (await fetch(`${first}/api/health`)).json()).liveEvents;
      expect(await eventually(health, (state) => state === "reconnecting")).toBe("reconnecting");

      const saved = await fetch(`${second}${path}`, { method: "PATCH", headers: patchHeaders(etag), body: JSON.stringify({ body: "while deaf" }) });
      expect(saved.status).toBe(200);
      await settle(500);
      expect(saves(stream)).toEqual([]);

      await admin.query(`ALTER DATABASE "${database}" ALLOW_CONNECTIONS true`);
      // The same stream, never closed: the save arrives once the listener is back and has read the gap.
      expect((await stream.next((event) => event.event === "save", 10_000)).json).toMatchObject({ version: 2 });
      expect(await eventually(health, (state) => state === "on")).toBe("on");
      expect(saves(stream)).toEqual([2]);
      stream.destroy();
    } finally {
      await admin.query(`ALTER DATABASE "${database}" ALLOW_CONNECTIONS true`);
      await admin.end();
    }
  }, 30_000);
});

describe("presence has a cap per note", () => {
  it("a client inventing tab ids gets 429 in words past the cap, and subscribers never receive more tabs than it", async () => {
    const { path } = await createNote("Crowded");
    const stream = await openStream(`${path}/events`);
    await stream.next((event) => event.event === "presence");
    const statuses: number[] = [];
    let refusal: Awaited<ReturnType<typeof send>> | null = null;
    for (let i = 0; i < 70; i++) {
      const response = await send(`${path}/presence`, { method: "POST", headers: { "Editor-Name": "Flood" }, body: { tabId: `flood-${i}`, state: "viewing" } });
      statuses.push(response.status);
      if (response.status === 429) refusal ??= response;
    }
    // Exactly 50 on one instance; across instances a report may pass just before the others' count reaches it
    // (the stores then drop it, so nobody is shown more than 50).
    expect(statuses.filter((status) => status === 204).length).toBeGreaterThanOrEqual(50);
    expect(statuses.filter((status) => status === 204).length).toBeLessThanOrEqual(topology === "cluster" ? 60 : 50);
    expect(statuses.slice(60).every((status) => status === 429)).toBe(true);
    const problem = expectProblem(refusal!, 429);
    expect(problem).toMatchObject({ limit: 50 });
    expect(refusal!.headers.get("retry-after")).toMatch(/^\d+$/);
    // A tab already present keeps reporting.
    expect((await send(`${path}/presence`, { method: "POST", body: { tabId: "flood-3", state: "editing" } })).status).toBe(204);
    const last = await stream.next((event) => event.event === "presence" && JSON.parse(event.data).present.some((tab: { state: string }) => tab.state === "editing"), 3_000);
    expect(JSON.parse(last.data).present.length).toBeLessThanOrEqual(50);
    stream.destroy();
    for (let i = 0; i < 50; i++) await send(`${path}/presence?tabId=flood-${i}`, { method: "DELETE" });
  });
});
