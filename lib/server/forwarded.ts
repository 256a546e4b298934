// X-Forwarded-* say what a reverse proxy saw (the client's address, the scheme, the host). Any client can send
// them, so they count only when the request comes from a proxy the deployment names in TRUST_PROXY (a
// comma-separated list of addresses, such as `127.0.0.1` for nginx on the same machine); from anyone else
// they are removed before the app sees the request. deploy/nginx.conf sets them itself, replacing a client's.
import type { IncomingMessage } from "node:http";

const FORWARDED = ["x-forwarded-host", "x-forwarded-proto", "x-forwarded-for", "x-forwarded-port", "forwarded"];

export function trustedProxiesFrom(value: string | undefined): ReadonlySet<string> {
  return new Set((value ?? "").split(",").map((entry) => normalAddress(entry.trim())).filter(Boolean));
}

/** An IPv4 peer on a dual-stack socket is `::ffff:127.0.0.1`. */
function normalAddress(address: string): string {
  return address.startsWith("::ffff:") ? address.slice("::ffff:".length) : address;
}

/** Drops the forwarded fields unless the peer is a trusted proxy. */
export function dropUntrustedForwarding(request: IncomingMessage, trusted: ReadonlySet<string>): void {
  if (trusted.size && trusted.has(normalAddress(request.socket.remoteAddress ?? ""))) return;
  for (const name of FORWARDED) delete request.headers[name];
}
