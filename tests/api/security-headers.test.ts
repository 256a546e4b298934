// Every answer carries the security header fields: pages (with a Content-Security-Policy whose nonce is
// fresh per response and on every script the page renders), API answers, problems, static files, the
// server's own early answers, and, through nginx, nginx's own answers.
import net from "node:net";
import { describe, expect, it } from "vitest";
import { baseUrl, createNote, send, sendRaw, type Received } from "./client";
import { topology } from "./topology";

const FIXED = {
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "x-frame-options": "DENY",
  "cross-origin-opener-policy": "same-origin",
};

function expectSecurityHeaders(response: Pick<Received, "headers" | "status">, what: string) {
  for (const [name, value] of Object.entries(FIXED)) expect(response.headers.get(name), `${what}: ${name}`).toBe(value);
  expect(response.headers.get("permissions-policy"), what).toMatch(/camera=\(\)/);
  const policy = response.headers.get("content-security-policy");
  expect(policy, `${what}: content-security-policy`).toMatch(/frame-ancestors 'none'/);
  expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  return policy!;
}

const nonceOf = (policy: string) => /'nonce-([A-Za-z0-9+/=]+)'/.exec(policy)?.[1] ?? null;

describe("security header fields", () => {
  it("a page's policy has a fresh nonce, and every script on the page carries it", async () => {
    const { path } = await createNote("Headers", "Some text.\n");
    const pages = ["/", `/notes${path.slice("/api/notes".length)}`, "/demo", "/deleted"];
    const nonces = new Set<string>();
    for (const page of pages) {
      const response = await send(page);
      expect(response.status, page).toBe(200);
      const policy = expectSecurityHeaders(response, page);
      const nonce = nonceOf(policy);
      expect(nonce, `${page}: ${policy}`).not.toBeNull();
      expect(policy).toMatch(/script-src 'nonce-[^']+' 'strict-dynamic'/);
      nonces.add(nonce!);
      const scripts = [...response.text.matchAll(/<script\b[^>]*>/g)].map((match) => match[0]);
      expect(scripts.length, page).toBeGreaterThan(0);
      for (const script of scripts) expect(script, page).toContain(`nonce="${nonce}"`);
    }
    expect(nonces.size).toBe(pages.length);
  });

  it("API answers, problems and static files carry them, with a policy under which nothing runs", async () => {
    const home = await send("/");
    const asset = /\/_next\/static\/[^"']+\.js/.exec(home.text)?.[0];
    expect(asset).toBeDefined();
    for (const [path, status] of [["/api/notes", 200], ["/api/notes/nobody-has-this-id", 404], ["/api/nowhere", 404], [asset!, 200], ["/icon.svg", 200]] as const) {
      const response = await send(path);
      expect(response.status, path).toBe(status);
      expect(expectSecurityHeaders(response, path)).toMatch(/default-src 'none'/);
    }
  });

  it("answers decided before routing carry them too: a method nobody implements, an oversize body", async () => {
    const trace = await sendRaw("/api/notes", { method: "TRACE" });
    expect(trace.status).toBe(405);
    expectSecurityHeaders(trace, "TRACE");
    const tooLarge = await send("/api/notes", { method: "POST", body: { title: "x", body: "y".repeat(3 * 1024 * 1024 + 10) } });
    expect(tooLarge.status).toBe(413);
    expectSecurityHeaders(tooLarge, "413");
  });

  it.skipIf(topology !== "cluster")("nginx's own answers carry them (a request line nginx refuses)", async () => {
    const { hostname, port } = new URL(baseUrl);
    const raw = await new Promise<string>((resolve) => {
      const socket = net.connect(Number(port), hostname);
      let answer = "";
      socket.on("data", (chunk: Buffer) => void (answer += chunk.toString("latin1")));
      socket.on("close", () => resolve(answer));
      socket.on("error", () => resolve(answer));
      socket.write(`GET /api/notes HTTP/1.1\r\nHost: ${hostname}\r\nIf-Match: "v1"\r\nIf-Match: "v2"\r\n\r\n`);
    });
    expect(raw).toMatch(/^HTTP\/1\.1 400/);
    const headers = new Headers(raw.slice(raw.indexOf("\r\n") + 2, raw.indexOf("\r\n\r\n")).split("\r\n").map((line) => {
      const colon = line.indexOf(":");
      return [line.slice(0, colon), line.slice(colon + 1).trim()] as [string, string];
    }));
    expectSecurityHeaders({ headers, status: 400 }, "nginx 400");
  });
});
