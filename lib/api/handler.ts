// Wraps every route handler: problems thrown while parsing become problem responses, anything unexpected
// becomes a logged 500 problem, and HEAD answers carry the headers of GET without the body.
import { formatHttpDate } from "@/lib/http";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";
import { problemResponse, ProblemError, type ProblemType } from "./problem";

/** Seconds a client waits before retrying when the database is unavailable (a restart takes a few). */
const RETRY_AFTER_SECONDS = 2;

type RouteContext<Params> = { params: Promise<Params> };
type Handler<Params> = (request: Request, params: Params) => Promise<Response>;

export function route<Params>(handler: Handler<Params>) {
  return async (request: Request, context: RouteContext<Params>): Promise<Response> => {
    const instance = new URL(request.url).pathname;
    let response: Response;
    try {
      response = await handler(request, await context.params);
    } catch (error) {
      if (error instanceof ProblemError) {
        response = problemResponse(error.type, { detail: error.detail, instance, extensions: error.extensions, headers: error.headers });
      } else if (isDatabaseUnavailable(error)) {
        // Down or restarting: a state that passes, so say when to come back instead of failing for good.
        response = problemResponse("service-unavailable", {
          detail: "The database cannot be reached just now; nothing was changed. Retry in a few seconds.",
          instance, headers: { "Retry-After": String(RETRY_AFTER_SECONDS) },
        });
      } else {
        console.error(`${request.method} ${instance} failed`, error);
        response = problemResponse("internal-error", { detail: "The request could not be completed; nothing was changed.", instance });
      }
    }
    // Node stamps Date from a clock it refreshes once a second, late under load; a save in that gap would get
    // a Last-Modified later than Date (RFC 9110 8.8.2.1 forbids it). Stamp it now, after all the work. Times
    // come from the database's clock, and this instance's clock may be behind it: Date is never the earlier.
    const now = Date.now();
    const lastModified = Date.parse(response.headers.get("Last-Modified") ?? "");
    response.headers.set("Date", formatHttpDate(new Date(lastModified > now ? lastModified : now)));
    if (request.method === "HEAD" && response.body) {
      return new Response(null, { status: response.status, headers: response.headers });
    }
    return response;
  };
}

/** A problem for the current request, for handlers that return rather than throw. */
export function problemFor(request: Request, type: ProblemType, detail: string,
  extensions?: Record<string, unknown>, headers?: Record<string, string>): Response {
  return problemResponse(type, { detail, instance: new URL(request.url).pathname, extensions, headers });
}

/**
 * What a resource answers to methods it does not implement: 405 with the methods it does (RFC 9110 15.5.6),
 * and OPTIONS listing them (9.3.7). Next.js would otherwise list every exported handler, 405 ones included.
 */
export function otherMethods(allow: readonly string[]) {
  const allowHeader = [...allow, "OPTIONS"].join(", ");
  return {
    notAllowed: route<unknown>(async (request) =>
      problemFor(request, "method-not-allowed", `${request.method} is not supported here; use ${allow.join(", ")}.`,
        { allow: [...allow, "OPTIONS"] }, { Allow: allowHeader })),
    options: async () => new Response(null, { status: 204, headers: { Allow: allowHeader } }),
  };
}
