// Writes are accepted only from this site. A browser names the page that sent a request in `Origin` (and, in
// `Sec-Fetch-Site`, how it relates to this site); a page on another site must not be able to change or delete
// notes (cross-site request forgery). The request's own Host was checked before routing (server.ts): only the
// app's own names get this far, so a page reached through another name (DNS rebinding) never does.
//
// A request that carries cookies comes from a browser, which always names its page on a write: one naming
// none is refused. A program (curl, a script) sends no cookies and needs no Origin.
import { hostPolicyFrom, isOwnOrigin, requestHost } from "@/lib/http/trusted-hosts";
import { ProblemError } from "./problem";

const hostPolicy = hostPolicyFrom(process.env.APP_ORIGIN);

function requestOrigin(request: Request): string {
  const url = new URL(request.url);
  // Forwarded fields reach this far only from a proxy the deployment trusts (TRUST_PROXY, server.ts).
  const host = requestHost(request.headers.get("x-forwarded-host"), request.headers.get("host")) ?? url.host;
  const protocol = request.headers.get("x-forwarded-proto") ?? url.protocol.replace(":", "");
  return `${protocol}://${host}`.toLowerCase();
}

export function assertSameOrigin(request: Request): void {
  const origin = request.headers.get("origin");
  const fetchSite = request.headers.get("sec-fetch-site");
  const fromBrowser = request.headers.has("cookie");
  const crossSite = (origin !== null && !isOwnOrigin(origin, requestOrigin(request), hostPolicy)) || fetchSite === "cross-site"
    || (fromBrowser && origin === null && fetchSite !== "same-origin" && !request.headers.get("authorization")?.startsWith("Bearer "));
  if (crossSite) {
    throw new ProblemError("cross-origin-write",
      origin === null ? "A browser's write must name its page (Origin) or come from this site (Sec-Fetch-Site: same-origin)."
        : `Requests from ${origin} may not change notes.`);
  }
}
