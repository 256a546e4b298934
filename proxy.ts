// Every page gets a Content-Security-Policy with a nonce of its own (lib/http/security-headers.ts). Next.js
// reads the policy from the request's headers and puts the nonce on the scripts it renders, so the page's
// scripts run and nothing injected could. Pages are rendered per request already (they read the database),
// so the nonce costs no caching. API routes and static files carry the fixed policy server.ts sets.
import { NextResponse, type NextRequest } from "next/server";
import { newNonce, pageContentSecurityPolicy } from "@/lib/http/security-headers";

export function proxy(request: NextRequest) {
  const nonce = newNonce();
  const policy = pageContentSecurityPolicy(nonce, { development: process.env.NODE_ENV === "development" });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  // Pages only: not the API, the build's static files, or the icon.
  matcher: [{ source: "/((?!api/|_next/static/|_next/image|icon.svg|favicon.ico).*)" }],
};
