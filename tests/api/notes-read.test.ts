// Reading notes: GET and HEAD of one note and of the list, their validators, and conditional reads
// (RFC 9110 section 13: If-None-Match, If-Modified-Since, If-Match and If-Unmodified-Since on GET/HEAD).
import { describe, expect, it } from "vitest";
import { createNote, freshId, send, serverErrors, type Received } from "./client";
import {
  asctimeDate, expectNoBody, expectNoteShape, expectProblem, HOUR, IMF_FIXDATE, imfFixdate, ISO_8601, rfc850Date,
  STRONG_ETAG, wholeSeconds,
} from "./expect-http";

/** What a 304 must carry (RFC 9110 15.4.5): the ETag, Date, Cache-Control and Vary the 200 would have sent. */
function expectNotModified(response: Received, ok: Received) {
  expect(response.status, response.text).toBe(304);
  expectNoBody(response);
  expect(response.headers.get("etag")).toBe(ok.headers.get("etag"));
  expect(response.headers.get("cache-control")).toBe(ok.headers.get("cache-control"));
  expect(response.headers.get("vary")).toBe(ok.headers.get("vary"));
  expect(response.headers.get("date")).toMatch(IMF_FIXDATE);
}

describe("GET /api/notes/{id}", () => {
  it("answers 200 with the representation { id, title, body, version, createdAt, updatedAt, updatedBy }", async () => {
    const { id, path } = await createNote("Shopping", "Milk\nEggs\n", { "Editor-Name": "Ada" });
    const response = await send(path);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/json(;|$)/);
    expectNoteShape(response.json);
    expect(response.json).toMatchObject({ id, title: "Shopping", body: "Milk\nEggs\n", version: 1, updatedBy: "Ada" });
    expect(response.json.createdAt).toBe(response.json.updatedAt);
    expect(Math.abs(Date.parse(response.json.updatedAt) - Date.now())).toBeLessThan(60_000);
  });

  it("carries a strong ETag, Cache-Control: no-cache and a Last-Modified IMF-fixdate of the save", async () => {
    const { path } = await createNote();
    const response = await send(path);
    const etag = response.headers.get("etag");
    expect(etag).toMatch(STRONG_ETAG);
    expect(response.headers.get("cache-control")).toBe("no-cache");
    const lastModified = response.headers.get("last-modified")!;
    expect(lastModified).toMatch(IMF_FIXDATE);
    // Last-Modified is the save time to the second (HTTP-dates have no milliseconds).
    expect(Date.parse(lastModified) / 1000).toBe(wholeSeconds(response.json.updatedAt));
  });

  it("never sends a Last-Modified later than its Date", async () => {
    for (let i = 0; i < 5; i++) {
      const { path } = await createNote();
      const response = await send(path);
      const date = response.headers.get("date")!;
      expect(date).toMatch(IMF_FIXDATE);
      expect(Date.parse(response.headers.get("last-modified")!)).toBeLessThanOrEqual(Date.parse(date));
    }
  });

  it("gives the same ETag for the same version and a different one after a save", async () => {
    const { path, etag } = await createNote();
    expect((await send(path)).headers.get("etag")).toBe(etag);
    const saved = await send(path, { method: "PATCH", headers: { "If-Match": etag }, body: { body: "changed" } });
    expect(saved.status).toBe(200);
    const after = await send(path);
    expect(after.headers.get("etag")).toMatch(STRONG_ETAG);
    expect(after.headers.get("etag")).not.toBe(etag);
  });

  it("is never compressed under a strong ETag (one tag names one byte sequence)", async () => {
    const { path } = await createNote("Compressible", "word ".repeat(5000));
    const response = await send(path, { headers: { "Accept-Encoding": "gzip, deflate, br" } });
    expect(response.status).toBe(200);
    const coding = response.headers.get("content-encoding");
    if (coding !== null && coding !== "identity") expect(response.headers.get("etag")).toMatch(/^W\//);
  });
});

describe("HEAD /api/notes/{id}", () => {
  it("answers 200 with the same headers as GET and no body", async () => {
    const { path } = await createNote("Head", "text");
    const get = await send(path);
    const head = await send(path, { method: "HEAD" });
    expect(head.status).toBe(200);
    expectNoBody(head);
    for (const name of ["etag", "last-modified", "cache-control", "content-type", "vary"]) {
      expect(head.headers.get(name), name).toBe(get.headers.get(name));
    }
  });

  it("is conditional exactly like GET", async () => {
    const { path, etag } = await createNote();
    const get = await send(path);
    expectNotModified(await send(path, { method: "HEAD", headers: { "If-None-Match": etag } }), get);
    const failed = await send(path, { method: "HEAD", headers: { "If-Match": '"not-the-current-tag"' } });
    expect(failed.status).toBe(412);
    expectNoBody(failed);
    expect(failed.headers.get("etag")).toBe(etag);
  });
});

describe("If-None-Match on GET", () => {
  it("answers 304 with ETag, Cache-Control and Vary of the 200 and no body when the tag matches", async () => {
    const { path, etag } = await createNote();
    const ok = await send(path);
    expectNotModified(await send(path, { headers: { "If-None-Match": etag } }), ok);
  });

  it("uses weak comparison: the W/ form of the current tag matches", async () => {
    const { path, etag } = await createNote();
    const ok = await send(path);
    expectNotModified(await send(path, { headers: { "If-None-Match": `W/${etag}` } }), ok);
  });

  it("matches a tag anywhere in a list, commas inside quotes included", async () => {
    const { path, etag } = await createNote();
    const ok = await send(path);
    expectNotModified(await send(path, { headers: { "If-None-Match": `"a,b", ${etag}` } }), ok);
    expectNotModified(await send(path, { headers: { "If-None-Match": `"x,y,z",${etag},"w"` } }), ok);
    expectNotModified(await send(path, { headers: { "If-None-Match": `, ,"other", ${etag} ,` } }), ok);
  });

  it("does not split a quoted tag on its commas", async () => {
    const { path, etag } = await createNote();
    const opaque = etag.slice(1, -1);
    // One tag whose text contains the current tag's text: it is a different tag.
    expect((await send(path, { headers: { "If-None-Match": `"${opaque},${opaque}"` } })).status).toBe(200);
    // Split on commas, this would contain `"<current>"`; scanned properly it is one tag followed by garbage.
    expect((await send(path, { headers: { "If-None-Match": `"x,"${opaque}",y"` } })).status).toBe(200);
  });

  it("answers 304 to * when the note exists", async () => {
    const { path } = await createNote();
    const ok = await send(path);
    expectNotModified(await send(path, { headers: { "If-None-Match": "*" } }), ok);
  });

  it("answers 200 when no tag matches", async () => {
    const { path } = await createNote();
    const response = await send(path, { headers: { "If-None-Match": '"nope", W/"other"' } });
    expect(response.status).toBe(200);
    expectNoteShape(response.json);
  });

  it("ignores a malformed value (200)", async () => {
    const { path, etag } = await createNote();
    const opaque = etag.slice(1, -1);
    for (const value of [opaque, `"${opaque}`, `w/${etag}`, `${etag} junk`, `*, ${etag}`]) {
      const response = await send(path, { headers: { "If-None-Match": value } });
      expect(response.status, value).toBe(200);
      expect(response.json.id).toBeDefined();
    }
  });

  it("answers 304 for the tag of the version that is current, not an older one", async () => {
    const { path, etag } = await createNote();
    await send(path, { method: "PATCH", headers: { "If-Match": etag }, body: { title: "v2" } });
    const response = await send(path, { headers: { "If-None-Match": etag } });
    expect(response.status).toBe(200);
    expect(response.json.title).toBe("v2");
  });
});

describe("If-Modified-Since on GET", () => {
  it("answers 304 when the client sends back the exact Last-Modified", async () => {
    const { path } = await createNote();
    const ok = await send(path);
    const response = await send(path, { headers: { "If-Modified-Since": ok.headers.get("last-modified")! } });
    expectNotModified(response, ok);
  });

  it("accepts all three HTTP-date formats: IMF-fixdate, RFC 850 and asctime", async () => {
    const { path } = await createNote();
    const ok = await send(path);
    const modified = new Date(ok.headers.get("last-modified")!);
    for (const format of [imfFixdate, rfc850Date, asctimeDate]) {
      const same = format(modified);
      expectNotModified(await send(path, { headers: { "If-Modified-Since": same } }), ok);
      const later = format(new Date(modified.getTime() + HOUR));
      expectNotModified(await send(path, { headers: { "If-Modified-Since": later } }), ok);
      const earlier = format(new Date(modified.getTime() - HOUR));
      const changed = await send(path, { headers: { "If-Modified-Since": earlier } });
      expect(changed.status, earlier).toBe(200);
      expect(changed.json.id).toBeDefined();
    }
  });

  it("answers 200 when the date is one second before Last-Modified", async () => {
    const { path } = await createNote();
    const ok = await send(path);
    const before = imfFixdate(new Date(Date.parse(ok.headers.get("last-modified")!) - 1000));
    expect((await send(path, { headers: { "If-Modified-Since": before } })).status).toBe(200);
  });

  it("ignores values that are not HTTP-dates (ISO 8601, other zones, wrong case), however far in the future", async () => {
    const { path } = await createNote();
    const future = new Date(Date.now() + 24 * HOUR);
    const imf = imfFixdate(future);
    const notHttpDates = [
      future.toISOString(),
      future.toISOString().slice(0, 19),
      imf.replace("GMT", "+0000"),
      imf.replace("GMT", "UTC"),
      imf.replace("GMT", "gmt"),
      imf.toUpperCase(),
      String(future.getTime()),
      `${imf}, ${imf}`,
      // A day name that contradicts the date.
      imf.replace(/^\w{3}/, imf.startsWith("Mon") ? "Tue" : "Mon"),
    ];
    for (const value of notHttpDates) {
      const response = await send(path, { headers: { "If-Modified-Since": value } });
      expect(response.status, value).toBe(200);
    }
  });

  it("is ignored when If-None-Match is present: a non-matching tag wins over a date that would give 304", async () => {
    const { path } = await createNote();
    const ok = await send(path);
    const response = await send(path, {
      headers: { "If-None-Match": '"something-else"', "If-Modified-Since": ok.headers.get("last-modified")! },
    });
    expect(response.status).toBe(200);
  });

  it("is ignored when If-None-Match is present: a matching tag wins over a date that would give 200", async () => {
    const { path, etag } = await createNote();
    const ok = await send(path);
    const response = await send(path, { headers: { "If-None-Match": etag, "If-Modified-Since": "Sun, 06 Nov 1994 08:49:37 GMT" } });
    expectNotModified(response, ok);
  });
});

describe("If-Match and If-Unmodified-Since on GET", () => {
  it("answers 412 to a GET whose If-Match does not match, with the current ETag", async () => {
    const { path, etag } = await createNote();
    const response = await send(path, { headers: { "If-Match": '"not-the-current-tag"' } });
    const problem = expectProblem(response, 412);
    expect(response.headers.get("etag")).toBe(etag);
    expect(problem.currentEtag).toBe(etag);
  });

  it("answers 200 when If-Match matches, lists the tag, or is *", async () => {
    const { path, etag } = await createNote();
    for (const value of [etag, `"x", ${etag}`, "*"]) {
      const response = await send(path, { headers: { "If-Match": value } });
      expect(response.status, value).toBe(200);
      expect(response.headers.get("etag")).toBe(etag);
    }
  });

  it("answers 412 to a GET whose If-Unmodified-Since is older than the note, and 200 when it is not", async () => {
    const { path } = await createNote();
    const ok = await send(path);
    const modified = Date.parse(ok.headers.get("last-modified")!);
    expect((await send(path, { headers: { "If-Unmodified-Since": imfFixdate(new Date(modified - HOUR)) } })).status).toBe(412);
    expect((await send(path, { headers: { "If-Unmodified-Since": ok.headers.get("last-modified")! } })).status).toBe(200);
  });
});

describe("unknown and invalid note ids", () => {
  it("answers 404 problem to GET and HEAD of an id that never existed", async () => {
    const path = `/api/notes/${freshId("never")}`;
    const problem = expectProblem(await send(path), 404);
    expect(problem.instance).toBe(path);
    const head = await send(path, { method: "HEAD" });
    expect(head.status).toBe(404);
    expectNoBody(head);
  });

  it("ignores preconditions for an unknown id: 404, not 412 or 304 (RFC 9110 13.2.1)", async () => {
    const path = `/api/notes/${freshId("never")}`;
    const headers: Array<Record<string, string>> = [
      { "If-Match": '"v1"' },
      { "If-Match": "*" },
      { "If-None-Match": "*" },
      { "If-None-Match": '"v1"' },
      { "If-Unmodified-Since": "Sun, 06 Nov 1994 08:49:37 GMT" },
      { "If-Modified-Since": imfFixdate(new Date(Date.now() + HOUR)) },
    ];
    for (const header of headers) expectProblem(await send(path, { headers: header }), 404);
  });

  it("answers 404 to ids that are not 1 to 64 of letters, digits, - and _", async () => {
    const invalid = ["a".repeat(65), "a.b", "%20", "a%20b", "caf%C3%A9", "a~b", "a%2Fb", "%3Cscript%3E"];
    for (const id of invalid) {
      const response = await send(`/api/notes/${id}`);
      expect(response.status, id).toBe(404);
      expectProblem(response, 404);
    }
  });

  it("accepts an id of exactly 64 characters, and letters, digits, - and _", async () => {
    const id = `${freshId("x")}_AZ-09`.padEnd(64, "z");
    expect(id).toHaveLength(64);
    const created = await send(`/api/notes/${id}`, { method: "PUT", headers: { "If-None-Match": "*" }, body: { title: "64", body: "" } });
    expect(created.status).toBe(201);
    const read = await send(`/api/notes/${id}`);
    expect(read.status).toBe(200);
    expect(read.json.id).toBe(id);
  });
});

describe("GET /api/notes (the list)", () => {
  it("lists each live note as { id, title, version, updatedAt, updatedBy, excerpt }", async () => {
    const { id } = await createNote("Listed", `First line of the listed note.\n${"more text ".repeat(200)}`, { "Editor-Name": "Lin" });
    const response = await send("/api/notes");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/json(;|$)/);
    expect(Array.isArray(response.json.notes)).toBe(true);
    const entry = response.json.notes.find((note: { id: string }) => note.id === id);
    expect(Object.keys(entry).sort()).toEqual(["excerpt", "id", "title", "updatedAt", "updatedBy", "version"]);
    expect(entry).toMatchObject({ id, title: "Listed", version: 1, updatedBy: "Lin" });
    expect(entry.updatedAt).toMatch(ISO_8601);
    // A short excerpt: the start of the body, not all of it.
    expect(typeof entry.excerpt).toBe("string");
    expect(entry.excerpt).toMatch(/^First line of the listed note\./);
    expect(entry.excerpt.length).toBeLessThan(500);
  });

  it("has its own strong ETag and Cache-Control: no-cache, and answers 304 to it", async () => {
    await createNote();
    const ok = await send("/api/notes");
    expect(ok.headers.get("etag")).toMatch(STRONG_ETAG);
    expect(ok.headers.get("cache-control")).toBe("no-cache");
    expectNotModified(await send("/api/notes", { headers: { "If-None-Match": ok.headers.get("etag")! } }), ok);
    expectNotModified(await send("/api/notes", { headers: { "If-None-Match": `W/${ok.headers.get("etag")}` } }), ok);
    const head = await send("/api/notes", { method: "HEAD" });
    expect(head.status).toBe(200);
    expectNoBody(head);
    expect(head.headers.get("etag")).toBe(ok.headers.get("etag"));
  });

  it("changes its ETag when a note changes, so the old tag no longer gives 304", async () => {
    const { path, etag } = await createNote();
    const before = await send("/api/notes");
    await send(path, { method: "PATCH", headers: { "If-Match": etag }, body: { title: "Renamed in the list" } });
    const after = await send("/api/notes", { headers: { "If-None-Match": before.headers.get("etag")! } });
    expect(after.status).toBe(200);
    expect(after.headers.get("etag")).not.toBe(before.headers.get("etag"));
    expect(after.json.notes.some((note: { title: string }) => note.title === "Renamed in the list")).toBe(true);
  });

  it("drops a deleted note", async () => {
    const { id, path, etag } = await createNote();
    expect((await send(path, { method: "DELETE", headers: { "If-Match": etag } })).status).toBe(204);
    const list = await send("/api/notes");
    expect(list.json.notes.some((note: { id: string }) => note.id === id)).toBe(false);
  });

  it("has no Last-Modified, so If-Modified-Since cannot make it a 304, whatever the date (RFC 9110 13.1.3)", async () => {
    await createNote();
    const ok = await send("/api/notes");
    expect(ok.headers.get("last-modified")).toBeNull();
    for (const date of [new Date(), new Date(Date.now() + HOUR), new Date(Date.now() + 24 * 365 * HOUR)]) {
      const response = await send("/api/notes", { headers: { "If-Modified-Since": imfFixdate(date) } });
      expect(response.status, imfFixdate(date)).toBe(200);
    }
  });
});

describe("revisions are cacheable for good", () => {
  it("a 304 of one version carries the headers of its 200", async () => {
    const { path } = await createNote();
    const ok = await send(`${path}/revisions/1`);
    expect(ok.status).toBe(200);
    expectNotModified(await send(`${path}/revisions/1`, { headers: { "If-None-Match": ok.headers.get("etag")! } }), ok);
  });
});

it("no request in this file got a 5xx", () => {
  expect(serverErrors).toEqual([]);
});
