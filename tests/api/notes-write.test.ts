// Writing notes: POST, PATCH (JSON merge patch), PUT (replace, create-only), DELETE (410 afterwards),
// re-creation over a deleted note, and the revisions endpoints.
import { describe, expect, it } from "vitest";
import { baseUrl, createNote, freshId, send, serverErrors } from "./client";
import {
  expectNoBody, expectNoteShape, expectProblem, IMF_FIXDATE, ISO_8601, pathOf, snapshot, STRONG_ETAG, wholeSeconds,
} from "./expect-http";

describe("POST /api/notes", () => {
  it("answers 201 with Location, the new representation and its ETag and Last-Modified", async () => {
    const response = await send("/api/notes", { method: "POST", headers: { "Editor-Name": "Grace" }, body: { title: "Posted", body: "Hello\n" } });
    expect(response.status, response.text).toBe(201);
    expectNoteShape(response.json);
    expect(response.json).toMatchObject({ title: "Posted", body: "Hello\n", version: 1, updatedBy: "Grace" });
    expect(response.json.id).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
    const location = pathOf(response.headers.get("location"), baseUrl);
    expect(location).toBe(`/api/notes/${response.json.id}`);
    expect(response.headers.get("etag")).toMatch(STRONG_ETAG);
    expect(response.headers.get("last-modified")).toMatch(IMF_FIXDATE);

    // The Location names the note, whose GET shows exactly what the 201 said.
    const read = await send(location);
    expect(read.status).toBe(200);
    expect(read.json).toEqual(response.json);
    expect(read.headers.get("etag")).toBe(response.headers.get("etag"));
    expect(read.headers.get("last-modified")).toBe(response.headers.get("last-modified"));
  });

  it("gives every new note a new id", async () => {
    const ids = new Set<string>();
    for (let i = 0; i < 5; i++) {
      const response = await send("/api/notes", { method: "POST", body: { title: `n${i}`, body: "" } });
      expect(response.status).toBe(201);
      ids.add(response.json.id);
    }
    expect(ids.size).toBe(5);
  });

  it("saves a note without Editor-Name as anonymous", async () => {
    const response = await send("/api/notes", { method: "POST", body: { title: "Nobody", body: "" } });
    expect(response.status).toBe(201);
    expect(response.json.updatedBy).toBe("anonymous");
  });
});

describe("PATCH /api/notes/{id}", () => {
  for (const contentType of ["application/merge-patch+json", "application/json"]) {
    it(`saves with ${contentType}: 200, the new representation and its new ETag, version + 1`, async () => {
      const { path, etag, note } = await createNote("Before", "Old body");
      const response = await send(path, {
        method: "PATCH",
        headers: { "Content-Type": contentType, "If-Match": etag, "Editor-Name": "Bob" },
        body: { title: "After", body: "New body" },
      });
      expect(response.status, response.text).toBe(200);
      expectNoteShape(response.json);
      expect(response.json).toMatchObject({ id: note.id, title: "After", body: "New body", version: note.version + 1, updatedBy: "Bob" });
      expect(response.json.createdAt).toBe(note.createdAt);
      expect(Date.parse(response.json.updatedAt)).toBeGreaterThanOrEqual(Date.parse(note.updatedAt));
      const newEtag = response.headers.get("etag");
      expect(newEtag).toMatch(STRONG_ETAG);
      expect(newEtag).not.toBe(etag);
      expect(response.headers.get("last-modified")).toMatch(IMF_FIXDATE);
      expect(Date.parse(response.headers.get("last-modified")!) / 1000).toBe(wholeSeconds(response.json.updatedAt));

      // The response is the stored note: a GET shows the same representation under the same tag.
      const read = await send(path);
      expect(read.json).toEqual(response.json);
      expect(read.headers.get("etag")).toBe(newEtag);
    });
  }

  it("accepts a charset=utf-8 parameter on the media type", async () => {
    const { path, etag } = await createNote();
    const response = await send(path, {
      method: "PATCH", headers: { "Content-Type": "application/merge-patch+json; charset=utf-8", "If-Match": etag }, body: { title: "x" },
    });
    expect(response.status).toBe(200);
  });

  it("changes only the title when only the title is sent", async () => {
    const { path, etag } = await createNote("Title A", "Body stays\n");
    const response = await send(path, { method: "PATCH", headers: { "If-Match": etag }, body: { title: "Title B" } });
    expect(response.status).toBe(200);
    expect(response.json).toMatchObject({ title: "Title B", body: "Body stays\n", version: 2 });
  });

  it("changes only the body when only the body is sent", async () => {
    const { path, etag } = await createNote("Title stays", "Body A");
    const response = await send(path, { method: "PATCH", headers: { "If-Match": etag }, body: { body: "Body B" } });
    expect(response.status).toBe(200);
    expect(response.json).toMatchObject({ title: "Title stays", body: "Body B", version: 2 });
  });

  it("chains saves: each one with the ETag of the previous answer", async () => {
    const { path } = await createNote();
    let etag = (await send(path)).headers.get("etag")!;
    for (let i = 2; i <= 6; i++) {
      const response = await send(path, { method: "PATCH", headers: { "If-Match": etag }, body: { body: `version ${i}` } });
      expect(response.status).toBe(200);
      expect(response.json.version).toBe(i);
      etag = response.headers.get("etag")!;
    }
    const revisions = await send(`${path}/revisions`);
    expect(revisions.json.revisions.map((revision: { version: number }) => revision.version)).toEqual([6, 5, 4, 3, 2, 1]);
  });
});

describe("PUT /api/notes/{id}", () => {
  it("replaces the note: 200 with the new representation, and no ETag or Last-Modified (RFC 9110 9.3.4)", async () => {
    const { path, etag, note } = await createNote("Old title", "Old body");
    const response = await send(path, { method: "PUT", headers: { "If-Match": etag, "Editor-Name": "Cy" }, body: { title: "New title", body: "New body" } });
    expect(response.status, response.text).toBe(200);
    expectNoteShape(response.json);
    expect(response.json).toMatchObject({ id: note.id, title: "New title", body: "New body", version: 2, updatedBy: "Cy" });
    // The stored representation is not the request's content (it gains id, version, times): no validators.
    expect(response.headers.get("etag")).toBeNull();
    expect(response.headers.get("last-modified")).toBeNull();

    const read = await send(path);
    expect(read.json).toEqual(response.json);
    expect(read.headers.get("etag")).not.toBe(etag);
  });

  it("with If-None-Match: * creates a new note: 201 with Location, no ETag or Last-Modified", async () => {
    const id = freshId();
    const path = `/api/notes/${id}`;
    const response = await send(path, { method: "PUT", headers: { "If-None-Match": "*", "Editor-Name": "Di" }, body: { title: "Created", body: "by PUT" } });
    expect(response.status, response.text).toBe(201);
    expect(pathOf(response.headers.get("location"), baseUrl)).toBe(path);
    expectNoteShape(response.json);
    expect(response.json).toMatchObject({ id, title: "Created", body: "by PUT", version: 1, updatedBy: "Di" });
    expect(response.headers.get("etag")).toBeNull();
    expect(response.headers.get("last-modified")).toBeNull();
    const read = await send(path);
    expect(read.status).toBe(200);
    expect(read.json).toEqual(response.json);
  });

  it("with If-None-Match: * answers 412 when the note exists, and changes nothing", async () => {
    const { path } = await createNote("Existing", "Keep me");
    const before = await snapshot(path);
    const response = await send(path, { method: "PUT", headers: { "If-None-Match": "*" }, body: { title: "Overwrite", body: "No" } });
    expectProblem(response, 412);
    expect(await snapshot(path)).toEqual(before);
  });

  it("with If-Match: * answers 412 when there is no note, and creates nothing", async () => {
    const path = `/api/notes/${freshId()}`;
    const response = await send(path, { method: "PUT", headers: { "If-Match": "*" }, body: { title: "No", body: "No" } });
    expectProblem(response, 412);
    expect((await send(path)).status).toBe(404);
  });

  it("with If-Match: * replaces an existing note", async () => {
    const { path } = await createNote();
    const response = await send(path, { method: "PUT", headers: { "If-Match": "*" }, body: { title: "Any", body: "version" } });
    expect(response.status).toBe(200);
    expect(response.json).toMatchObject({ title: "Any", body: "version", version: 2 });
  });

  it("without any precondition answers 428, to an existing note and to a new id, and changes nothing", async () => {
    const { path } = await createNote();
    const before = await snapshot(path);
    expectProblem(await send(path, { method: "PUT", body: { title: "No", body: "No" } }), 428);
    expect(await snapshot(path)).toEqual(before);

    const fresh = `/api/notes/${freshId()}`;
    expectProblem(await send(fresh, { method: "PUT", body: { title: "No", body: "No" } }), 428);
    expect((await send(fresh)).status).toBe(404);
  });
});

describe("DELETE /api/notes/{id}", () => {
  it("answers 204 with no body, then 410 with who deleted it and when to GET, HEAD, PATCH and DELETE", async () => {
    const { path, etag } = await createNote();
    const before = Date.now();
    const deleted = await send(path, { method: "DELETE", headers: { "If-Match": etag, "Editor-Name": "Eve" } });
    expect(deleted.status, deleted.text).toBe(204);
    expectNoBody(deleted);
    const after = Date.now();

    const gone = await send(path);
    const problem = expectProblem(gone, 410);
    expect(problem.deletedBy).toBe("Eve");
    expect(problem.deletedAt).toMatch(ISO_8601);
    const deletedAt = Date.parse(problem.deletedAt as string);
    expect(deletedAt).toBeGreaterThanOrEqual(before - 1000);
    expect(deletedAt).toBeLessThanOrEqual(after + 1000);
    expect(problem.detail).toContain("Eve");
    expect(problem.instance).toBe(path);

    const head = await send(path, { method: "HEAD" });
    expect(head.status).toBe(410);
    expectNoBody(head);

    const conditions: Array<Record<string, string>> = [{ "If-Match": etag }, { "If-Match": "*" }, {}];
    for (const headers of conditions) {
      const patched = expectProblem(await send(path, { method: "PATCH", headers, body: { title: "zombie" } }), 410);
      expect(patched).toMatchObject({ deletedBy: "Eve", deletedAt: problem.deletedAt });
      const again = expectProblem(await send(path, { method: "DELETE", headers }), 410);
      expect(again).toMatchObject({ deletedBy: "Eve", deletedAt: problem.deletedAt });
    }
    // A conditional GET of a deleted note is 410 as well (13.2.1), not 304 or 412.
    expectProblem(await send(path, { headers: { "If-None-Match": etag } }), 410);
    expectProblem(await send(path, { headers: { "If-Match": etag } }), 410);
  });

  it("a second person deleting at the same moment, with the same If-Match, is told it is gone (410), not 412", async () => {
    const { path, etag } = await createNote();
    const names = ["Ann", "Ben", "Cy", "Di", "Ed", "Flo"];
    const answers = await Promise.all(names.map((name) =>
      send(path, { method: "DELETE", headers: { "If-Match": etag, "Editor-Name": name } })));
    expect(answers.map((answer) => answer.status).sort()).toEqual([204, 410, 410, 410, 410, 410]);
    const winner = names[answers.findIndex((answer) => answer.status === 204)];
    for (const answer of answers.filter((one) => one.status === 410)) {
      const problem = expectProblem(answer, 410);
      expect(problem.type).toBe("/problems/gone");
      expect(problem.deletedBy).toBe(winner);
      expect(problem.deletedAt).toMatch(ISO_8601);
    }
    // And later, with the ETag they had, with a stale one, or with none: still 410 naming who and when.
    const conditions: Array<Record<string, string>> = [{ "If-Match": etag }, { "If-Match": '"v0"' }, { "If-None-Match": "*" }, {}];
    for (const headers of conditions) {
      expect(expectProblem(await send(path, { method: "DELETE", headers }), 410).deletedBy).toBe(winner);
    }
  });

  it("without any precondition answers 428 and deletes nothing", async () => {
    const { path } = await createNote();
    const before = await snapshot(path);
    const problem = expectProblem(await send(path, { method: "DELETE" }), 428);
    expect(problem.detail).toContain("If-Match");
    expect(await snapshot(path)).toEqual(before);
  });

  it("answers 404 for a note that never existed", async () => {
    expectProblem(await send(`/api/notes/${freshId()}`, { method: "DELETE", headers: { "If-Match": "*" } }), 404);
  });
});

describe("re-creating a deleted note (PUT with If-None-Match: *)", () => {
  it("answers 201, continues the version above the old one, and keeps the whole history", async () => {
    const { path, etag } = await createNote("Original", "v1 text", { "Editor-Name": "Ann" });
    const v2 = await send(path, { method: "PATCH", headers: { "If-Match": etag, "Editor-Name": "Ann" }, body: { body: "v2 text" } });
    expect(v2.status).toBe(200);
    const v2Etag = v2.headers.get("etag")!;
    expect((await send(path, { method: "DELETE", headers: { "If-Match": v2Etag, "Editor-Name": "Ben" } })).status).toBe(204);

    // The history of a deleted note stays readable.
    const historyWhileDeleted = await send(`${path}/revisions`);
    expect(historyWhileDeleted.status).toBe(200);
    expect(historyWhileDeleted.json.revisions.map((revision: { version: number }) => revision.version)).toEqual([2, 1]);

    const recreated = await send(path, { method: "PUT", headers: { "If-None-Match": "*", "Editor-Name": "Ann" }, body: { title: "Original", body: "my text" } });
    expect(recreated.status, recreated.text).toBe(201);
    expect(recreated.json).toMatchObject({ title: "Original", body: "my text", updatedBy: "Ann" });
    expect(recreated.json.version).toBeGreaterThan(2);

    const read = await send(path);
    expect(read.status).toBe(200);
    expect(read.json).toEqual(recreated.json);
    // No tag from before the deletion names the new text.
    expect([etag, v2Etag]).not.toContain(read.headers.get("etag"));
    expectProblem(await send(path, { method: "PATCH", headers: { "If-Match": v2Etag }, body: { body: "stale" } }), 412);

    const history = await send(`${path}/revisions`);
    const versions = history.json.revisions.map((revision: { version: number }) => revision.version);
    expect(versions).toEqual([recreated.json.version, 2, 1]);
    const old = await send(`${path}/revisions/2`);
    expect(old.json).toMatchObject({ version: 2, body: "v2 text" });
    const current = await send(`${path}/revisions/${recreated.json.version}`);
    expect(current.json).toMatchObject({ version: recreated.json.version, body: "my text", author: "Ann" });
  });

  it("needs If-None-Match: * (without a precondition it is 428, with an old If-Match 412)", async () => {
    const { path, etag } = await createNote();
    expect((await send(path, { method: "DELETE", headers: { "If-Match": etag } })).status).toBe(204);
    expectProblem(await send(path, { method: "PUT", body: { title: "t", body: "b" } }), 428);
    expectProblem(await send(path, { method: "PUT", headers: { "If-Match": etag }, body: { title: "t", body: "b" } }), 412);
    expect((await send(path)).status).toBe(410);
  });
});

describe("GET /api/notes/{id}/revisions", () => {
  it("lists every saved version newest first with version, author, time and title", async () => {
    const { path, etag, note } = await createNote("T1", "B1", { "Editor-Name": "Ann" });
    const v2 = await send(path, { method: "PATCH", headers: { "If-Match": etag, "Editor-Name": "Bo" }, body: { title: "T2" } });
    const v3 = await send(path, { method: "PATCH", headers: { "If-Match": v2.headers.get("etag")!, "Editor-Name": "Zo%C3%AB" }, body: { body: "B3" } });
    expect(v3.status).toBe(200);

    const response = await send(`${path}/revisions`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/json(;|$)/);
    expect(response.json.revisions).toEqual([
      { version: 3, author: "Zoë", createdAt: v3.json.updatedAt, title: "T2" },
      { version: 2, author: "Bo", createdAt: v2.json.updatedAt, title: "T2" },
      { version: 1, author: "Ann", createdAt: note.updatedAt, title: "T1" },
    ]);
  });

  it("answers 404 for a note that never existed or an invalid id", async () => {
    expectProblem(await send(`/api/notes/${freshId()}/revisions`), 404);
    expectProblem(await send(`/api/notes/a.b/revisions`), 404);
  });
});

describe("GET /api/notes/{id}/revisions/{version}", () => {
  it("gives the full text of that version, even after later saves", async () => {
    const { path, etag, note } = await createNote("First title", "First body\n", { "Editor-Name": "Ann" });
    const v2 = await send(path, { method: "PATCH", headers: { "If-Match": etag, "Editor-Name": "Bo" }, body: { title: "Second", body: "Second body" } });
    expect(v2.status).toBe(200);

    const first = await send(`${path}/revisions/1`);
    expect(first.status).toBe(200);
    expect(first.json).toEqual({ version: 1, author: "Ann", createdAt: note.updatedAt, title: "First title", body: "First body\n" });
    const second = await send(`${path}/revisions/2`);
    expect(second.json).toEqual({ version: 2, author: "Bo", createdAt: v2.json.updatedAt, title: "Second", body: "Second body" });
  });

  it("is immutable, so cacheable: a long max-age, immutable, never no-cache or no-store", async () => {
    const { path } = await createNote();
    const response = await send(`${path}/revisions/1`);
    const cacheControl = response.headers.get("cache-control") ?? "";
    const directives = cacheControl.split(",").map((directive) => directive.trim().toLowerCase());
    expect(directives).toContain("immutable");
    const maxAge = directives.find((directive) => directive.startsWith("max-age="));
    expect(Number(maxAge?.slice("max-age=".length))).toBeGreaterThanOrEqual(86_400);
    expect(directives).not.toContain("no-cache");
    expect(directives).not.toContain("no-store");
    expect(directives).not.toContain("private");
    expect(response.headers.get("etag")).toMatch(STRONG_ETAG);
    const head = await send(`${path}/revisions/1`, { method: "HEAD" });
    expect(head.status).toBe(200);
    expectNoBody(head);
    expect(head.headers.get("cache-control")).toBe(cacheControl);
  });

  it("answers 404 for a version that does not exist or is not a version number", async () => {
    const { path } = await createNote();
    for (const version of ["2", "0", "-1", "01", "1.0", "1e0", "abc", "%20", "99999999999999999999", "9999999999", "2147483648"]) {
      const response = await send(`${path}/revisions/${version}`);
      expect(response.status, version).toBe(404);
      expectProblem(response, 404);
    }
    expectProblem(await send(`/api/notes/${freshId()}/revisions/1`), 404);
  });
});

it("no request in this file got a 5xx", () => {
  expect(serverErrors).toEqual([]);
});
