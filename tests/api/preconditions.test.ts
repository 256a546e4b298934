// Preconditions on writes (RFC 9110 section 13, RFC 6585 section 3): If-Match, If-Unmodified-Since and
// If-None-Match on PATCH, PUT and DELETE, the 428 for an unconditional write, the lost update through
// one-second dates, what a 412 says, and which non-2xx answer wins over a 412 (13.2.1).
import { describe, expect, it } from "vitest";
import { createNote, freshId, send, sendRaw, serverErrors, type Sent } from "./client";
import { topology } from "./topology";
import {
  asctimeDate, atStartOfSecond, expectNoteShape, expectProblem, HOUR, IMF_FIXDATE, imfFixdate, ISO_8601, rfc850Date,
  snapshot, wholeSeconds,
} from "./expect-http";

type Write = { method: "PATCH" | "PUT" | "DELETE"; body?: object; ok: number };
const WRITES: Write[] = [
  { method: "PATCH", body: { body: "patched" }, ok: 200 },
  { method: "PUT", body: { title: "put", body: "replaced" }, ok: 200 },
  { method: "DELETE", ok: 204 },
];

function write(path: string, { method, body }: Write, headers: Record<string, string>) {
  const request: Sent = { method, headers };
  if (body) request.body = body;
  return send(path, request);
}

/** A note with a second version, so that its first ETag is stale. */
async function noteWithStaleTag() {
  const note = await createNote("Shared", "Base text\n");
  const saved = await send(note.path, { method: "PATCH", headers: { "If-Match": note.etag, "Editor-Name": "Other" }, body: { body: "Their text\n" } });
  expect(saved.status).toBe(200);
  return { ...note, staleEtag: note.etag, currentEtag: saved.headers.get("etag")! };
}

describe("If-Match on writes", () => {
  for (const w of WRITES) {
    describe(w.method, () => {
      it("with a stale tag answers 412 and changes nothing", async () => {
        const { path, staleEtag } = await noteWithStaleTag();
        const before = await snapshot(path);
        expectProblem(await write(path, w, { "If-Match": staleEtag }), 412);
        expect(await snapshot(path)).toEqual(before);
      });

      it("with the current tag succeeds", async () => {
        const { path, currentEtag } = await noteWithStaleTag();
        expect((await write(path, w, { "If-Match": currentEtag })).status).toBe(w.ok);
      });

      it("never matches a weak tag, even the W/ form of the current one (412)", async () => {
        const { path, etag } = await createNote();
        const before = await snapshot(path);
        expectProblem(await write(path, w, { "If-Match": `W/${etag}` }), 412);
        expect(await snapshot(path)).toEqual(before);
      });

      it("succeeds when one tag of a list matches, commas inside quotes included", async () => {
        const { path, staleEtag, currentEtag } = await noteWithStaleTag();
        expect((await write(path, w, { "If-Match": `"a,b", ${staleEtag}, W/"x", ${currentEtag}` })).status).toBe(w.ok);
      });

      it("with * succeeds when the note exists", async () => {
        const { path } = await createNote();
        expect((await write(path, w, { "If-Match": "*" })).status).toBe(w.ok);
      });

      it("with a malformed value answers 412 and changes nothing", async () => {
        const { path, etag } = await createNote();
        const opaque = etag.slice(1, -1);
        const before = await snapshot(path);
        // Unquoted; unterminated; lower-case w/; a list split on commas would find the current tag in the last.
        for (const value of [opaque, `"${opaque}`, `w/${etag}`, `${etag} x`, `*, ${etag}`, `"x,"${opaque}",y"`, ""]) {
          expectProblem(await write(path, w, { "If-Match": value }), 412);
        }
        expect(await snapshot(path)).toEqual(before);
      });
    });
  }

  it("reads repeated If-Match field lines as one list", async () => {
    const { path, etag } = await createNote();
    const response = await sendRaw(path, {
      method: "PATCH",
      headers: { "Content-Type": "application/json", "If-Match": ['"other"', etag] },
      chunks: [Buffer.from(JSON.stringify({ title: "two lines" }))],
    });
    if (topology === "cluster") {
      // nginx refuses a repeated If-Match field line (README, "Deploy"), as a problem, and nothing is saved.
      expectProblem(response, 400);
      expect((await send(path)).headers.get("etag")).toBe(etag);
      return;
    }
    expect(response.status, response.text).toBe(200);
    expect(response.json.title).toBe("two lines");
  });
});

describe("If-None-Match on writes", () => {
  it("answers 412 (not 304) to a PATCH whose If-None-Match matches, weakly or strongly", async () => {
    const { path, etag } = await createNote();
    const before = await snapshot(path);
    for (const value of [etag, `W/${etag}`, "*"]) {
      expectProblem(await send(path, { method: "PATCH", headers: { "If-None-Match": value }, body: { body: "x" } }), 412);
    }
    expect(await snapshot(path)).toEqual(before);
  });

  it("is evaluated after a passing If-Match: both must hold", async () => {
    const { path, etag } = await createNote();
    const response = await send(path, { method: "PATCH", headers: { "If-Match": etag, "If-None-Match": etag }, body: { body: "x" } });
    expectProblem(response, 412);
  });

  it("ignores If-Modified-Since on a write", async () => {
    const { path, etag } = await createNote();
    const response = await send(path, {
      method: "PATCH", headers: { "If-Match": etag, "If-Modified-Since": imfFixdate(new Date(Date.now() + HOUR)) }, body: { body: "x" },
    });
    expect(response.status).toBe(200);
  });
});

describe("428 Precondition Required", () => {
  for (const w of WRITES) {
    it(`${w.method} without a precondition answers 428, says how to retry (If-Match) and changes nothing`, async () => {
      const { path } = await createNote();
      const before = await snapshot(path);
      const problem = expectProblem(await write(path, w, {}), 428);
      expect(problem.detail).toMatch(/If-Match/);
      expect(problem.instance).toBe(path);
      expect(await snapshot(path)).toEqual(before);
    });

    it(`${w.method} with only an invalid If-Unmodified-Since answers 428 (an invalid date is no precondition)`, async () => {
      const { path } = await createNote();
      const before = await snapshot(path);
      const modified = new Date(before.lastModified!);
      for (const value of [modified.toISOString(), "yesterday", imfFixdate(modified).replace("GMT", "gmt"), `${imfFixdate(modified)}, ${imfFixdate(modified)}`]) {
        expectProblem(await write(path, w, { "If-Unmodified-Since": value }), 428);
      }
      expect(await snapshot(path)).toEqual(before);
    });
  }

  for (const w of WRITES) {
    it(`${w.method} with only a malformed If-None-Match answers 428 (it names no tag, so it guards nothing)`, async () => {
      const { path, etag } = await createNote();
      const before = await snapshot(path);
      for (const value of [etag.slice(1, -1), `"${etag.slice(1, -1)}`, "garbage", ""]) {
        expectProblem(await write(path, w, { "If-None-Match": value }), 428);
      }
      expect(await snapshot(path)).toEqual(before);
    });
  }

  it("the type and title of a 428 are the same every time; the 412 has its own", async () => {
    const a = await createNote();
    const b = await createNote();
    const first = expectProblem(await send(a.path, { method: "PATCH", body: { body: "x" } }), 428);
    const second = expectProblem(await send(b.path, { method: "DELETE" }), 428);
    expect(second.type).toBe(first.type);
    expect(second.title).toBe(first.title);
    const failed = expectProblem(await send(a.path, { method: "DELETE", headers: { "If-Match": '"nope"' } }), 412);
    expect(failed.type).not.toBe(first.type);
  });
});

describe("If-Unmodified-Since on writes", () => {
  it("succeeds when the date is the note's Last-Modified (changed once in that second), in all three formats", async () => {
    for (const format of [imfFixdate, rfc850Date, asctimeDate]) {
      const { path, lastModified } = await createNote();
      const value = format(new Date(lastModified));
      const response = await send(path, { method: "PATCH", headers: { "If-Unmodified-Since": value }, body: { body: "saved" } });
      expect(response.status, value).toBe(200);
      expect(response.json.body).toBe("saved");
    }
  });

  it("succeeds when the date is later than the note's Last-Modified", async () => {
    const { path, lastModified } = await createNote();
    const later = imfFixdate(new Date(Date.parse(lastModified) + HOUR));
    expect((await send(path, { method: "DELETE", headers: { "If-Unmodified-Since": later } })).status).toBe(204);
  });

  it("answers 412 and changes nothing when the note changed after the date", async () => {
    for (const w of WRITES) {
      const { path, lastModified } = await createNote();
      const before = await snapshot(path);
      const older = imfFixdate(new Date(Date.parse(lastModified) - 1000));
      const problem = expectProblem(await write(path, w, { "If-Unmodified-Since": older }), 412);
      expect(problem.currentEtag).toBe(before.etag);
      expect(await snapshot(path)).toEqual(before);
    }
  });

  it("is ignored when If-Match is present: a current If-Match wins over an old date", async () => {
    const { path, etag } = await createNote();
    const response = await send(path, { method: "PATCH", headers: { "If-Match": etag, "If-Unmodified-Since": "Sun, 06 Nov 1994 08:49:37 GMT" }, body: { body: "x" } });
    expect(response.status).toBe(200);
  });

  it("is ignored when If-Match is present: a stale If-Match loses even with a date in the future", async () => {
    const { path, staleEtag } = await noteWithStaleTag();
    const future = imfFixdate(new Date(Date.now() + HOUR));
    const response = await send(path, { method: "PATCH", headers: { "If-Match": staleEtag, "If-Unmodified-Since": future }, body: { body: "x" } });
    expectProblem(response, 412);
  });
});

describe("lost updates through one-second dates (RFC 9110 8.8.2.2)", () => {
  /** A note saved twice within one second: version 1 and version 2 share their Last-Modified second. */
  async function twoSavesInOneSecond() {
    for (let attempt = 0; attempt < 10; attempt++) {
      await atStartOfSecond();
      const first = await createNote("Same second", "first save");
      const second = await send(first.path, { method: "PATCH", headers: { "If-Match": first.etag, "Editor-Name": "Quick" }, body: { body: "second save" } });
      expect(second.status).toBe(200);
      if (wholeSeconds(first.note.updatedAt) === wholeSeconds(second.json.updatedAt)) return { first, second };
    }
    throw new Error("could not make two saves within one second in ten attempts");
  }

  it("a client holding the Last-Modified of the first save gets 412 from If-Unmodified-Since, and nothing changes", async () => {
    const { first } = await twoSavesInOneSecond();
    expect(first.lastModified).toMatch(IMF_FIXDATE);
    const before = await snapshot(first.path);
    // The Last-Modified the client holds names the same second as the current one.
    expect(before.lastModified).toBe(first.lastModified);
    for (const w of WRITES) {
      const response = await write(first.path, w, { "If-Unmodified-Since": first.lastModified });
      expectProblem(response, 412);
    }
    expect(await snapshot(first.path)).toEqual(before);
  });

  it("a cache holding the first save does not get a 304 from If-Modified-Since", async () => {
    const { first } = await twoSavesInOneSecond();
    const response = await send(first.path, { headers: { "If-Modified-Since": first.lastModified } });
    expect(response.status).toBe(200);
    expect(response.json.body).toBe("second save");
  });

  it("a note changed once in its last-modified second accepts that Last-Modified", async () => {
    for (let attempt = 0; ; attempt++) {
      const note = await createNote("Once", "v1");
      await atStartOfSecond();
      const saved = await send(note.path, { method: "PATCH", headers: { "If-Match": note.etag }, body: { body: "v2" } });
      expect(saved.status).toBe(200);
      if (wholeSeconds(note.note.updatedAt) === wholeSeconds(saved.json.updatedAt)) {
        if (attempt < 10) continue;
        throw new Error("could not make two saves in different seconds");
      }
      const lastModified = saved.headers.get("last-modified")!;
      const response = await send(note.path, { method: "PATCH", headers: { "If-Unmodified-Since": lastModified }, body: { body: "v3" } });
      expect(response.status, response.text).toBe(200);
      expect(response.json).toMatchObject({ version: 3, body: "v3" });
      return;
    }
  });
});

describe("the 412 body (RFC 9457 problem) and headers", () => {
  it("has type, title, status, detail, instance, currentEtag, current, changes since the sent version, and ETag/Last-Modified", async () => {
    const { path, etag } = await createNote("Plan", "base\n", { "Editor-Name": "Me" });
    const v2 = await send(path, { method: "PATCH", headers: { "If-Match": etag, "Editor-Name": "Alice" }, body: { body: "alice\n" } });
    const v3 = await send(path, { method: "PATCH", headers: { "If-Match": v2.headers.get("etag")!, "Editor-Name": "Bob" }, body: { title: "Plan B" } });
    expect(v3.status).toBe(200);
    const current = await send(path);

    const response = await send(path, { method: "PATCH", headers: { "If-Match": etag, "Editor-Name": "Me" }, body: { body: "mine\n" } });
    const problem = expectProblem(response, 412);
    expect(problem.instance).toBe(path);
    expect(problem.currentEtag).toBe(current.headers.get("etag"));
    expect(problem.current).toEqual(current.json);
    expectNoteShape(problem.current as Record<string, unknown>);
    const changes = [...(problem.changes as Array<{ version: number; createdAt: string }>)].sort((a, b) => a.version - b.version);
    expect(changes).toEqual([
      { version: 2, author: "Alice", createdAt: v2.json.updatedAt },
      { version: 3, author: "Bob", createdAt: v3.json.updatedAt },
    ]);
    for (const change of changes) expect(change.createdAt).toMatch(ISO_8601);
    expect(response.headers.get("etag")).toBe(current.headers.get("etag"));
    expect(response.headers.get("last-modified")).toBe(current.headers.get("last-modified"));
  });

  it("is the same kind of problem (type and title) for PATCH, PUT and DELETE, and carries the current note each time", async () => {
    const problems = [];
    for (const w of WRITES) {
      const { path, staleEtag, currentEtag } = await noteWithStaleTag();
      const response = await write(path, w, { "If-Match": staleEtag });
      const problem = expectProblem(response, 412);
      expect(problem.currentEtag).toBe(currentEtag);
      expect(response.headers.get("etag")).toBe(currentEtag);
      expect(response.headers.get("last-modified")).toMatch(IMF_FIXDATE);
      expect((problem.current as { body: string }).body).toBe("Their text\n");
      expect(problem.changes).toEqual([{ version: 2, author: "Other", createdAt: (problem.current as { updatedAt: string }).updatedAt }]);
      problems.push(problem);
    }
    for (const problem of problems) {
      expect(problem.type).toBe(problems[0]!.type);
      expect(problem.title).toBe(problems[0]!.title);
    }
  });
});

describe("13.2.1: a non-2xx that the unconditional request would get, found before the content, wins over 412", () => {
  it("404 for an unknown note, whatever the preconditions", async () => {
    const path = `/api/notes/${freshId()}`;
    expectProblem(await send(path, { method: "PATCH", headers: { "If-Match": '"v1"' }, body: { body: "x" } }), 404);
    expectProblem(await send(path, { method: "DELETE", headers: { "If-Match": '"v1"' } }), 404);
    expectProblem(await send(path, { method: "PATCH", headers: { "If-Unmodified-Since": "Sun, 06 Nov 1994 08:49:37 GMT" }, body: { body: "x" } }), 404);
    expectProblem(await send(path, { method: "PATCH", body: { body: "x" } }), 404);
  });

  it("404 for an invalid id, even with a create-only PUT", async () => {
    expectProblem(await send(`/api/notes/${"a".repeat(65)}`, { method: "PUT", headers: { "If-None-Match": "*" }, body: { title: "t", body: "b" } }), 404);
    expectProblem(await send("/api/notes/a.b", { method: "PATCH", headers: { "If-Match": '"v1"' }, body: { body: "x" } }), 404);
  });

  it("410 for a deleted note, with a stale If-Match", async () => {
    const { path, staleEtag, currentEtag } = await noteWithStaleTag();
    expect((await send(path, { method: "DELETE", headers: { "If-Match": currentEtag } })).status).toBe(204);
    expectProblem(await send(path, { method: "PATCH", headers: { "If-Match": staleEtag }, body: { body: "x" } }), 410);
  });

  it("415 for a wrong content type, with a stale If-Match", async () => {
    const { path, staleEtag } = await noteWithStaleTag();
    const before = await snapshot(path);
    expectProblem(await send(path, { method: "PATCH", headers: { "If-Match": staleEtag, "Content-Type": "text/plain" }, body: '{"body":"x"}' }), 415);
    expectProblem(await send(path, { method: "PUT", headers: { "If-Match": staleEtag, "Content-Type": "text/plain" }, body: '{"title":"t","body":"x"}' }), 415);
    expect(await snapshot(path)).toEqual(before);
  });

  it("but not a body that is malformed or invalid: the content comes after the preconditions (13.2.2), so 412", async () => {
    // The whole table of broken contents is in precondition-before-content.test.ts.
    const { path, staleEtag } = await noteWithStaleTag();
    const before = await snapshot(path);
    expectProblem(await send(path, { method: "PATCH", headers: { "If-Match": staleEtag, "Content-Type": "application/json" }, body: '{"body": ' }), 412);
    expectProblem(await send(path, { method: "PATCH", headers: { "If-Match": staleEtag }, body: { colour: "red" } }), 412);
    expectProblem(await send(path, { method: "PUT", headers: { "If-Match": staleEtag }, body: { title: null, body: "x" } }), 412);
    expect(await snapshot(path)).toEqual(before);
  });

  it("400 for a bad Editor-Name, with a stale If-Match", async () => {
    const { path, staleEtag } = await noteWithStaleTag();
    expectProblem(await send(path, { method: "PATCH", headers: { "If-Match": staleEtag, "Editor-Name": "%E0%A4%A" }, body: { body: "x" } }), 400);
  });

  it("403 for a cross-site Origin, with a stale If-Match", async () => {
    const { path, staleEtag } = await noteWithStaleTag();
    const before = await snapshot(path);
    const origin = { Origin: "https://evil.example", "If-Match": staleEtag };
    expectProblem(await send(path, { method: "PATCH", headers: origin, body: { body: "x" } }), 403);
    expectProblem(await send(path, { method: "PUT", headers: origin, body: { title: "t", body: "x" } }), 403);
    expectProblem(await send(path, { method: "DELETE", headers: origin }), 403);
    expect(await snapshot(path)).toEqual(before);
  });

  it("405 for an unsupported method, with a stale If-Match", async () => {
    const { path, staleEtag } = await noteWithStaleTag();
    expectProblem(await send(path, { method: "POST", headers: { "If-Match": staleEtag }, body: { body: "x" } }), 405);
  });

  it("but a PUT with If-Match: * to a missing note is 412 (the unconditional PUT would have created it)", async () => {
    const path = `/api/notes/${freshId()}`;
    expectProblem(await send(path, { method: "PUT", headers: { "If-Match": "*" }, body: { title: "t", body: "b" } }), 412);
    expect((await send(path)).status).toBe(404);
  });
});

it("no request in this file got a 5xx", () => {
  expect(serverErrors).toEqual([]);
});
