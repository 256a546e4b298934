// Writes are accepted only from this site. A browser names the page that sent a request in `Origin`; a page
// on another site must not be able to change or delete notes (cross-site request forgery).
import { ProblemError } from "./problem";

function requestOrigin(request: Request): string {
  const url = new URL(request.url);
  // Behind a proxy the URL Next.js sees may differ from what the browser used; Host is what it asked for.
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host") ?? url.host;
  const protocol = request.headers.get("x-forwarded-proto") ?? url.protocol.replace(":", "");
  return `${protocol}://${host}`.toLowerCase();
}

export function assertSameOrigin(request: Request): void {
  const origin = request.headers.get("origin");
  const fetchSite = request.headers.get("sec-fetch-site");
  const crossSite = (origin !== null && origin.toLowerCase() !== requestOrigin(request)) || fetchSite === "cross-site";
  if (crossSite) {
    throw new ProblemError("cross-origin-write", `Requests from ${origin ?? "another site"} may not change notes.`);
  }
}
