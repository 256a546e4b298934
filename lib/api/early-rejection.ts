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
