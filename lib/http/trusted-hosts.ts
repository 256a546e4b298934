// Which hosts and origins are this app's own. A browser sends the name it looked up in Host, so a page of
// evil.example whose name is made to resolve to this server (DNS rebinding) reaches it with
// `Host: evil.example` and `Origin: http://evil.example`: both agree with each other, so only a list of the
// app's own names tells such a request apart. The deployment names its origins in APP_ORIGIN (a comma-separated
// list, such as `https://notes.example.com`); without it the app answers to loopback names only (localhost,
// 127.0.0.1, [::1], on any port), which no rebinding name can be. Pure.

export type HostPolicy =
  | { kind: "listed"; origins: ReadonlySet<string>; hosts: ReadonlySet<string> }
  | { kind: "loopback" };

const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);
const DEFAULT_PORT: Record<string, string> = { "http:": "80", "https:": "443" };

/** The policy APP_ORIGIN describes; a value that is not a list of http(s) origins is a configuration error. */
export function hostPolicyFrom(appOrigin: string | undefined): HostPolicy {
  const entries = (appOrigin ?? "").split(",").map((entry) => entry.trim()).filter(Boolean);
  if (!entries.length) return { kind: "loopback" };
  const origins = new Set<string>();
  const hosts = new Set<string>();
  for (const entry of entries) {
    let url: URL;
    try {
      url = new URL(entry);
    } catch {
      throw new Error(`APP_ORIGIN must list origins such as https://notes.example.com; ${JSON.stringify(entry)} is not one`);
    }
    if (!DEFAULT_PORT[url.protocol] || url.pathname !== "/" || url.search || url.hash || url.username) {
      throw new Error(`APP_ORIGIN must list http(s) origins without a path; ${JSON.stringify(entry)} is not one`);
    }
    origins.add(url.origin);
    // A Host field names the port only when it is not the scheme's default.
    hosts.add(url.host);
  }
  return { kind: "listed", origins, hosts };
}

/** host[:port] as a Host field carries it, lowercased, with the port dropped when it is the default one. */
function normalHost(host: string, protocol = "http:"): string {
  const lower = host.toLowerCase();
  const colon = lower.lastIndexOf(":");
  if (colon > lower.lastIndexOf("]") && lower.slice(colon + 1) === DEFAULT_PORT[protocol]) return lower.slice(0, colon);
  return lower;
}

function hostnameOf(host: string): string {
  const lower = host.toLowerCase();
  if (lower.startsWith("[")) return lower.slice(0, lower.indexOf("]") + 1);
  const colon = lower.indexOf(":");
  return colon === -1 ? lower : lower.slice(0, colon);
}

/**
 * The host a request was sent to: the first X-Forwarded-Host when a trusted proxy set one (untrusted ones are
 * removed before routing, server.ts), its Host otherwise.
 */
export function requestHost(forwardedHost: string | null | undefined, host: string | null | undefined): string | undefined {
  return forwardedHost ? forwardedHost.split(",")[0]!.trim() : (host ?? undefined);
}

/** Whether a request whose Host field is `host` is meant for this app (a request without Host is HTTP/1.0's). */
export function isOwnHost(host: string | undefined, policy: HostPolicy, protocol = "http:"): boolean {
  if (host === undefined) return true;
  if (policy.kind === "loopback") return LOOPBACK.has(hostnameOf(host));
  return policy.hosts.has(normalHost(host, protocol));
}

/**
 * Whether `origin` (a request's Origin field) is a page of this app. With listed origins, it must be one of
 * them; with the loopback default, it must be the very origin the request was sent to (`ownOrigin`), whose
 * host isOwnHost has already accepted.
 */
export function isOwnOrigin(origin: string, ownOrigin: string, policy: HostPolicy): boolean {
  const lower = origin.toLowerCase();
  return policy.kind === "listed" ? policy.origins.has(lower) : lower === ownOrigin.toLowerCase();
}
