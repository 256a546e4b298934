// The production server: Next.js behind a thin node:http layer that answers, as problem details, the requests
// Next.js cannot take (see lib/api/early-rejection.ts). Everything else goes to Next.js untouched.
import http from "node:http";
import type { Duplex } from "node:stream";
import next from "next";
import {
  connectAnswer, declaredTooLarge, expectationFailedAnswer, malformedRequestProblem, misdirected, rawHttpAnswer,
  rejectBeforeRouting, type EarlyAnswer,
} from "@/lib/api/early-rejection";
import { hostPolicyFrom, isOwnHost, requestHost } from "@/lib/http/trusted-hosts";
import { dropUntrustedForwarding, trustedProxiesFrom } from "@/lib/server/forwarded";
import { RESOURCE_CSP, SECURITY_HEADERS } from "@/lib/http/security-headers";
import { serveCompressedStatic } from "@/lib/server/compressed-static";
import { answerAndLinger } from "@/lib/server/lingering-close";

const port = Number(process.env.PORT ?? 3000);
// Not HOSTNAME: container runtimes set that to the container's own name.
const hostname = process.env.HOST ?? "0.0.0.0";

function answer(request: http.IncomingMessage, response: http.ServerResponse, early: EarlyAnswer) {
  response.writeHead(early.status, early.headers);
  response.end(request.method === "HEAD" || early.body === "" ? undefined : early.body);
}

// Read once at start: a bad APP_ORIGIN stops the server here, not on the first request.
const hostPolicy = hostPolicyFrom(process.env.APP_ORIGIN);
const trustedProxies = trustedProxiesFrom(process.env.TRUST_PROXY);

async function main() {
  const app = next({ dev: false, dir: import.meta.dirname, hostname, port });
  const handle = app.getRequestHandler();
  await app.prepare();
  // Node would answer a request without Host itself, with an empty 400; rejectBeforeRouting gives a problem.
  const server = http.createServer({ requireHostHeader: false }, (request, response) => {
    // Every answer carries the security header fields; a page's own policy (with its nonce, proxy.ts)
    // replaces the fixed one.
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.setHeader(name, value);
    response.setHeader("Content-Security-Policy", RESOURCE_CSP);
    dropUntrustedForwarding(request, trustedProxies);
    const early = rejectBeforeRouting(request);
    if (early) return answer(request, response, early);
    // Only the app's own names (DNS rebinding finds nothing): 421 before anything else looks at the request.
    const forwarded = request.headers["x-forwarded-host"];
    const host = requestHost(typeof forwarded === "string" ? forwarded : undefined, request.headers.host);
    const protocol = request.headers["x-forwarded-proto"] === "https" ? "https:" : "http:";
    if (!isOwnHost(host, hostPolicy, protocol)) return answer(request, response, misdirected(request));
    // Too large to take: answered on the socket, which then closes gracefully (the client is still sending).
    const tooLarge = declaredTooLarge(request);
    if (tooLarge) return answerAndLinger(request, rawHttpAnswer(tooLarge));
    if (!serveCompressedStatic(import.meta.dirname, request, response)) void handle(request, response);
  });
  // Without these listeners Node closes the connection on CONNECT, and answers an unknown Expect with an
  // empty 417.
  server.on("connect", (request: http.IncomingMessage, socket: Duplex) => {
    // Node hands the socket over without its error listener: a client that resets it must not crash the server.
    socket.on("error", () => socket.destroy());
    socket.end(rawHttpAnswer(connectAnswer(request.url)));
  });
  server.on("checkExpectation", (request: http.IncomingMessage, response: http.ServerResponse) =>
    answer(request, response, expectationFailedAnswer(request.headers.expect, "/")));
  server.on("clientError", (error: NodeJS.ErrnoException & { rawPacket?: Buffer }, socket) => {
    if (socket.writable) socket.end(rawHttpAnswer(malformedRequestProblem(error.code, error.rawPacket)));
    else socket.destroy();
  });
  server.listen(port, hostname, () => console.log(`Midair Notes is ready on http://localhost:${port}`));
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.close(() => process.exit(0)));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
