// Requests the framework cannot take at all, answered before it sees them. Next.js builds a fetch Request for
// every request, and fetch refuses some methods (TRACE, TRACK, CONNECT) and fails on paths whose
// percent-encoding is broken; both would surface as a bare 500. They are a client's mistake: 405 or 404.
import { problemBody, type ProblemType } from "./problem";
import { methodsFor } from "./resource-methods";

const METHODS_NEXT_ROUTES = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);

export type EarlyAnswer = { status: number; headers: Record<string, string>; body: string };

function problem(type: ProblemType, detail: string, instance: string, headers: Record<string, string> = {}): EarlyAnswer {
  const body = problemBody(type, { detail, instance });
  return {
    status: body.status,
    headers: { "Content-Type": "application/problem+json", "Cache-Control": "no-store", ...headers },
    body: JSON.stringify(body),
  };
}

export function rejectBeforeRouting(method: string, rawUrl: string): EarlyAnswer | null {
  const pathname = rawUrl.split("?")[0] ?? "/";
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return problem("not-found", "The path is not valid percent-encoded UTF-8, so it names nothing here.", pathname);
  }
  if (!METHODS_NEXT_ROUTES.has(method)) {
    const allow = [...methodsFor(decoded), "OPTIONS"].join(", ");
    return problem("method-not-allowed", `${method} is not supported here; use ${allow}.`, pathname, { Allow: allow });
  }
  return null;
}

/**
 * The answer to a request Node's HTTP parser could not read at all (a lower-case method, a bad Content-Length,
 * header fields over the limit), written straight to the socket since there is no request to answer.
 */
export function malformedRequestAnswer(errorCode: string | undefined): string {
  const tooLarge = errorCode === "HPE_HEADER_OVERFLOW";
  const answer = problem(tooLarge ? "header-fields-too-large" : "malformed-request",
    tooLarge ? "The request's header fields exceed 16 KiB." : "The request could not be parsed as HTTP/1.1.", "/");
  const reason = tooLarge ? "Request Header Fields Too Large" : "Bad Request";
  const headers = Object.entries({ ...answer.headers, "Content-Length": String(Buffer.byteLength(answer.body)), Connection: "close" })
    .map(([name, value]) => `${name}: ${value}\r\n`).join("");
  return `HTTP/1.1 ${answer.status} ${reason}\r\n${headers}\r\n${answer.body}`;
}
