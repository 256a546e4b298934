// Requests the framework cannot take at all, answered before it sees them. Next.js builds a fetch Request for
// every request, and fetch refuses some methods (TRACE, TRACK, CONNECT) and fails on paths whose
// percent-encoding is broken or that are not paths at all (`OPTIONS *`); each would surface as a bare 500 or a
// closed connection. Node's parser hands over what HTTP/1.1 itself forbids (a request without Host, two Host
// lines, a transfer coding nobody decodes) and, for CONNECT and bytes it cannot parse, only a socket. Each
// is a client's mistake and gets a problem.
//
// This runs on every request, so the common case (an origin-form target, one valid Host, no Transfer-Encoding)
// costs a few comparisons and the path's percent-decoding, nothing more.
import type { IncomingHttpHeaders } from "node:http";
import { RESOURCE_CSP, SECURITY_HEADERS } from "@/lib/http/security-headers";
import { problemBody, type ProblemType } from "./problem";
import { MAX_REQUEST_BYTES, tooLargeDetail } from "./request-body";
import { methodsFor } from "./resource-methods";

const METHODS_NEXT_ROUTES = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);
/** Every method some resource here implements: the answer to `OPTIONS *` (RFC 9110 9.3.7). */
const SERVER_METHODS = "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS";
/** RFC 9112 3 recommends accepting request lines of at least 8000 octets; no URL of this app comes close. */
export const MAX_TARGET_LENGTH = 8192;
/** host [ ":" port ] (RFC 9110 7.2, RFC 3986 3.2.2): an IP literal, or a reg-name (which may be empty). */
const HOST_VALUE = /^(?:\[[0-9A-Za-z:.]+\]|[A-Za-z0-9\-._~!$&'()*+,;=%]*)(?::[0-9]*)?$/;
const ABSOLUTE_FORM = /^https?:\/\/([^/?#]*)([^#]*)$/i;

export type EarlyAnswer = { status: number; headers: Record<string, string>; body: string };
/** What server.ts knows of a request before Next.js sees it (a subset of node:http's IncomingMessage). */
export type RequestHead = { method?: string; url?: string; httpVersion: string; headers: IncomingHttpHeaders; rawHeaders: string[] };

/** After these, what follows on the connection (an unread body, bytes after a broken head) may not be the next
 * request: close it. */
const CLOSES_CONNECTION = new Set<ProblemType>(["malformed-request", "uri-too-long", "transfer-coding-not-implemented", "expectation-failed"]);

/** An origin-form target without its query: a problem's `instance`. */
function pathOf(target: string): string {
  const query = target.indexOf("?");
  return query === -1 ? target : target.slice(0, query);
}

function problem(type: ProblemType, detail: string, instance: string, headers: Record<string, string> = {},
  extensions?: Record<string, unknown>): EarlyAnswer {
  const body = problemBody(type, { detail, instance, extensions });
  const connection: Record<string, string> = CLOSES_CONNECTION.has(type) ? { Connection: "close" } : {};
  return {
    status: body.status,
    headers: { "Content-Type": "application/problem+json", "Cache-Control": "no-store", ...connection, ...headers },
    body: JSON.stringify(body),
  };
}

function methodNotAllowed(method: string, path: string, why = `${method} is not supported here`): EarlyAnswer {
  const allow = [...methodsFor(path), "OPTIONS"].join(", ");
  return problem("method-not-allowed", `${why}; use ${allow}.`, path, { Allow: allow });
}

/**
 * null when Next.js can take the request. An absolute-form target (RFC 9112 3.2.2) is rewritten in place to
 * origin-form, its authority becoming Host, as the origin server must do; Next.js would redirect to it instead.
 */
export function rejectBeforeRouting(request: RequestHead): EarlyAnswer | null {
  const method = request.method ?? "GET";
  if (request.url?.charCodeAt(0) !== 0x2f /* "/" */) {
    const answer = nonOriginForm(request, method);
    if (answer) return answer;
  }
  const url = request.url ?? "/";
  if (url.length > MAX_TARGET_LENGTH) {
    return problem("uri-too-long", `The request target is longer than ${MAX_TARGET_LENGTH} characters.`, "/");
  }
  const hostProblem = hostFieldProblem(request);
  if (hostProblem) return problem("malformed-request", hostProblem, "/");
  const transferCoding = request.headers["transfer-encoding"];
  if (transferCoding !== undefined) {
    const answer = transferCodingProblem(transferCoding);
    if (answer) return answer;
  }

  const pathname = pathOf(url);
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return problem("not-found", "The path is not valid percent-encoded UTF-8, so it names nothing here.", pathname);
  }
  if (!METHODS_NEXT_ROUTES.has(method)) return methodNotAllowed(method, decoded);
  return null;
}

/** `*` (asterisk-form, OPTIONS only), absolute-form (rewritten), and anything else that is no path: 400. */
function nonOriginForm(request: RequestHead, method: string): EarlyAnswer | null {
  const target = request.url ?? "";
  if (target === "*") {
    if (method === "OPTIONS") return { status: 204, headers: { Allow: SERVER_METHODS }, body: "" };
    return problem("malformed-request", `${method} * is not a request: only OPTIONS may name the server as a whole (*).`, "/");
  }
  const absolute = ABSOLUTE_FORM.exec(target);
  if (!absolute) {
    return problem("malformed-request", "The request target must be a path starting with /, or an absolute http(s) URL.", "/");
  }
  const [, authority = "", rest = ""] = absolute;
  // RFC 9110 4.2.4: userinfo in an http(s) URI is an error (it is a way to disguise the host).
  if (authority === "" || authority.includes("@") || !HOST_VALUE.test(authority)) {
    return problem("malformed-request", "The absolute request target names no valid host.", "/");
  }
  request.url = rest === "" ? "/" : rest.startsWith("?") ? `/${rest}` : rest;
  request.headers.host = authority;
  return null;
}

/** RFC 9112 3.2: an HTTP/1.1 request has exactly one Host field line, with a valid value. */
function hostFieldProblem(request: RequestHead): string | null {
  const host = request.headers.host;
  if (host === undefined) {
    return request.httpVersion === "1.0" ? null : "An HTTP/1.1 request must carry a Host header field (RFC 9112 3.2).";
  }
  // Node keeps only the first of repeated Host lines, so count them in the raw list.
  const raw = request.rawHeaders;
  let lines = 0;
  for (let i = 0; i < raw.length; i += 2) {
    const name = raw[i]!;
    if (name.length === 4 && name.toLowerCase() === "host") lines++;
  }
  if (lines > 1) return "The request carries more than one Host header field line (RFC 9112 3.2).";
  if (!HOST_VALUE.test(host)) return "The Host header field is not a valid host[:port] (RFC 9112 3.2).";
  return null;
}

/**
 * Node's parser frames `chunked` and refuses a coding after it, but passes `gzip, chunked` through with the
 * gzip bytes undecoded. A coding we do not decode is 501 (RFC 9112 6.1), not a body misread as JSON.
 */
function transferCodingProblem(value: string): EarlyAnswer | null {
  const codings = value.toLowerCase().split(",").map((coding) => coding.trim()).filter(Boolean);
  const other = codings.find((coding) => coding !== "chunked");
  if (other !== undefined) {
    return problem("transfer-coding-not-implemented", `The transfer coding ${JSON.stringify(other)} is not supported; send the body chunked or with a Content-Length.`, "/");
  }
  if (codings.length > 1) return problem("malformed-request", "The body is chunked more than once (RFC 9112 7).", "/");
  return null;
}

/**
 * A body whose Content-Length is over what any resource here accepts is refused before routing, as nginx in
 * front refuses it (client_max_body_size): no resource would take it, and answering here is what lets the
 * connection close gracefully while the client is still sending (lib/server/lingering-close.ts).
 */
export function declaredTooLarge(request: RequestHead): EarlyAnswer | null {
  const declared = request.headers["content-length"];
  if (declared === undefined || !(Number(declared) > MAX_REQUEST_BYTES)) return null;
  return problem("content-too-large", tooLargeDetail(MAX_REQUEST_BYTES), pathOf(request.url ?? "/"),
    { Connection: "close" }, { limit: MAX_REQUEST_BYTES });
}

/** A Host that is not one of the app's own names (lib/http/trusted-hosts.ts): 421, and nothing else happens. */
export function misdirected(request: RequestHead): EarlyAnswer {
  return problem("misdirected-request",
    `This server does not answer to ${JSON.stringify(request.headers.host ?? "")}: address it by one of its own names.`,
    pathOf(request.url ?? "/"));
}

/** CONNECT asks for a tunnel; this is an origin server, not a proxy (RFC 9110 9.3.6). */
export function connectAnswer(target: string | undefined): EarlyAnswer {
  const path = target?.startsWith("/") ? target.split("?")[0]! : "/";
  return methodNotAllowed("CONNECT", path, "CONNECT is not supported: this server is not a proxy");
}

/** The answer to an Expect other than 100-continue (RFC 9110 10.1.1). */
export function expectationFailedAnswer(expect: string | undefined, path: string): EarlyAnswer {
  return problem("expectation-failed", `The expectation ${JSON.stringify(expect ?? "")} is not supported; only 100-continue is.`, path);
}

// A method token (RFC 9110 5.6.2) followed by the space before the target.
const TOKEN_THEN_SPACE = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+ /;

/** The answer to what Node's HTTP parser could not read, from its error code and the bytes it stopped at. */
export function malformedRequestProblem(errorCode: string | undefined, rawPacket?: Buffer): EarlyAnswer {
  const start = rawPacket?.subarray(0, Math.min(rawPacket.length, MAX_TARGET_LENGTH + 64)).toString("latin1") ?? "";
  if (errorCode === "HPE_HEADER_OVERFLOW") {
    // The limit covers the request line too: a request line that alone fills it is a URI too long (15.5.15).
    const lineEnd = start.indexOf("\r\n");
    if (TOKEN_THEN_SPACE.test(start) && (lineEnd === -1 || lineEnd > MAX_TARGET_LENGTH)) {
      return problem("uri-too-long", `The request target is longer than ${MAX_TARGET_LENGTH} characters.`, "/");
    }
    return problem("header-fields-too-large", "The request's header fields exceed 16 KiB.", "/");
  }
  // A well-formed method token the parser does not know (`get`, `BREW`) is not implemented (RFC 9110 9.1).
  if (errorCode === "HPE_INVALID_METHOD" && TOKEN_THEN_SPACE.test(start)) {
    const method = start.slice(0, start.indexOf(" "));
    return problem("method-not-implemented", `The method ${JSON.stringify(method.slice(0, 40))} is not one this server implements (methods are case-sensitive).`, "/");
  }
  return problem("malformed-request", "The request could not be parsed as HTTP/1.1.", "/");
}

const REASONS: Record<number, string> = {
  400: "Bad Request", 405: "Method Not Allowed", 413: "Content Too Large", 421: "Misdirected Request", 414: "URI Too Long", 431: "Request Header Fields Too Large",
  501: "Not Implemented",
};

/** An answer written straight to a socket, when there is no response object to write it with. */
export function rawHttpAnswer(answer: EarlyAnswer): string {
  const headers = Object.entries({
    ...SECURITY_HEADERS, "Content-Security-Policy": RESOURCE_CSP,
    ...answer.headers, Date: new Date().toUTCString(), "Content-Length": String(Buffer.byteLength(answer.body)), Connection: "close",
  }).map(([name, value]) => `${name}: ${value}\r\n`).join("");
  return `HTTP/1.1 ${answer.status} ${REASONS[answer.status] ?? ""}\r\n${headers}\r\n${answer.body}`;
}
