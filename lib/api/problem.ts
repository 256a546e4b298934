// Problem details (RFC 9457): every error the API sends has this shape, a stable `type` per kind of
// problem, and `Cache-Control: no-store`, so that no cache keeps an error in place of a note.

export const PROBLEM_TYPES = {
  "invalid-json": { status: 400, title: "The request body is not valid JSON" },
  "invalid-body": { status: 400, title: "The request body does not describe a note" },
  "invalid-editor-name": { status: 400, title: "The Editor-Name header is not a usable name" },
  "invalid-query": { status: 400, title: "The query string is not usable here" },
  "malformed-request": { status: 400, title: "The request is not valid HTTP" },
  "cross-origin-write": { status: 403, title: "Writes are only accepted from this site" },
  "not-found": { status: 404, title: "No such resource" },
  "method-not-allowed": { status: 405, title: "Method not allowed" },
  "gone": { status: 410, title: "The note was deleted" },
  "precondition-failed": { status: 412, title: "The note is not in the state the request names" },
  "content-too-large": { status: 413, title: "The request body is too large" },
  "misdirected-request": { status: 421, title: "This server does not answer to that name" },
  "uri-too-long": { status: 414, title: "The request target is too long" },
  "unsupported-media-type": { status: 415, title: "Unsupported media type" },
  "expectation-failed": { status: 417, title: "The expectation cannot be met" },
  "precondition-required": { status: 428, title: "This request must be conditional" },
  "too-many-tabs": { status: 429, title: "Too many tabs have this note open" },
  "header-fields-too-large": { status: 431, title: "The request's header fields are too large" },
  "internal-error": { status: 500, title: "Something went wrong on the server" },
  "method-not-implemented": { status: 501, title: "The method is not implemented" },
  "transfer-coding-not-implemented": { status: 501, title: "The transfer coding is not implemented" },
  "bad-gateway": { status: 502, title: "The server behind the proxy did not answer properly" },
  "service-unavailable": { status: 503, title: "The service is unavailable for a moment" },
  "gateway-timeout": { status: 504, title: "The server behind the proxy did not answer in time" },
} as const;

export type ProblemType = keyof typeof PROBLEM_TYPES;

/** Where each problem type is described for people (served by the app under /problems). */
export function problemTypeUri(type: ProblemType): string {
  return `/problems/${type}`;
}

export type ProblemInit = {
  detail: string;
  /** The request path the problem occurred on. */
  instance: string;
  /** Extension members clients can rely on (RFC 9457 3.2). */
  extensions?: Record<string, unknown>;
  headers?: Record<string, string>;
};

export function problemBody(type: ProblemType, init: Pick<ProblemInit, "detail" | "instance" | "extensions">) {
  const { status, title } = PROBLEM_TYPES[type];
  return { type: problemTypeUri(type), title, status, detail: init.detail, instance: init.instance, ...init.extensions };
}

export function problemResponse(type: ProblemType, init: ProblemInit): Response {
  const body = problemBody(type, init);
  return new Response(JSON.stringify(body), {
    status: body.status,
    headers: {
      "Content-Type": "application/problem+json",
      "Cache-Control": "no-store",
      ...init.headers,
    },
  });
}

/** Thrown by request parsing; the route wrapper turns it into a problem response. */
export class ProblemError extends Error {
  constructor(readonly type: ProblemType, readonly detail: string, readonly extensions?: Record<string, unknown>,
    readonly headers?: Record<string, string>) {
    super(detail);
  }
}
