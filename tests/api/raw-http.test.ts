// What a conformance suite or a protocol linter sends over a raw socket: CONNECT, no Host, two Hosts,
// absolute-form and asterisk-form targets, transfer codings, Expect, HEAD everywhere, Range, very long targets,
// method tokens Node's parser does not know. Each gets a real HTTP answer, and every error is a problem:
// never a closed connection, an empty body or a 500.
import net from "node:net";
import { describe, expect, it } from "vitest";
import { baseUrl, createNote, send, serverErrors } from "./client";
import { allowed } from "./expect-http";
import { instancePorts } from "./topology";

// Raw bytes go to an app instance itself: these are the server's own answers. Through the proxy (the cluster
// topology) nginx answers malformed requests itself, as tests/api/cluster.test.ts checks.
const { hostname } = new URL(baseUrl);
const port = String(instancePorts[0]);
const HOST = `Host: ${hostname}:${port}\r\n`;

type RawAnswer = { statusLine: string; status: number; headers: Headers; body: string; raw: string };

/** Parses one HTTP/1.1 answer (Content-Length, chunked, or up to the close) from raw bytes. */
function parseAnswer(raw: string): RawAnswer {
  const headEnd = raw.indexOf("\r\n\r\n");
  if (headEnd === -1) throw new Error(`no complete answer: ${JSON.stringify(raw.slice(0, 200))}`);
  const [statusLine = "", ...lines] = raw.slice(0, headEnd).split("\r\n");
  const headers = new Headers();
  for (const line of lines) headers.append(line.slice(0, line.indexOf(":")), line.slice(line.indexOf(":") + 1).trim());
  let body = raw.slice(headEnd + 4);
  if (headers.get("transfer-encoding") === "chunked") {
    let decoded = "";
    for (let rest = body; ;) {
      const sizeEnd = rest.indexOf("\r\n");
      const size = parseInt(rest.slice(0, sizeEnd), 16);
      if (!size) break;
      decoded += rest.slice(sizeEnd + 2, sizeEnd + 2 + size);
      rest = rest.slice(sizeEnd + 2 + size + 2);
    }
    body = decoded;
  }
  return { statusLine, status: Number(statusLine.split(" ")[1]), headers, body, raw };
}

/** Writes raw bytes and collects everything until the server closes the connection (or a timeout fails). */
function exchange(bytes: string | Buffer): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname, () => socket.write(bytes));
    const parts: Buffer[] = [];
    socket.on("data", (part) => parts.push(part));
    socket.on("end", () => resolve(Buffer.concat(parts).toString("utf8")));
    socket.on("error", (error: NodeJS.ErrnoException) => (error.code === "ECONNRESET" || error.code === "EPIPE" ? resolve(Buffer.concat(parts).toString("utf8")) : reject(error)));
    socket.setTimeout(5_000, () => socket.destroy(new Error(`the server neither answered nor closed: ${JSON.stringify(Buffer.concat(parts).toString("utf8").slice(0, 300))}`)));
  });
}

async function rawRequest(bytes: string | Buffer): Promise<RawAnswer> {
  return parseAnswer(await exchange(bytes));
}

/** An RFC 9457 problem sent over a raw socket. */
function expectRawProblem(answer: RawAnswer, status: number, type?: string) {
  expect(answer.status, answer.raw.slice(0, 400)).toBe(status);
  expect(answer.headers.get("content-type")).toMatch(/^application\/problem\+json(;|$)/);
  expect(answer.headers.get("cache-control")).toBe("no-store");
  expect(answer.headers.get("date")).toBeTruthy();
  const problem = JSON.parse(answer.body);
  expect(problem).toMatchObject({ status });
  for (const member of ["type", "title", "detail", "instance"]) expect(typeof problem[member]).toBe("string");
  if (type) expect(problem.type).toBe(type);
  return problem;
}

describe("CONNECT: this is not a proxy", () => {
  it("to an authority (the proxy form) answers 405 with Allow, as a problem, and closes", async () => {
    const answer = await rawRequest("CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n");
    expectRawProblem(answer, 405, "/problems/method-not-allowed");
    expect(answer.headers.get("allow")).toBe("GET, HEAD, OPTIONS");
    expect(answer.headers.get("connection")).toBe("close");
  });

  it("to a note path answers 405 with the note's methods", async () => {
    const { path } = await createNote();
    const answer = await rawRequest(`CONNECT ${path} HTTP/1.1\r\n${HOST}\r\n`);
    expectRawProblem(answer, 405);
    expect(answer.headers.get("allow")).toBe("GET, HEAD, PUT, PATCH, DELETE, OPTIONS");
  });

  it("a client that resets the tunnel socket does not bring the server down", async () => {
    await new Promise<void>((resolve) => {
      const socket = net.connect(Number(port), hostname, () => {
        socket.write("CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n");
        socket.resetAndDestroy();
        resolve();
      });
    });
    expect((await send("/api/health")).status).toBe(200);
  });
});

describe("Host (RFC 9112 3.2)", () => {
  it("an HTTP/1.1 request without Host gets a 400 problem, not an empty 400", async () => {
    const answer = await rawRequest("GET /api/notes HTTP/1.1\r\n\r\n");
    const problem = expectRawProblem(answer, 400, "/problems/malformed-request");
    expect(problem.detail).toContain("Host");
  });

  it("a write without Host is refused the same way, and creates nothing", async () => {
    const before = await send("/api/notes");
    const body = JSON.stringify({ title: "no host", body: "b" });
    const answer = await rawRequest(`POST /api/notes HTTP/1.1\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body}`);
    expectRawProblem(answer, 400);
    expect((await send("/api/notes")).headers.get("etag")).toBe(before.headers.get("etag"));
  });

  it("an HTTP/1.0 request may leave Host out", async () => {
    const answer = await rawRequest("GET /api/health HTTP/1.0\r\n\r\n");
    expect(answer.status).toBe(200);
  });

  it.each([
    ["two Host lines", `GET /api/health HTTP/1.1\r\n${HOST}Host: other.example\r\n\r\n`],
    ["a Host that is not host[:port]", "GET /api/health HTTP/1.1\r\nHost: a b\r\n\r\n"],
    ["a Host with a path", "GET /api/health HTTP/1.1\r\nHost: example.com/x\r\n\r\n"],
  ])("%s gets a 400 problem and the connection is closed", async (_, bytes) => {
    const answer = await rawRequest(bytes);
    expectRawProblem(answer, 400, "/problems/malformed-request");
    expect(answer.headers.get("connection")).toBe("close");
  });
});

describe("request-target forms (RFC 9112 3.2)", () => {
  it("absolute-form is served like origin-form (not redirected to the URL it names)", async () => {
    const { path, etag } = await createNote("Absolute", "form");
    for (const authority of [`${hostname}:${port}`, `localhost:${port}`]) {
      const answer = await rawRequest(`GET http://${authority}${path} HTTP/1.1\r\n${HOST}Connection: close\r\n\r\n`);
      expect(answer.status, answer.raw.slice(0, 300)).toBe(200);
      expect(answer.headers.get("etag")).toBe(etag);
      expect(JSON.parse(answer.body).title).toBe("Absolute");
    }
  });

  it("absolute-form naming another host is that host's request (RFC 9112 3.2.2): 421, whatever Host says", async () => {
    const { path } = await createNote("Absolute", "form");
    expectRawProblem(await rawRequest(`GET http://notes.example${path} HTTP/1.1\r\n${HOST}Connection: close\r\n\r\n`), 421);
  });

  it("absolute-form with userinfo (a disguised host) is a 400 problem", async () => {
    expectRawProblem(await rawRequest(`GET http://user@evil.example/api/health HTTP/1.1\r\n${HOST}\r\n`), 400);
  });

  it("OPTIONS * answers for the server as a whole: 204 with every method", async () => {
    const answer = await rawRequest(`OPTIONS * HTTP/1.1\r\n${HOST}Connection: close\r\n\r\n`);
    expect(answer.status, answer.raw.slice(0, 300)).toBe(204);
    expect(allowed({ status: 204, headers: answer.headers, text: "", json: null }))
      .toEqual(["DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT"]);
    expect(answer.body).toBe("");
  });

  it.each(["GET", "PATCH", "DELETE"])("%s * is a 400 problem (only OPTIONS may name *), not a 500", async (method) => {
    expectRawProblem(await rawRequest(`${method} * HTTP/1.1\r\n${HOST}\r\n`), 400);
  });

  it("a target of 8 KiB and more is a 414 problem, and so is one too long for the parser", async () => {
    for (const length of [8193, 20_000]) {
      const answer = await rawRequest(`GET /api/notes/${"a".repeat(length)} HTTP/1.1\r\n${HOST}\r\n`);
      expectRawProblem(answer, 414, "/problems/uri-too-long");
    }
    // Header fields over the limit are still 431, with a short target.
    const answer = await rawRequest(`GET /api/notes HTTP/1.1\r\n${HOST}X-Padding: ${"p".repeat(20_000)}\r\n\r\n`);
    expectRawProblem(answer, 431, "/problems/header-fields-too-large");
  });
});

describe("message framing (RFC 9112 6)", () => {
  const json = JSON.stringify({ title: "framed", body: "b" });
  it.each([
    ["two different Content-Lengths", `POST /api/notes HTTP/1.1\r\n${HOST}Content-Type: application/json\r\nContent-Length: ${json.length}\r\nContent-Length: ${json.length + 1}\r\n\r\n${json}`],
    ["Transfer-Encoding and Content-Length together", `POST /api/notes HTTP/1.1\r\n${HOST}Content-Type: application/json\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n${json.length.toString(16)}\r\n${json}\r\n0\r\n\r\n`],
    ["a Content-Length that is a list", `POST /api/notes HTTP/1.1\r\n${HOST}Content-Type: application/json\r\nContent-Length: ${json.length}, ${json.length}\r\n\r\n${json}`],
    ["a transfer coding after chunked", `POST /api/notes HTTP/1.1\r\n${HOST}Content-Type: application/json\r\nTransfer-Encoding: chunked, gzip\r\n\r\n`],
  ])("%s is a 400 problem, and nothing is created", async (_, bytes) => {
    const before = await send("/api/notes");
    expectRawProblem(await rawRequest(bytes), 400, "/problems/malformed-request");
    expect((await send("/api/notes")).headers.get("etag")).toBe(before.headers.get("etag"));
  });

  it("a transfer coding other than chunked (gzip, chunked) is 501, not misread as the body", async () => {
    const before = await send("/api/notes");
    const answer = await rawRequest(`POST /api/notes HTTP/1.1\r\n${HOST}Content-Type: application/json\r\nTransfer-Encoding: gzip, chunked\r\n\r\n${json.length.toString(16)}\r\n${json}\r\n0\r\n\r\n`);
    expectRawProblem(answer, 501, "/problems/transfer-coding-not-implemented");
    expect((await send("/api/notes")).headers.get("etag")).toBe(before.headers.get("etag"));
  });

  it("a refused body that was never read leaves the connection usable for the next request", async () => {
    const { path } = await createNote();
    const body = JSON.stringify({ body: "x".repeat(200_000) });
    const first = `PATCH ${path} HTTP/1.1\r\n${HOST}Content-Type: application/json\r\nIf-Match: "v0"\r\nContent-Length: ${body.length}\r\n\r\n${body}`;
    const second = `GET /api/health HTTP/1.1\r\n${HOST}Connection: close\r\n\r\n`;
    const raw = await exchange(first + second);
    expect(raw.match(/^HTTP\/1\.1 \d{3}/gm)).toEqual(["HTTP/1.1 412", "HTTP/1.1 200"]);
  });
});

describe("Expect (RFC 9110 10.1.1)", () => {
  it("100-continue: the server says 100, then takes the body", async () => {
    const json = JSON.stringify({ title: "continued", body: "b" });
    const raw = await new Promise<string>((resolve, reject) => {
      let text = "";
      let sentBody = false;
      const socket = net.connect(Number(port), hostname, () =>
        socket.write(`POST /api/notes HTTP/1.1\r\n${HOST}Content-Type: application/json\r\nContent-Length: ${json.length}\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n`));
      socket.on("data", (part) => {
        text += part.toString("utf8");
        if (!sentBody && text.includes("\r\n\r\n")) {
          sentBody = true;
          socket.write(json);
        }
      });
      socket.on("end", () => resolve(text));
      socket.on("error", reject);
      socket.setTimeout(5_000, () => socket.destroy(new Error(`stalled: ${JSON.stringify(text)}`)));
    });
    expect(raw.startsWith("HTTP/1.1 100 Continue\r\n\r\n")).toBe(true);
    const answer = parseAnswer(raw.slice("HTTP/1.1 100 Continue\r\n\r\n".length));
    expect(answer.status).toBe(201);
    expect(JSON.parse(answer.body).title).toBe("continued");
  });

  it("any other expectation is a 417 problem, not an empty answer", async () => {
    const answer = await rawRequest(`GET /api/health HTTP/1.1\r\n${HOST}Expect: the-moon\r\n\r\n`);
    expectRawProblem(answer, 417, "/problems/expectation-failed");
  });
});

describe("method tokens Node's parser does not know", () => {
  it.each([
    ["a well-formed but unknown method", "BREW"],
    ["a lower-case method (methods are case-sensitive)", "get"],
  ])("%s is 501 Not Implemented, as a problem", async (_, method) => {
    const problem = expectRawProblem(await rawRequest(`${method} /api/notes HTTP/1.1\r\n${HOST}\r\n`), 501, "/problems/method-not-implemented");
    expect(problem.detail).toContain(method);
  });

  it.each(["G@T", "GET\u0001", "(GET)"])("%j, which is not a token, is a 400 problem", async (method) => {
    expectRawProblem(await rawRequest(`${method} /api/notes HTTP/1.1\r\n${HOST}\r\n`), 400, "/problems/malformed-request");
  });
});

describe("HEAD on every route: the GET's status and headers, no body", () => {
  it("answers each API route and page like GET, without a body", async () => {
    const { path } = await createNote("Head", "body");
    const targets = [
      "/api/health", "/api/notes", path, `${path}/revisions`, `${path}/revisions/1`, `${path}/revisions/9`,
      "/api/notes/nothing-here", "/api/nothing", "/api/notes/%E0%A4%A", "/", "/problems/gone", "/no-such-page",
    ];
    for (const target of targets) {
      const get = await rawRequest(`GET ${target} HTTP/1.1\r\n${HOST}Connection: close\r\n\r\n`);
      const head = await rawRequest(`HEAD ${target} HTTP/1.1\r\n${HOST}Connection: close\r\n\r\n`);
      expect(head.status, target).toBe(get.status);
      expect(head.status, target).toBeLessThan(500);
      expect(head.body, target).toBe("");
      expect(head.headers.get("content-type"), target).toBe(get.headers.get("content-type"));
      expect(head.headers.get("etag"), target).toBe(get.headers.get("etag"));
    }
  });
});

describe("Range on a note", () => {
  it("is ignored: the whole note, 200, never a 206 with part of a JSON document", async () => {
    const { path, etag } = await createNote("Ranged", "0123456789");
    for (const range of ["bytes=0-3", "bytes=-5", "bytes=100-200", "pages=1", "bytes=5-1"]) {
      const response = await send(path, { headers: { Range: range, "If-Range": etag } });
      expect(response.status, range).toBe(200);
      expect(response.headers.get("content-range")).toBeNull();
      expect(response.json.body).toBe("0123456789");
    }
  });
});

it("no request in this file got a 5xx", () => {
  expect(serverErrors).toEqual([]);
});

describe("a body declared too large, sent anyway (RFC 9112 9.6)", () => {
  /** Sends the whole declared body as fast as the connection takes it, and reports what came back. */
  function sendOversize(target: string, size: number, closeAfter: boolean): Promise<{ answer: string; error: string | null }> {
    return new Promise((resolve) => {
      const socket = net.connect(Number(target), hostname);
      let answer = "";
      let error: string | null = null;
      socket.on("data", (chunk: Buffer) => void (answer += chunk.toString("latin1")));
      socket.on("error", (failure: NodeJS.ErrnoException) => void (error = failure.code ?? failure.message));
      socket.on("close", () => resolve({ answer, error }));
      socket.write(`PATCH /api/notes/anything HTTP/1.1\r\nHost: ${hostname}:${target}\r\nContent-Type: application/json\r\n` +
        `Content-Length: ${size}\r\n${closeAfter ? "Connection: close\r\n" : ""}\r\n`);
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      let sent = 0;
      const pump = () => {
        while (sent < size && !socket.destroyed) {
          sent += chunk.length;
          if (!socket.write(chunk)) return void socket.once("drain", pump);
        }
      };
      pump();
    });
  }

  it("24 oversize requests in a row each read their 413 problem: the connection is not torn down under the sender", async () => {
    for (let i = 0; i < 24; i++) {
      const { answer, error } = await sendOversize(port, 8 * 1024 * 1024, i % 2 === 0);
      expect(answer, `request ${i}: ${error}`).toMatch(/^HTTP\/1\.1 413 /);
      const parsed = parseAnswer(answer);
      expect(parsed.headers.get("content-type")).toBe("application/problem+json");
      expect(JSON.parse(parsed.body)).toMatchObject({ status: 413, limit: 3 * 1024 * 1024 });
      expect(error, `request ${i} was reset`).toBeNull();
    }
  }, 60_000);
});
