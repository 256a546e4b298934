import { describe, expect, it } from "vitest";
import { connectAnswer, malformedRequestProblem, rejectBeforeRouting, type RequestHead } from "./early-rejection";

function head(method: string, url: string, headers: Array<[string, string]> = [["Host", "notes.example"]], httpVersion = "1.1"): RequestHead {
  const byName: Record<string, string> = {};
  for (const [name, value] of headers) byName[name.toLowerCase()] ??= value;
  return { method, url, httpVersion, headers: byName, rawHeaders: headers.flat() };
}
const statusOf = (request: RequestHead) => rejectBeforeRouting(request)?.status ?? "routed";

describe("rejectBeforeRouting", () => {
  describe("routes what Next.js can take, untouched", () => {
    it.each([
      ["GET", "/api/notes/abc"], ["PATCH", "/api/notes/abc?x=1"], ["OPTIONS", "/api/notes"], ["GET", "/"],
    ])("%s %s", (method, url) => {
      const request = head(method, url);
      expect(statusOf(request)).toBe("routed");
      expect(request.url).toBe(url);
    });
    it("an HTTP/1.0 request without Host", () => expect(statusOf(head("GET", "/", [], "1.0"))).toBe("routed"));
    it("an empty Host (a URI without authority)", () => expect(statusOf(head("GET", "/", [["Host", ""]]))).toBe("routed"));
    it("Transfer-Encoding: chunked, in any case", () =>
      expect(statusOf(head("POST", "/api/notes", [["Host", "h"], ["Transfer-Encoding", "Chunked"]]))).toBe("routed"));
  });

  describe("absolute-form (RFC 9112 3.2.2)", () => {
    it("becomes origin-form, its authority the Host", () => {
      const request = head("GET", "http://other.example:8080/api/notes?q=1");
      expect(statusOf(request)).toBe("routed");
      expect(request.url).toBe("/api/notes?q=1");
      expect(request.headers.host).toBe("other.example:8080");
    });
    it.each([["https://h", "/"], ["HTTP://h?x", "/?x"]])("%s becomes %s", (url, path) => {
      const request = head("GET", url);
      expect(statusOf(request)).toBe("routed");
      expect(request.url).toBe(path);
    });
    it.each(["http://user@h/", "http:///x", "ftp://h/", "h:80", "notes"])("%s is a 400", (url) => expect(statusOf(head("GET", url))).toBe(400));
  });

  describe("refuses", () => {
    it.each<[string, RequestHead, number]>([
      ["OPTIONS * (answered, for the whole server)", head("OPTIONS", "*"), 204],
      ["GET *", head("GET", "*"), 400],
      ["no Host on HTTP/1.1", head("GET", "/", []), 400],
      ["two Host lines", head("GET", "/", [["Host", "a"], ["host", "a"]]), 400],
      ["a Host with a space", head("GET", "/", [["Host", "a b"]]), 400],
      ["a Host with a path", head("GET", "/", [["Host", "a/b"]]), 400],
      ["a target over 8 KiB", head("GET", `/${"a".repeat(8192)}`), 414],
      ["a transfer coding other than chunked", head("POST", "/", [["Host", "h"], ["Transfer-Encoding", "gzip, chunked"]]), 501],
      ["chunked twice", head("POST", "/", [["Host", "h"], ["Transfer-Encoding", "chunked, chunked"]]), 400],
      ["broken percent-encoding", head("GET", "/api/notes/%E0%A4%A"), 404],
      ["TRACE", head("TRACE", "/api/notes/abc"), 405],
    ])("%s: %i", (_, request, status) => expect(statusOf(request)).toBe(status));

    it("a refused request gets a problem body; a bad framing or Host closes the connection", () => {
      const answer = rejectBeforeRouting(head("GET", "/", []))!;
      expect(answer.headers["Content-Type"]).toBe("application/problem+json");
      expect(answer.headers.Connection).toBe("close");
      expect(JSON.parse(answer.body)).toMatchObject({ status: 400, type: "/problems/malformed-request" });
    });
  });
});

describe("connectAnswer", () => {
  it("is 405 with the methods of the path, or of the server for an authority", () => {
    expect(connectAnswer("example.com:443").headers.Allow).toBe("GET, HEAD, OPTIONS");
    expect(connectAnswer("/api/notes/x").headers.Allow).toBe("GET, HEAD, PUT, PATCH, DELETE, OPTIONS");
    expect(connectAnswer("example.com:443").status).toBe(405);
  });
});

describe("malformedRequestProblem", () => {
  const packet = (text: string) => Buffer.from(text, "latin1");
  it.each<[string, string | undefined, Buffer | undefined, number]>([
    ["an unknown method token", "HPE_INVALID_METHOD", packet("BREW /x HTTP/1.1\r\n"), 501],
    ["a lower-case method", "HPE_INVALID_METHOD", packet("get /x HTTP/1.1\r\n"), 501],
    ["a method that is no token", "HPE_INVALID_METHOD", packet("G@T /x HTTP/1.1\r\n"), 400],
    ["a request line that fills the header limit", "HPE_HEADER_OVERFLOW", packet(`GET /${"a".repeat(9000)}`), 414],
    ["header fields over the limit", "HPE_HEADER_OVERFLOW", packet(`GET /x HTTP/1.1\r\nX: ${"a".repeat(9000)}`), 431],
    ["anything else", "HPE_INVALID_CONTENT_LENGTH", undefined, 400],
  ])("%s: %i", (_, code, raw, status) => expect(malformedRequestProblem(code, raw).status).toBe(status));
});
