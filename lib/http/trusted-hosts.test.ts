import { describe, expect, it } from "vitest";
import { hostPolicyFrom, isOwnHost, isOwnOrigin, requestHost } from "./trusted-hosts";

describe("the app's own hosts", () => {
  describe("without APP_ORIGIN: loopback names only, on any port", () => {
    const policy = hostPolicyFrom(undefined);
    it.each([
      ["localhost:3000", true],
      ["LOCALHOST:8080", true],
      ["127.0.0.1:3200", true],
      ["127.0.0.1", true],
      ["[::1]:3000", true],
      ["evil.example:3000", false],
      ["evil.example", false],
      ["localhost.evil.example", false],
      ["127.0.0.1.nip.io:3000", false],
      ["10.0.0.5:3000", false],
    ])("Host %s: %s", (host, own) => expect(isOwnHost(host, policy)).toBe(own));

    it("a request without Host (HTTP/1.0) is not a rebinding attempt", () => expect(isOwnHost(undefined, policy)).toBe(true));

    it("a write's Origin must be the origin it was sent to", () => {
      expect(isOwnOrigin("http://localhost:3000", "http://localhost:3000", policy)).toBe(true);
      expect(isOwnOrigin("http://localhost:5000", "http://localhost:3000", policy)).toBe(false);
      expect(isOwnOrigin("http://evil.example:3000", "http://localhost:3000", policy)).toBe(false);
    });
  });

  describe("with APP_ORIGIN", () => {
    const policy = hostPolicyFrom("https://notes.example.com, http://intranet:8080");
    it.each([
      ["notes.example.com", "https:", true],
      ["notes.example.com:443", "https:", true],
      ["NOTES.example.com", "https:", true],
      ["intranet:8080", "http:", true],
      ["intranet", "http:", false],
      ["localhost:3000", "http:", false],
      ["evil.example", "https:", false],
    ])("Host %s over %s: %s", (host, protocol, own) => expect(isOwnHost(host, policy, protocol)).toBe(own));

    it("a write's Origin must be one of them", () => {
      expect(isOwnOrigin("https://notes.example.com", "https://notes.example.com", policy)).toBe(true);
      expect(isOwnOrigin("http://intranet:8080", "https://notes.example.com", policy)).toBe(true);
      expect(isOwnOrigin("https://evil.example", "https://evil.example", policy)).toBe(false);
    });
  });

  it.each(["notes.example.com", "ftp://notes.example.com", "https://notes.example.com/app", "https://u@notes.example.com"])(
    "refuses the APP_ORIGIN entry %j at start", (entry) => {
      expect(() => hostPolicyFrom(entry)).toThrow(/APP_ORIGIN/);
    });
});

describe("the host a request was sent to", () => {
  it.each([
    ["notes.example.com, proxy.internal", "127.0.0.1:3001", "notes.example.com"],
    [null, "localhost:3000", "localhost:3000"],
    ["", "localhost:3000", "localhost:3000"],
    [null, null, undefined],
  ])("X-Forwarded-Host %j, Host %j: %j", (forwarded, host, expected) => expect(requestHost(forwarded, host)).toBe(expected));
});
