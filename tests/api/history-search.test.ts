// History a page at a time, the list of deleted notes, and search: GET /api/notes/{id}/revisions?limit&before,
// GET /api/deleted-notes and GET /api/notes?q.
import { describe, expect, it } from "vitest";
import { createNote, freshId, send, serverErrors } from "./client";
import { expectProblem } from "./expect-http";

async function saveBody(path: string, etag: string, body: string, editor = "Ada") {
  const saved = await send(path, {
    method: "PATCH", headers: { "Content-Type": "application/merge-patch+json", "If-Match": etag, "Editor-Name": editor }, body: JSON.stringify({ body }),
  });
  expect(saved.status, saved.text).toBe(200);
  return saved.headers.get("etag")!;
}

describe("GET /api/notes/{id}/revisions, paged", () => {
  it("pages newest first with words added and removed, and a next link until the first version", async () => {
    const { path, etag } = await createNote("Plan", "one two three");
    let tag = await saveBody(path, etag, "one two three four five");
    tag = await saveBody(path, tag, "one 2 three four five", "Bo");
    await saveBody(path, tag, "one 2 three four five six");

    const first = await send(`${path}/revisions?limit=2`);
    expect(first.status).toBe(200);
    expect(first.json.revisions).toEqual([
      expect.objectContaining({ version: 4, author: "Ada", wordsAdded: 1, wordsRemoved: 0 }),
      expect.objectContaining({ version: 3, author: "Bo", wordsAdded: 1, wordsRemoved: 1 }),
    ]);
    const next = `${path}/revisions?before=3&limit=2`;
    expect(first.json.next).toBe(next);
    expect(first.headers.get("link")).toBe(`<${next}>; rel="next"`);

    const second = await send(first.json.next);
    expect(second.json.revisions.map((r: { version: number }) => r.version)).toEqual([2, 1]);
    // The first version added every word of the title and text.
    expect(second.json.revisions[1]).toMatchObject({ wordsAdded: 4, wordsRemoved: 0 });
    expect(second.json.next).toBeNull();
    expect(second.headers.get("link")).toBeNull();
  });

  it("still answers every version in the old shape without parameters", async () => {
    const { path, etag } = await createNote();
    await saveBody(path, etag, "changed");
    const all = await send(`${path}/revisions`);
    expect(all.json).toEqual({ revisions: [
      { version: 2, author: "Ada", createdAt: expect.any(String), title: "A note" },
      { version: 1, author: "anonymous", createdAt: expect.any(String), title: "A note" },
    ] });
  });

  it.each(["limit=0", "limit=101", "limit=ten", "before=-1", "before=1.5"])("refuses %s with a problem naming it", async (query) => {
    const { path } = await createNote();
    const response = await send(`${path}/revisions?${query}`);
    expect(expectProblem(response, 400).type).toBe("/problems/invalid-query");
    expect(response.json.parameter).toBe(query.split("=")[0]);
  });
});

describe("GET /api/deleted-notes", () => {
  it("lists a deleted note with who deleted it, and drops it once it is re-created", async () => {
    const { id, path, etag } = await createNote("Old plan", "Keep me.");
    const removed = await send(path, { method: "DELETE", headers: { "If-Match": etag, "Editor-Name": "Zo%C3%AB" } });
    expect(removed.status).toBe(204);
    const list = await send("/api/deleted-notes");
    expect(list.status).toBe(200);
    expect(list.json.notes).toContainEqual({ id, title: "Old plan", version: 1, deletedBy: "Zoë", deletedAt: expect.any(String) });

    const back = await send(path, { method: "PUT", headers: { "If-None-Match": "*" }, body: { title: "Old plan", body: "Keep me." } });
    expect(back.status).toBe(201);
    const after = await send("/api/deleted-notes");
    expect(after.json.notes.map((n: { id: string }) => n.id)).not.toContain(id);
  });
});

describe("GET /api/notes?q", () => {
  it("finds notes by a word of the title or text, ignoring case and accents, and nothing for an absent word", async () => {
    const word = `zq${freshId("").replace(/[^a-z0-9]/g, "")}`;
    const { id } = await createNote(`Réunion ${word}`, "Ordre du jour : le budget de l'École.");
    const byTitle = await send(`/api/notes?q=${encodeURIComponent(word.toUpperCase())}`);
    expect(byTitle.json.notes.map((n: { id: string }) => n.id)).toEqual([id]);
    const byBody = await send(`/api/notes?q=${encodeURIComponent(`ECOLE ${word}`)}`);
    expect(byBody.json).toMatchObject({ query: `ECOLE ${word}`, notes: [{ id, excerpt: expect.stringContaining("École") }] });
    const byPrefix = await send(`/api/notes?q=${encodeURIComponent(`${word} reun`)}`);
    expect(byPrefix.json.notes).toHaveLength(1);
    const absent = await send(`/api/notes?q=${encodeURIComponent(`${word} pineapple`)}`);
    expect(absent.status).toBe(200);
    expect(absent.json.notes).toEqual([]);
  });

  it("follows saves and deletions", async () => {
    const word = `zr${freshId("").replace(/[^a-z0-9]/g, "")}`;
    const { path, etag } = await createNote("Note", `before ${word}`);
    const tag = await saveBody(path, etag, "after");
    expect((await send(`/api/notes?q=${word}`)).json.notes).toEqual([]);
    await saveBody(path, tag, `again ${word}`);
    const found = await send(`/api/notes?q=${word}`);
    expect(found.json.notes).toHaveLength(1);
    const current = await send(path);
    await send(path, { method: "DELETE", headers: { "If-Match": current.headers.get("etag")! } });
    expect((await send(`/api/notes?q=${word}`)).json.notes).toEqual([]);
  });

  it("has an ETag per query and answers 304 to it", async () => {
    const word = `zs${freshId("").replace(/[^a-z0-9]/g, "")}`;
    await createNote(word, "text");
    const one = await send(`/api/notes?q=${word}`);
    const other = await send(`/api/notes?q=${word}x`);
    expect(one.headers.get("etag")).toMatch(/^"l-/);
    expect(one.headers.get("etag")).not.toBe(other.headers.get("etag"));
    const again = await send(`/api/notes?q=${word}`, { headers: { "If-None-Match": one.headers.get("etag")! } });
    expect(again.status).toBe(304);
  });

  it("treats FTS syntax as words and refuses an overlong query", async () => {
    const odd = await send(`/api/notes?q=${encodeURIComponent(`"NEAR(a b)" OR * -x`)}`);
    expect(odd.status).toBe(200);
    expect(expectProblem(await send(`/api/notes?q=${"a".repeat(201)}`), 400).type).toBe("/problems/invalid-query");
    expect(serverErrors).toEqual([]);
  });
});
