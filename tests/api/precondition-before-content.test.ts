// RFC 9110 13.2.2: preconditions are evaluated "just before it would process the request content", and 13.2.1:
// a request that would fail anyway ignores them. So a write whose precondition fails gets 412 (with the body a
// merge dialog opens from) even when its content is broken, while every failure found before the content is
// read (method, target, 404/410, header fields, 415, 413 by Content-Length, Origin) wins over the 412.
// docs/decisions/0003 says where that line is drawn.
import { describe, expect, it } from "vitest";
import { createNote, freshId, send, sendRaw, serverErrors, type Sent } from "./client";
import { expectProblem, HOUR, imfFixdate, snapshot } from "./expect-http";
import { topology } from "./topology";

const MiB = 1024 * 1024;
type Method = "PATCH" | "PUT";

/** A note saved twice, so that its first ETag and Last-Modified are stale and `changes` has an entry. */
async function noteSavedByOther() {
  const note = await createNote("Shared", "Base text\n");
  const saved = await send(note.path, { method: "PATCH", headers: { "If-Match": note.etag, "Editor-Name": "Other" }, body: { body: "Their text\n" } });
  expect(saved.status).toBe(200);
  return { ...note, staleEtag: note.etag, currentEtag: saved.headers.get("etag")!, current: saved.json };
}

/** Content that is wrong in every way a client can get it wrong, as the raw bytes it sends. */
const BAD_CONTENT: Array<[string, { contentType?: string; body: string | Uint8Array<ArrayBuffer> }]> = [
  ["truncated JSON", { body: '{"body": ' }],
  ["JSON with trailing text", { body: '{"body": "x"} trailing' }],
  ["an empty body", { body: "" }],
  ["bytes that are not UTF-8", { body: new Uint8Array([...Buffer.from('{"body": "'), 0xff, 0xfe, ...Buffer.from('"}')]) }],
  ["an array, not an object", { body: '[{"title": "t", "body": "b"}]' }],
  ["a member of the wrong type", { body: '{"title": 5, "body": "b"}' }],
  ["an unknown member", { body: '{"title": "t", "body": "b", "colour": "red"}' }],
  ["a title over 500 characters", { body: JSON.stringify({ title: "t".repeat(501), body: "b" }) }],
  ["a lone surrogate", { body: '{"title": "\\ud800x", "body": "b"}' }],
  ["a merge patch that removes the title (null)", { contentType: "application/merge-patch+json", body: '{"title": null}' }],
  ["a note body over 1 MiB", { body: JSON.stringify({ title: "t", body: "x".repeat(MiB + 1) }) }],
];

/** The preconditions that fail on a note someone else saved, and what the 412 says failed. */
const FAILING: Array<[string, (note: Awaited<ReturnType<typeof noteSavedByOther>>) => Record<string, string>, string]> = [
  ["a stale If-Match", (note) => ({ "If-Match": note.staleEtag }), "If-Match"],
  ["a malformed If-Match", () => ({ "If-Match": "v1" }), "If-Match"],
  ["If-Unmodified-Since before the last save", (note) => ({ "If-Unmodified-Since": imfFixdate(new Date(Date.parse(note.lastModified) - HOUR)) }), "If-Unmodified-Since"],
  ["If-None-Match: * on a note that exists", () => ({ "If-None-Match": "*" }), "If-None-Match"],
];

/** PUT takes only application/json: a merge patch's media type there would be a 415, found before the content. */
function badRequest(method: Method, headers: Record<string, string>, content: (typeof BAD_CONTENT)[number][1]): Sent {
  const contentType = method === "PATCH" && content.contentType ? content.contentType : "application/json";
  return { method, headers: { "Content-Type": contentType, ...headers }, body: content.body };
}

describe("13.2.2: a failing precondition is answered before the content is read", () => {
  for (const method of ["PATCH", "PUT"] as const) {
    describe(method, () => {
      for (const [condition, headersFor, failedCondition] of FAILING) {
        describe(`with ${condition}`, () => {
          it.each(BAD_CONTENT)("and %s: 412 with the current note, not 400; nothing changes", async (_, content) => {
            const note = await noteSavedByOther();
            const before = await snapshot(note.path);
            const response = await send(note.path, badRequest(method, headersFor(note), content));
            const problem = expectProblem(response, 412);
            expect(problem.type).toBe("/problems/precondition-failed");
            expect(problem.failedCondition).toBe(failedCondition);
            expect(problem.currentEtag).toBe(note.currentEtag);
            expect(problem.current).toEqual(note.current);
            expect(response.headers.get("etag")).toBe(note.currentEtag);
            if (failedCondition === "If-Match" && headersFor(note)["If-Match"] === note.staleEtag) {
              expect(problem.changes).toEqual([expect.objectContaining({ version: 2, author: "Other" })]);
            }
            expect(await snapshot(note.path)).toEqual(before);
          });
        });
      }
    });
  }

  it("a body over the request limit streamed without a Content-Length: 412 (the size is only known by reading)", async () => {
    const note = await noteSavedByOther();
    const before = await snapshot(note.path);
    const piece = Buffer.from("y".repeat(MiB));
    const response = await sendRaw(note.path, {
      method: "PATCH",
      headers: { "Content-Type": "application/json", "If-Match": note.staleEtag, "Transfer-Encoding": "chunked" },
      chunks: [Buffer.from('{"body": "'), piece, piece, piece, piece, Buffer.from('"}')],
    });
    if (topology === "cluster") {
      // nginx counts the body as it passes and refuses it at client_max_body_size before the app sees the
      // precondition: a 413 problem of the same type (deploy/nginx.conf), and nothing changes either way.
      expectProblem(response, 413);
    } else {
      expect(expectProblem(response, 412).currentEtag).toBe(note.currentEtag);
    }
    expect(await snapshot(note.path)).toEqual(before);
  });

  it("a PUT with If-Match: * to a missing note and a broken body: 412, and nothing is created", async () => {
    const path = `/api/notes/${freshId()}`;
    expectProblem(await send(path, badRequest("PUT", { "If-Match": "*" }, { body: '{"title": ' })), 412);
    expect((await send(path)).status).toBe(404);
  });
});

describe("when the precondition holds, the content is read and judged as before", () => {
  for (const method of ["PATCH", "PUT"] as const) {
    it.each(BAD_CONTENT)(`${method} with a matching If-Match and %s: 400 or 413, nothing changes`, async (_, content) => {
      const note = await noteSavedByOther();
      const before = await snapshot(note.path);
      const response = await send(note.path, badRequest(method, { "If-Match": note.currentEtag }, content));
      const status = content.body.length > MiB ? 413 : 400;
      expect(expectProblem(response, status).type).not.toBe("/problems/precondition-failed");
      expect(await snapshot(note.path)).toEqual(before);
    });
  }

  it("a create-only PUT (If-None-Match: *) to a new id with a broken body: 400, nothing created", async () => {
    const path = `/api/notes/${freshId()}`;
    expectProblem(await send(path, badRequest("PUT", { "If-None-Match": "*" }, { body: '{"title": 5, "body": "b"}' })), 400);
    expect((await send(path)).status).toBe(404);
  });
});

describe("13.2.1: what is known before the content wins over a failing precondition, even with a broken body", () => {
  const broken = '{"body": ';
  const cases: Array<[string, number, (note: Awaited<ReturnType<typeof noteSavedByOther>>) => Promise<[string, Sent]>]> = [
    ["an unsupported method (POST on a note)", 405, async (note) => [note.path, { method: "POST", headers: { "Content-Type": "application/json", "If-Match": note.staleEtag }, body: broken }]],
    ["an id of the wrong shape", 404, async (note) => ["/api/notes/a.b", { method: "PATCH", headers: { "Content-Type": "application/json", "If-Match": note.staleEtag }, body: broken }]],
    ["an unknown note", 404, async (note) => [`/api/notes/${freshId()}`, { method: "PATCH", headers: { "Content-Type": "application/json", "If-Match": note.staleEtag }, body: broken }]],
    ["a deleted note", 410, async (note) => {
      expect((await send(note.path, { method: "DELETE", headers: { "If-Match": note.currentEtag } })).status).toBe(204);
      return [note.path, { method: "PATCH", headers: { "Content-Type": "application/json", "If-Match": note.staleEtag }, body: broken }];
    }],
    ["a cross-site Origin", 403, async (note) => [note.path, { method: "PATCH", headers: { "Content-Type": "application/json", "If-Match": note.staleEtag, Origin: "https://evil.example" }, body: broken }]],
    ["an unusable Editor-Name", 400, async (note) => [note.path, { method: "PUT", headers: { "Content-Type": "application/json", "If-Match": note.staleEtag, "Editor-Name": "%E0%A4%A" }, body: broken }]],
    ["an unsupported Content-Type", 415, async (note) => [note.path, { method: "PATCH", headers: { "Content-Type": "text/plain", "If-Match": note.staleEtag }, body: broken }]],
    ["a compressed body (Content-Encoding)", 415, async (note) => [note.path, { method: "PUT", headers: { "Content-Type": "application/json", "Content-Encoding": "gzip", "If-Match": note.staleEtag }, body: broken }]],
    ["a Content-Length over the request limit", 413, async (note) => [note.path, { method: "PATCH", headers: { "Content-Type": "application/json", "If-Match": note.staleEtag }, body: `{"body": "${"x".repeat(3 * MiB + 10)}` }]],
  ];

  it.each(cases)("%s: %i", async (_, status, build) => {
    const note = await noteSavedByOther();
    const [path, request] = await build(note);
    const before = await snapshot(note.path);
    const problem = expectProblem(await send(path, request), status);
    expect(problem.type).not.toBe("/problems/precondition-failed");
    expect(await snapshot(note.path)).toEqual(before);
  });

  it("a write with no precondition at all is 428 before its content is judged", async () => {
    const note = await noteSavedByOther();
    expectProblem(await send(note.path, badRequest("PATCH", {}, { body: broken })), 428);
  });
});

it("no request in this file got a 5xx", () => {
  expect(serverErrors).toEqual([]);
});
