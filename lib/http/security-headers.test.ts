import { describe, expect, it } from "vitest";
import { newNonce, pageContentSecurityPolicy, RESOURCE_CSP, SECURITY_HEADERS } from "./security-headers";

const directives = (policy: string) => new Map(policy.split(";").map((part) => {
  const [name = "", ...values] = part.trim().split(/\s+/);
  return [name, values] as const;
}));

describe("a page's Content-Security-Policy", () => {
  const policy = directives(pageContentSecurityPolicy("abc123=="));

  it("lets scripts run only with this response's nonce, never 'unsafe-inline'", () => {
    expect(policy.get("script-src")).toEqual(["'nonce-abc123=='", "'strict-dynamic'"]);
    expect(pageContentSecurityPolicy("n")).not.toContain("'unsafe-inline' ");
    expect(policy.get("script-src")).not.toContain("'unsafe-inline'");
    expect(policy.get("script-src")).not.toContain("'unsafe-eval'");
  });

  it("forbids framing, plugins and a foreign base, and talks to its own origin only", () => {
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'none'"]);
    expect(policy.get("connect-src")).toEqual(["'self'"]);
  });

  it("adds 'unsafe-eval' in development only", () => {
    expect(directives(pageContentSecurityPolicy("n", { development: true })).get("script-src")).toContain("'unsafe-eval'");
  });
});

describe("every other response", () => {
  it("runs nothing and may not be framed", () => {
    const policy = directives(RESOURCE_CSP);
    expect(policy.get("default-src")).toEqual(["'none'"]);
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
  });

  it("carries nosniff, a referrer policy, a permissions policy and no framing", () => {
    expect(SECURITY_HEADERS).toMatchObject({ "X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer", "X-Frame-Options": "DENY" });
    expect(SECURITY_HEADERS["Permissions-Policy"]).toMatch(/camera=\(\)/);
  });
});

describe("nonces", () => {
  it("are fresh each time, 128 bits in base64", () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});
