// Requests a careless or hostile client sends: each gets a clear problem and changes nothing.
import net from "node:net";
import { describe, expect, it } from "vitest";
import { baseUrl, createNote, send, sendRaw } from "./client";
import { topology } from "./topology";
import { expectProblem, snapshot } from "./expect-http";

const patchHeaders = (etag: string, extra: Record<string, string> = {}) =>
  ({ "Content-Type": "application/merge-patch+json", "If-Match": etag, ...extra });

/** Sends bytes that are not valid HTTP and returns the raw answer. */
function sendBytes(bytes: string): Promise<string> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname, () => socket.write(bytes));
    const parts: Buffer[] = [];
    socket.on("data", (part) => parts.push(part));
    socket.on("end", () => resolve(Buffer.concat(parts).toString("utf8")));
    socket.on("error", reject);
    socket.setTimeout(5_000, () => socket.destroy(new Error("no answer")));
  });
}

describe("Editor-Name beyond percent-encoding", () => {
  it.each([
    ["raw UTF-8 bytes", [Buffer.from("Zoë", "utf8").toString("latin1")]],
    ["two header lines", ["Alice", "Bob"]],
    ["a zero-width space only", ["%E2%80%8B"]],
    ["a right-to-left override", ["%E2%80%AEevil"]],
  ])("refuses %s with 400 and saves nothing", async (_, values) => {
    const { path, etag } = await createNote();
    const before = await snapshot(path);
    const response = await sendRaw(path, {
      method: "PATCH", headers: { ...patchHeaders(etag), "Editor-Name": values },
      chunks: [Buffer.from(JSON.stringify({ title: "changed" }))],
    });
    expect(expectProblem(response, 400).type).toBe("/problems/invalid-editor-name");
    expect(await snapshot(path)).toEqual(before);
  });
});

describe("If-None-Match with tags on a write", () => {
  it("is not a lost-update guard: 428 when it holds", async () => {
    const { path } = await createNote();
    const response = await send(path, { method: "PATCH", headers: { "Content-Type": "application/json", "If-None-Match": '"v999"' }, body: { title: "blind" } });
    expectProblem(response, 428);
    expect((await send(path)).json.title).toBe("A note");
  });
});

describe("a save that changes nothing", () => {
  it("answers 200 with the same version and ETag, and adds no revision", async () => {
    const { path, etag } = await createNote("Same", "Same text.\n");
    for (const body of [{}, { title: "Same" }, { title: "Same", body: "Same text.\n" }]) {
      const response = await send(path, { method: "PATCH", headers: patchHeaders(etag, { "Editor-Name": "Mallory" }), body });
      expect(response.status).toBe(200);
      expect(response.headers.get("etag")).toBe(etag);
      expect(response.json.version).toBe(1);
      expect(response.json.updatedBy).toBe("anonymous");
    }
    expect((await send(`${path}/revisions`)).json.revisions).toHaveLength(1);
  });
});

describe("text that is not valid Unicode", () => {
  it("refuses a lone surrogate instead of storing U+FFFD", async () => {
    const { path, etag } = await createNote();
    const response = await send(path, { method: "PATCH", headers: patchHeaders(etag), body: '{"title":"\\ud800x"}' });
    const problem = expectProblem(response, 400);
    expect(JSON.stringify(problem.errors)).toContain("title");
    expect((await send(path)).json.title).toBe("A note");
  });
});

describe("a compressed request body", () => {
  it("is refused with 415, not misread", async () => {
    const { path, etag } = await createNote();
    const response = await send(path, { method: "PATCH", headers: patchHeaders(etag, { "Content-Encoding": "gzip" }), body: { title: "x" } });
    expectProblem(response, 415);
    expect((await send(path)).json.title).toBe("A note");
  });
});

describe("paths and requests nothing answers", () => {
  it.each(["/api/nothing", "/api/notes/abc/nothing/else"])("%s is a 404 problem, not an HTML page", async (path) => {
    expectProblem(await send(path), 404);
  });

  it("a missing revision says so", async () => {
    const { path } = await createNote();
    const problem = expectProblem(await send(`${path}/revisions/999`), 404);
    expect(problem.detail).toMatch(/version/);
  });

  it.each(["TRACE", "PROPFIND"])("%s is a 405 problem listing the methods", async (method) => {
    const { path } = await createNote();
    const response = await sendRaw(path, { method });
    expectProblem(response, 405);
    // nginx answers TRACE itself, without knowing the resource: its Allow lists every method of the API.
    const allow = topology === "cluster" && method === "TRACE" ? "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS" : "GET, HEAD, PUT, PATCH, DELETE, OPTIONS";
    expect(response.headers.get("allow")).toBe(allow);
  });

  it.each([
    ["a Content-Length that is not a number", "POST /api/notes HTTP/1.1\r\nHost: x\r\nContent-Length: ten\r\n\r\n", 400],
    ["header fields over 16 KiB", `GET /api/notes HTTP/1.1\r\nHost: x\r\nIf-None-Match: ${'"a", '.repeat(4000)}"b"\r\n\r\n`, 431],
  ])("%s gets a problem body", async (_, bytes, status) => {
    const answer = await sendBytes(bytes);
    expect(answer.startsWith(`HTTP/1.1 ${status} `)).toBe(true);
    expect(answer).toMatch(/content-type: application\/problem\+json/i);
    expect(JSON.parse(answer.slice(answer.indexOf("\r\n\r\n") + 4)).status).toBe(status);
  });
});

describe("re-creating a deleted note", () => {
  it("keeps its creation time: its history goes on", async () => {
    const { path, etag, note } = await createNote();
    expect((await send(path, { method: "DELETE", headers: { "If-Match": etag } })).status).toBe(204);
    const recreated = await send(path, { method: "PUT", headers: { "If-None-Match": "*" }, body: { title: "Back", body: "" } });
    expect(recreated.status).toBe(201);
    expect(recreated.json.createdAt).toBe(note.createdAt);
    expect(recreated.json.version).toBe(2);
  });
});
