// The app answers only to its own names, and believes forwarded fields only from the proxy it was told of:
// DNS rebinding (a page of evil.example whose name resolves to this server) finds nothing, and a client's
// X-Forwarded-Host cannot make a foreign Origin look like this site's. Run directly and through nginx.
import { describe, expect, it } from "vitest";
import { baseUrl, createNote, send, sendRaw } from "./client";
import { expectProblem } from "./expect-http";

const { host: ownHost } = new URL(baseUrl);
const port = new URL(baseUrl).port;
const json = (value: unknown) => [Buffer.from(JSON.stringify(value))];

describe("the app's own names", () => {
  it.each(["/api/notes", "/", "/api/health"])("GET %s with another Host is a 421 problem", async (path) => {
    const response = await sendRaw(path, { headers: { Host: `evil.example:${port}` } });
    expectProblem(response, 421);
    expect(response.json.detail).toMatch(/evil\.example/);
  });

  it("a rebinding write (Host and Origin both the attacker's name) is refused and changes nothing", async () => {
    const { path, etag, note } = await createNote("Rebinding", "untouched\n");
    const response = await sendRaw(path, {
      method: "PATCH",
      headers: { Host: `evil.example:${port}`, Origin: `http://evil.example:${port}`, "Content-Type": "application/merge-patch+json", "If-Match": etag },
      chunks: json({ body: "overwritten" }),
    });
    expectProblem(response, 421);
    expect((await send(path)).json).toEqual(note);
  });

  it("loopback names on this port are the app's own", async () => {
    for (const name of ["localhost", "127.0.0.1"]) {
      expect((await sendRaw("/api/health", { headers: { Host: `${name}:${port}` } })).status, name).toBe(200);
    }
  });
});

describe("forwarded fields and origins", () => {
  it("a client's X-Forwarded-Host does not make a foreign Origin this site's", async () => {
    const response = await sendRaw("/api/notes", {
      method: "POST",
      headers: { Host: ownHost, Origin: "http://evil.example", "X-Forwarded-Host": "evil.example", "Content-Type": "application/json" },
      chunks: json({ title: "Forged", body: "" }),
    });
    expectProblem(response, 403);
  });

  it("a write carrying cookies must name its page (Origin) or be same-origin; a program without cookies need not", async () => {
    const body = { title: "Cookie", body: "" };
    expectProblem(await send("/api/notes", { method: "POST", headers: { Cookie: "session=x" }, body }), 403);
    expect((await send("/api/notes", { method: "POST", headers: { Cookie: "session=x", "Sec-Fetch-Site": "same-origin" }, body })).status).toBe(201);
    expect((await send("/api/notes", { method: "POST", headers: { Cookie: "session=x", Origin: `http://${ownHost}` }, body })).status).toBe(201);
    expect((await send("/api/notes", { method: "POST", body })).status).toBe(201);
  });
});
