// Bad input: every refusal is an RFC 9457 problem with Cache-Control: no-store whose `status` is the response
// status, and changes nothing. Body shape, media type, size limits, Editor-Name, Origin, methods, hostile text.
import { describe, expect, it } from "vitest";
import { baseUrl, createNote, freshId, send, sendRaw, serverErrors, type Sent } from "./client";
import { allowed, expectProblem, HOUR, imfFixdate, snapshot } from "./expect-http";

const MiB = 1024 * 1024;

/** Sends a request that must be refused with `status`, and proves the note did not change. */
async function expectRefused(path: string, request: Sent, status: number) {
  const before = await snapshot(path);
  const problem = expectProblem(await send(path, request), status);
  expect(await snapshot(path)).toEqual(before);
  return problem;
}

/** A write of each kind on a fresh note, with a valid precondition: only the body or header under test is wrong. */
async function writesOnAFreshNote() {
  const { path, etag } = await createNote("Untouched", "Leave me alone\n");
  return {
    path,
    requests: [
      { method: "PATCH", headers: { "If-Match": etag } },
      { method: "PUT", headers: { "If-Match": etag } },
    ] as Array<{ method: string; headers: Record<string, string> }>,
  };
}

/** A body that is exactly `bytes` bytes of UTF-8, built from one-, two-, three- and four-byte characters. */
function multiByteText(bytes: number): string {
  const unit = "aé€🦊"; // 1 + 2 + 3 + 4 bytes
  let text = unit.repeat(Math.floor(bytes / 10));
  const rest = bytes - Buffer.byteLength(text);
  text += ["", "a", "é", "€", "🦊", "a🦊", "é🦊", "€🦊", "🦊🦊", "a🦊🦊"][rest]!;
  expect(Buffer.byteLength(text)).toBe(bytes);
  return text;
}

describe("malformed JSON bodies: 400", () => {
  const malformed = ['{"title": "x",', "{title: 'x'}", '{"body": "x"} trailing', "", "   ", '{"body": "\\x"}'];
  it("refuses malformed JSON to PATCH and PUT, naming the problem, and changes nothing", async () => {
    const { path, requests } = await writesOnAFreshNote();
    for (const request of requests) {
      for (const text of malformed) {
        await expectRefused(path, { ...request, headers: { ...request.headers, "Content-Type": "application/json" }, body: text }, 400);
      }
    }
  });

  it("refuses malformed JSON to POST and creates nothing", async () => {
    const before = await send("/api/notes");
    for (const text of malformed) {
      expectProblem(await send("/api/notes", { method: "POST", headers: { "Content-Type": "application/json" }, body: text }), 400);
    }
    expect((await send("/api/notes")).headers.get("etag")).toBe(before.headers.get("etag"));
  });

  it("refuses a body that is not UTF-8", async () => {
    const { path, requests } = await writesOnAFreshNote();
    const bytes = new Uint8Array([...Buffer.from('{"body": "'), 0xff, 0xfe, ...Buffer.from('"}')]);
    await expectRefused(path, { ...requests[0]!, headers: { ...requests[0]!.headers, "Content-Type": "application/json" }, body: bytes }, 400);
  });

  it("refuses JSON that is not an object: array, string, null, number, boolean", async () => {
    const { path, requests } = await writesOnAFreshNote();
    for (const request of requests) {
      for (const text of ['[{"title": "x", "body": "y"}]', '"just a string"', "null", "42", "true", "[]"]) {
        await expectRefused(path, { ...request, headers: { ...request.headers, "Content-Type": "application/json" }, body: text }, 400);
      }
    }
    expectProblem(await send("/api/notes", { method: "POST", headers: { "Content-Type": "application/json" }, body: "[]" }), 400);
  });
});

describe("members of the body: 400 naming the member", () => {
  it("refuses an unknown member, naming it", async () => {
    const { path, requests } = await writesOnAFreshNote();
    for (const request of requests) {
      const problem = await expectRefused(path, { ...request, body: { title: "t", body: "b", colour: "red" } }, 400);
      expect(problem.detail).toContain("colour");
    }
    const posted = expectProblem(await send("/api/notes", { method: "POST", body: { title: "t", body: "b", pinned: true } }), 400);
    expect(posted.detail).toContain("pinned");
    // Names that mean something to JavaScript objects are just unknown members.
    for (const name of ["__proto__", "constructor"]) {
      const text = `{"${name}": {"title": "sneaky"}, "body": "b"}`;
      const problem = await expectRefused(path, { ...requests[0]!, headers: { ...requests[0]!.headers, "Content-Type": "application/json" }, body: text }, 400);
      expect(problem.detail).toContain(name);
    }
    // Members of the representation that a client may not set are unknown members of a request too.
    const withVersion = await expectRefused(path, { ...requests[0]!, body: { body: "b", version: 99 } }, 400);
    expect(withVersion.detail).toContain("version");
  });

  it("refuses a member of the wrong type, naming it", async () => {
    const { path, requests } = await writesOnAFreshNote();
    const cases: Array<[object, string]> = [
      [{ title: 5, body: "b" }, "title"],
      [{ title: "t", body: ["b"] }, "body"],
      [{ title: "t", body: { text: "b" } }, "body"],
      [{ title: true, body: "b" }, "title"],
      [{ title: "t", body: 1.5 }, "body"],
    ];
    for (const request of requests) {
      for (const [body, member] of cases) {
        const problem = await expectRefused(path, { ...request, body }, 400);
        expect(problem.detail, JSON.stringify(body)).toContain(member);
      }
    }
  });

  it("refuses a null title (and a null body), naming it", async () => {
    const { path, requests } = await writesOnAFreshNote();
    for (const request of requests) {
      const problem = await expectRefused(path, { ...request, body: { title: null, body: "b" } }, 400);
      expect(problem.detail).toContain("title");
    }
    // In a merge patch null would mean "remove the member"; a note cannot lose its title or body.
    const nullTitle = await expectRefused(path, { ...requests[0]!, headers: { ...requests[0]!.headers, "Content-Type": "application/merge-patch+json" }, body: '{"title": null}' }, 400);
    expect(nullTitle.detail).toContain("title");
    const nullBody = await expectRefused(path, { ...requests[0]!, body: { body: null } }, 400);
    expect(nullBody.detail).toContain("body");
    const posted = expectProblem(await send("/api/notes", { method: "POST", body: { title: null, body: "b" } }), 400);
    expect(posted.detail).toContain("title");
  });

  it("refuses a PUT or POST that leaves a member out, naming it", async () => {
    const { path, requests } = await writesOnAFreshNote();
    const problem = await expectRefused(path, { ...requests[1]!, body: { title: "only a title" } }, 400);
    expect(problem.detail).toContain("body");
    const posted = expectProblem(await send("/api/notes", { method: "POST", body: { body: "only a body" } }), 400);
    expect(posted.detail).toContain("title");
  });
});

describe("media types: 415", () => {
  it("refuses text/plain, no Content-Type at all, a charset other than UTF-8, and other types", async () => {
    const { path, requests } = await writesOnAFreshNote();
    const json = JSON.stringify({ title: "t", body: "b" });
    for (const request of requests) {
      const cases: Sent[] = [
        { ...request, headers: { ...request.headers, "Content-Type": "text/plain" }, body: json },
        { ...request, headers: { ...request.headers }, body: new TextEncoder().encode(json) },
        { ...request, headers: { ...request.headers, "Content-Type": "application/json; charset=latin1" }, body: json },
        { ...request, headers: { ...request.headers, "Content-Type": "application/json; charset=iso-8859-1" }, body: json },
        { ...request, headers: { ...request.headers, "Content-Type": "application/xml" }, body: json },
        { ...request, headers: { ...request.headers, "Content-Type": "application/x-www-form-urlencoded" }, body: "title=t&body=b" },
      ];
      for (const refused of cases) await expectRefused(path, refused, 415);
    }
    expectProblem(await send("/api/notes", { method: "POST", headers: { "Content-Type": "text/plain" }, body: json }), 415);
  });

  it("reads media types case-insensitively, with optional whitespace and a quoted utf-8 charset", async () => {
    for (const contentType of ["APPLICATION/JSON", "application/json ; charset=UTF-8", 'application/json;charset="utf-8"', "Application/Merge-Patch+JSON"]) {
      const { path, etag } = await createNote();
      const response = await send(path, { method: "PATCH", headers: { "If-Match": etag, "Content-Type": contentType }, body: '{"body": "typed"}' });
      expect(response.status, contentType).toBe(200);
      expect(response.json.body).toBe("typed");
    }
  });

  it("tells a PATCH client which patch formats it accepts (Accept-Patch, RFC 5789 2.2)", async () => {
    const { path, etag } = await createNote();
    const response = await send(path, { method: "PATCH", headers: { "If-Match": etag, "Content-Type": "application/json-patch+json" }, body: "[]" });
    expectProblem(response, 415);
    expect(response.headers.get("accept-patch")).toContain("application/merge-patch+json");
  });
});

describe("size limits: 413 above the documented limit, 1 MiB note bodies work", () => {
  it("refuses a request body over 3 MiB with 413 and changes nothing", async () => {
    const { path, requests } = await writesOnAFreshNote();
    const huge = { title: "huge", body: "x".repeat(3 * MiB + 10) };
    for (const request of requests) await expectRefused(path, { ...request, body: huge }, 413);
    const before = await send("/api/notes");
    expectProblem(await send("/api/notes", { method: "POST", body: huge }), 413);
    expect((await send("/api/notes")).headers.get("etag")).toBe(before.headers.get("etag"));
  });

  it("refuses an over-limit body streamed without a Content-Length", async () => {
    const { path, etag } = await createNote();
    const before = await snapshot(path);
    const piece = Buffer.from("y".repeat(MiB));
    const response = await sendRaw(path, {
      method: "PATCH",
      headers: { "Content-Type": "application/json", "If-Match": etag, "Transfer-Encoding": "chunked" },
      chunks: [Buffer.from('{"body": "'), piece, piece, piece, piece, Buffer.from('"}')],
    });
    expectProblem(response, 413);
    expect(await snapshot(path)).toEqual(before);
  });

  it("refuses a note body over 1 MiB with 413", async () => {
    const { path, requests } = await writesOnAFreshNote();
    await expectRefused(path, { ...requests[0]!, body: { body: multiByteText(MiB + 1) } }, 413);
  });

  it("stores and returns a note body of exactly 1 MiB of multi-byte UTF-8, unchanged", async () => {
    const text = multiByteText(MiB);
    const created = await send("/api/notes", { method: "POST", body: { title: "Big 🦊 note", body: text } });
    expect(created.status, created.text.slice(0, 300)).toBe(201);
    const path = `/api/notes/${created.json.id}`;
    const read = await send(path);
    expect(read.status).toBe(200);
    expect(read.json.body === text).toBe(true);
    expect(read.json.title).toBe("Big 🦊 note");

    // Saving it again (a PATCH of 1 MiB) works, and the revision keeps the full text.
    const other = multiByteText(MiB - 4) + "🦊";
    const saved = await send(path, { method: "PATCH", headers: { "If-Match": read.headers.get("etag")! }, body: { body: other } });
    expect(saved.status).toBe(200);
    expect((await send(path)).json.body === other).toBe(true);
    expect((await send(`${path}/revisions/1`)).json.body === text).toBe(true);
  });

  it("accepts 1 MiB of text that doubles when JSON-escaped (quotes, backslashes, newlines)", async () => {
    const text = '"\\\n'.repeat(MiB / 4) + "abcd";
    expect(Buffer.byteLength(text)).toBe(MiB - MiB / 4 + 4);
    const created = await send("/api/notes", { method: "POST", body: { title: "escapes", body: text } });
    expect(created.status, created.text.slice(0, 300)).toBe(201);
    expect((await send(`/api/notes/${created.json.id}`)).json.body === text).toBe(true);
  });
});

describe("Editor-Name", () => {
  async function saveAs(name: string | undefined) {
    const { path, etag } = await createNote();
    const headers: Record<string, string> = { "If-Match": etag };
    if (name !== undefined) headers["Editor-Name"] = name;
    return { path, response: await send(path, { method: "PATCH", headers, body: { body: "by someone" } }) };
  }

  it("stores percent-encoded UTF-8 and shows it back exactly: on the note, the revision and the list", async () => {
    for (const [sent, shown] of [["Zo%C3%AB", "Zoë"], [encodeURIComponent("🦊 Fox & Co"), "🦊 Fox & Co"], ["Ada", "Ada"], [encodeURIComponent("李小龍"), "李小龍"]] as const) {
      const { path, response } = await saveAs(sent);
      expect(response.status, sent).toBe(200);
      expect(response.json.updatedBy).toBe(shown);
      expect((await send(path)).json.updatedBy).toBe(shown);
      const revisions = await send(`${path}/revisions`);
      expect(revisions.json.revisions[0]).toMatchObject({ version: 2, author: shown });
      const list = await send("/api/notes");
      expect(list.json.notes.find((note: { id: string }) => `/api/notes/${note.id}` === path).updatedBy).toBe(shown);
    }
  });

  it("saves a write without Editor-Name as anonymous", async () => {
    const { response } = await saveAs(undefined);
    expect(response.status).toBe(200);
    expect(response.json.updatedBy).toBe("anonymous");
  });

  it("accepts 64 characters (counted as characters, not bytes)", async () => {
    for (const name of ["a".repeat(64), "é".repeat(64), "🦊".repeat(64)]) {
      const { response } = await saveAs(encodeURIComponent(name));
      expect(response.status, name).toBe(200);
      expect(response.json.updatedBy).toBe(name);
    }
  });

  it("refuses an unusable name with 400 and changes nothing: empty, blank, 65 characters, control characters, bad encoding", async () => {
    const unusable = [
      "", "%20%20%20", "%09", "a".repeat(65), encodeURIComponent("é".repeat(65)),
      "Bob%0AEvil", "Bob%0D", "%00", "Bob%7F", "%C2%85", // LF, CR, NUL, DEL, NEL (a C1 control)
      "%E0%A4%A", "%", "%zz", "%FF", "%C3", "%ED%A0%80", // truncated, bare, non-hex, invalid UTF-8, lone surrogate
    ];
    for (const name of unusable) {
      const { path, etag } = await createNote();
      const problem = await expectRefused(path, { method: "PATCH", headers: { "If-Match": etag, "Editor-Name": name }, body: { body: "x" } }, 400);
      expect(problem.detail, name).toMatch(/Editor-Name/);
    }
  });

  it("is checked on every write: POST, PUT and DELETE too", async () => {
    const before = await send("/api/notes");
    expectProblem(await send("/api/notes", { method: "POST", headers: { "Editor-Name": "%0A" }, body: { title: "t", body: "b" } }), 400);
    expect((await send("/api/notes")).headers.get("etag")).toBe(before.headers.get("etag"));
    const { path, etag } = await createNote();
    await expectRefused(path, { method: "PUT", headers: { "If-Match": etag, "Editor-Name": "a".repeat(65) }, body: { title: "t", body: "b" } }, 400);
    await expectRefused(path, { method: "DELETE", headers: { "If-Match": etag, "Editor-Name": "%E0%A4%A" } }, 400);
    const fresh = `/api/notes/${freshId()}`;
    expectProblem(await send(fresh, { method: "PUT", headers: { "If-None-Match": "*", "Editor-Name": "" }, body: { title: "t", body: "b" } }), 400);
    expect((await send(fresh)).status).toBe(404);
  });
});

describe("Origin: writes from another site are 403", () => {
  const crossSite: Array<Record<string, string>> = [{ Origin: "https://evil.example" }, { Origin: "null" }, { Origin: baseUrl.replace("127.0.0.1", "127.0.0.2") }, { "Sec-Fetch-Site": "cross-site" }];

  it("refuses PATCH, PUT and DELETE from another site and changes nothing", async () => {
    for (const header of crossSite) {
      const { path, etag } = await createNote();
      await expectRefused(path, { method: "PATCH", headers: { ...header, "If-Match": etag }, body: { body: "csrf" } }, 403);
      await expectRefused(path, { method: "PUT", headers: { ...header, "If-Match": etag }, body: { title: "csrf", body: "csrf" } }, 403);
      await expectRefused(path, { method: "DELETE", headers: { ...header, "If-Match": etag } }, 403);
    }
  });

  it("refuses POST and create-only PUT from another site and creates nothing", async () => {
    for (const header of crossSite) {
      const before = await send("/api/notes");
      expectProblem(await send("/api/notes", { method: "POST", headers: header, body: { title: "csrf", body: "csrf" } }), 403);
      expect((await send("/api/notes")).headers.get("etag")).toBe(before.headers.get("etag"));
      const fresh = `/api/notes/${freshId()}`;
      expectProblem(await send(fresh, { method: "PUT", headers: { ...header, "If-None-Match": "*" }, body: { title: "csrf", body: "csrf" } }), 403);
      expect((await send(fresh)).status).toBe(404);
    }
  });

  it("accepts writes from the same origin", async () => {
    const { path, etag } = await createNote();
    const response = await send(path, { method: "PATCH", headers: { Origin: baseUrl, "Sec-Fetch-Site": "same-origin", "If-Match": etag }, body: { body: "mine" } });
    expect(response.status).toBe(200);
    const posted = await send("/api/notes", { method: "POST", headers: { Origin: baseUrl }, body: { title: "same origin", body: "" } });
    expect(posted.status).toBe(201);
  });

  it("does not apply to reads", async () => {
    const { path } = await createNote();
    expect((await send(path, { headers: { Origin: "https://evil.example" } })).status).toBe(200);
  });
});

describe("unsupported methods: 405 with Allow", () => {
  const resources = async () => {
    const { path } = await createNote();
    return [
      { path, supported: ["DELETE", "GET", "HEAD", "PATCH", "PUT"], refused: ["POST"] },
      { path: "/api/notes", supported: ["GET", "HEAD", "POST"], refused: ["PUT", "PATCH", "DELETE"] },
      { path: `${path}/revisions`, supported: ["GET", "HEAD"], refused: ["POST", "PUT", "PATCH", "DELETE"] },
      { path: `${path}/revisions/1`, supported: ["GET", "HEAD"], refused: ["POST", "PUT", "PATCH", "DELETE"] },
    ];
  };

  it("answers 405 with an Allow header that lists exactly the supported methods, and changes nothing", async () => {
    for (const { path, supported, refused } of await resources()) {
      for (const method of refused) {
        const before = await send(path);
        const response = await send(path, { method, headers: { "If-Match": "*" }, body: { title: "t", body: "b" } });
        expectProblem(response, 405);
        const allow = allowed(response).filter((name) => name !== "OPTIONS");
        expect(allow, `${method} ${path}`).toEqual(supported);
        expect((await send(path)).text).toBe(before.text);
      }
    }
  });
});

describe("OPTIONS agrees with 405", () => {
  it("never advertises in Allow a method that the resource answers with 405", async () => {
    const { path } = await createNote();
    for (const target of [path, "/api/notes", `${path}/revisions`, `${path}/revisions/1`]) {
      const options = await send(target, { method: "OPTIONS" });
      expect(options.status).toBeLessThan(500);
      if (options.status >= 300) continue;
      for (const method of allowed(options).filter((name) => !["GET", "HEAD", "OPTIONS"].includes(name))) {
        const response = await send(target, { method, headers: { "Content-Type": "application/json", "If-Match": '"no-such-tag"' }, body: "{}" });
        expect(response.status, `OPTIONS ${target} allows ${method}`).not.toBe(405);
      }
    }
  });
});

describe("hostile text is data", () => {
  const script = "<script>alert(1)</script>";

  it("stores markup verbatim and returns it as JSON, never as HTML", async () => {
    const title = `${script} & "quotes" </title>`;
    const body = `<img src=x onerror=alert(1)>\n${script}\n\u0000\u2028 end`;
    const created = await send("/api/notes", { method: "POST", headers: { "Editor-Name": encodeURIComponent("<b>Mallory</b>") }, body: { title, body } });
    expect(created.status).toBe(201);
    const path = `/api/notes/${created.json.id}`;
    for (const response of [created, await send(path), await send("/api/notes"), await send(`${path}/revisions`), await send(`${path}/revisions/1`)]) {
      expect(response.headers.get("content-type")).toMatch(/^application\/json(;|$)/);
      expect(response.headers.get("content-type")).not.toMatch(/html/);
    }
    const read = await send(path);
    expect(read.json.title).toBe(title);
    expect(read.json.body).toBe(body);
    expect(read.json.updatedBy).toBe("<b>Mallory</b>");
    expect(read.text).toContain(script);
  });

  it("answers errors about hostile input as problem JSON, never HTML", async () => {
    const { path, etag } = await createNote();
    const member = `<img src=x onerror=alert(1)>`;
    const unknown = await expectRefused(path, { method: "PATCH", headers: { "If-Match": etag }, body: { [member]: "x" } }, 400);
    expect(unknown.detail).toContain(member);
    expectProblem(await send(`/api/notes/${encodeURIComponent(script)}`), 404);
    expectProblem(await send(`/api/notes/${encodeURIComponent(script)}`, { method: "PATCH", headers: { "If-Match": "*" }, body: { body: "x" } }), 404);
  });
});

describe("no client mistake is a 500", () => {
  it("answers a note URL with broken percent-encoding as a problem (no such note), not a server error", async () => {
    const { path } = await createNote();
    for (const target of ["/api/notes/%E0%A4%A", "/api/notes/%", "/api/notes/%FF", "/api/notes/a%zzb", `${path}/revisions/%`, "/api/notes/%C3/revisions"]) {
      for (const method of ["GET", "PATCH", "DELETE"]) {
        const request: Sent = method === "PATCH" ? { method, headers: { "If-Match": "*" }, body: { body: "x" } } : { method, headers: { "If-Match": "*" } };
        const response = await send(target, request);
        expect([400, 404], `${method} ${target} -> ${response.status} ${response.text.slice(0, 80)}`).toContain(response.status);
        expectProblem(response, response.status);
      }
    }
  });

  it("answers odd but harmless requests without a server error", async () => {
    const { path, etag } = await createNote();
    const odd: Array<Record<string, string>> = [
      { "If-None-Match": `"${"x".repeat(8000)}"` },
      { "If-None-Match": Array.from({ length: 500 }, (_, i) => `"t${i}"`).join(", ") },
      { "If-Match": "\u00e9" },
      { "If-Modified-Since": "Mon, 01 Jan 0001 00:00:00 GMT" },
      { "If-Modified-Since": "Fri, 31 Dec 9999 23:59:59 GMT" },
      { "If-Modified-Since": "Sat, 31 Feb 2026 10:00:00 GMT" },
      { "If-Modified-Since": "Sun, 06 Nov 1994 25:61:61 GMT" },
      { "If-Modified-Since": "Sunday, 06-Nov-94 08:49:37 GMT" },
      { "If-Modified-Since": "Sun Nov  6 08:49:37 1994" },
      { "If-Unmodified-Since": "Thu, 01 Jan 1970 00:00:00 GMT" },
      { "If-Modified-Since": imfFixdate(new Date(Date.now() + 1000 * HOUR)) },
    ];
    for (const headers of odd) {
      for (const method of ["GET", "HEAD"]) {
        const response = await send(path, { method, headers });
        expect([200, 304, 412], `${method} ${JSON.stringify(headers).slice(0, 100)}`).toContain(response.status);
      }
    }
    // Writes with odd conditions: refused or done, never a 5xx.
    for (const headers of odd) {
      const response = await send(path, { method: "PATCH", headers, body: { body: "odd" } });
      expect(response.status).toBeLessThan(500);
    }
    expect(etag).toBeTruthy();
  });
});

it("no request in this file got a 5xx", () => {
  expect(serverErrors).toEqual([]);
});
