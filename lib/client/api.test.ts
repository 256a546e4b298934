import { afterEach, describe, expect, it, vi } from "vitest";
import { deleteNote, getNote, createNoteAt, saveNote } from "./api";
import { ApiError, canRetry, ContentTooLargeError, describeError, GoneError, NetworkError, NotFoundError, PreconditionFailedError, ServerError } from "./errors";

const note = { id: "n1", title: "T", body: "B", version: 4, createdAt: "c", updatedAt: "u", updatedBy: "Bob" };
const problem = (status: number, extra: object = {}) =>
  new Response(JSON.stringify({ type: "about:blank", title: "t", status, detail: "d", ...extra }), {
    status,
    headers: { "Content-Type": "application/problem+json" },
  });

function stubFetch(...responses: Array<Response | Error>) {
  const calls: Array<{ url: string; init: RequestInit }> = [];
  const queue = [...responses];
  vi.stubGlobal("fetch", async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    const next = queue.shift();
    if (!next || next instanceof Error) throw next ?? new Error("no response");
    return next;
  });
  return calls;
}

afterEach(() => vi.unstubAllGlobals());

describe("reading", () => {
  it("returns the note with its ETag", async () => {
    stubFetch(Response.json(note, { headers: { ETag: '"v4"' } }));
    await expect(getNote("n1")).resolves.toEqual({ note, etag: '"v4"' });
  });
  it("a 404 is a NotFoundError", async () => {
    stubFetch(problem(404));
    await expect(getNote("nope")).rejects.toBeInstanceOf(NotFoundError);
  });
  it("a 410 is a GoneError that says who deleted it and when", async () => {
    stubFetch(problem(410, { deletedBy: "Bob", deletedAt: "2026-01-01T00:00:00Z" }));
    const error = await getNote("n1").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GoneError);
    expect(error).toMatchObject({ deletedBy: "Bob", deletedAt: "2026-01-01T00:00:00Z", status: 410 });
  });
  it("a 5xx is a ServerError, even without a problem body", async () => {
    stubFetch(new Response("oops", { status: 503 }));
    const error = await getNote("n1").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServerError);
    expect((error as ServerError).status).toBe(503);
  });
  it("no answer at all is a NetworkError", async () => {
    stubFetch(new TypeError("Failed to fetch"));
    await expect(getNote("n1")).rejects.toBeInstanceOf(NetworkError);
  });
});

describe("saving", () => {
  it("sends a merge patch with If-Match and the percent-encoded Editor-Name", async () => {
    const calls = stubFetch(Response.json(note, { headers: { ETag: '"v4"' } }));
    await saveNote("n1", { body: "B" }, '"v3"', "Zoë Ö");
    const { url, init } = calls[0]!;
    const headers = init.headers as Record<string, string>;
    expect(url).toBe("/api/notes/n1");
    expect(init.method).toBe("PATCH");
    expect(headers["If-Match"]).toBe('"v3"');
    expect(headers["Content-Type"]).toBe("application/merge-patch+json");
    expect(headers["Editor-Name"]).toBe("Zo%C3%AB%20%C3%96");
    expect(JSON.parse(init.body as string)).toEqual({ body: "B" });
  });
  it("a 412 carries the current note, its ETag and the saves since", async () => {
    stubFetch(problem(412, { currentEtag: '"v5"', current: { ...note, version: 5 }, changes: [{ version: 5, author: "Bob", createdAt: "t" }] }));
    const error = (await saveNote("n1", { body: "x" }, '"v4"', "Ann").catch((e: unknown) => e)) as PreconditionFailedError;
    expect(error).toBeInstanceOf(PreconditionFailedError);
    expect(error.currentEtag).toBe('"v5"');
    expect(error.current?.version).toBe(5);
    expect(error.changes).toEqual([{ version: 5, author: "Bob", createdAt: "t" }]);
  });
  it("a 412 for a note that is gone has no current note", async () => {
    stubFetch(problem(412, { current: null, currentEtag: null }));
    const error = (await saveNote("n1", {}, '"v4"', "Ann").catch((e: unknown) => e)) as PreconditionFailedError;
    expect(error.current).toBeNull();
    expect(error.changes).toEqual([]);
  });
  it("other client errors are ApiErrors with the problem's detail", async () => {
    stubFetch(problem(400, { detail: '"title" must be a string.' }));
    const error = await saveNote("n1", {}, '"v4"', "Ann").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).message).toBe('"title" must be a string.');
  });
});

describe("re-creating and deleting", () => {
  it("re-creates with If-None-Match: * and reads the note back for its ETag", async () => {
    const calls = stubFetch(Response.json(note, { status: 201 }), Response.json(note, { headers: { ETag: '"v6"' } }));
    await expect(createNoteAt("n1", { title: "T", body: "B" }, "Ann")).resolves.toEqual({ note, etag: '"v6"' });
    expect(calls[0]!.init.method).toBe("PUT");
    expect((calls[0]!.init.headers as Record<string, string>)["If-None-Match"]).toBe("*");
    expect(calls[1]!.init.method).toBeUndefined();
  });
  it("deletes exactly the version named", async () => {
    const calls = stubFetch(new Response(null, { status: 204 }));
    await deleteNote("n1", '"v4"', "Ann");
    expect(calls[0]!.init.method).toBe("DELETE");
    expect((calls[0]!.init.headers as Record<string, string>)["If-Match"]).toBe('"v4"');
  });
});

describe("a body over the limit", () => {
  it("is a ContentTooLargeError with a message for people and no retry", async () => {
    stubFetch(problem(413, { type: "/problems/content-too-large", limit: 1048576, detail: '"body" is larger than 1048576 bytes of UTF-8.' }));
    const error = await saveNote("n1", { body: "x" }, '"v4"', "Ann").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContentTooLargeError);
    expect(error).toMatchObject({ limit: 1048576 });
    expect(describeError(error)).toBe("This note is too long; a note can hold up to 1 MB. Shorten it to save.");
    expect(canRetry(error)).toBe(false);
  });
  it("is recognised by its problem type whatever the status", async () => {
    stubFetch(problem(400, { type: "https://example.test/problems/content-too-large" }));
    await expect(saveNote("n1", { body: "x" }, '"v4"', "Ann")).rejects.toBeInstanceOf(ContentTooLargeError);
  });
  it("a network failure or a 5xx can be retried", () => {
    expect(canRetry(new NetworkError(null))).toBe(true);
    expect(canRetry(new ServerError(503, null))).toBe(true);
  });
});
