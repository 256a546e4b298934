// Static files of the build go compressed, API representations stay exact: a strong ETag names one byte
// sequence (docs/decisions/0002). Holds for `npm start` serving directly and through nginx.
import http from "node:http";
import zlib from "node:zlib";
import { describe, expect, it } from "vitest";
import { baseUrl, createNote } from "./client";

function get(path: string, headers: Record<string, string>): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  const url = new URL(baseUrl + path);
  return new Promise((resolve, reject) => {
    http.get({ host: url.hostname, port: url.port, path, headers }, (response) => {
      const parts: Buffer[] = [];
      response.on("data", (part: Buffer) => parts.push(part));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(parts) }));
    }).on("error", reject);
  });
}

describe("compression", () => {
  it("sends the build's JavaScript gzipped to clients that take gzip, and the same bytes uncompressed to others", async () => {
    const page = (await get("/", {})).body.toString("utf8");
    const scripts = [...new Set(page.match(/\/_next\/static\/[^"]+\.js/g) ?? [])];
    expect(scripts.length).toBeGreaterThan(0);
    let identityTotal = 0;
    let gzipTotal = 0;
    for (const script of scripts) {
      const plain = await get(script, { "Accept-Encoding": "identity" });
      const packed = await get(script, { "Accept-Encoding": "gzip, deflate" });
      expect(plain.status).toBe(200);
      expect(plain.headers["content-encoding"]).toBeUndefined();
      expect(packed.status).toBe(200);
      expect(packed.headers["content-encoding"]).toBe("gzip");
      expect(zlib.gunzipSync(packed.body).equals(plain.body)).toBe(true);
      identityTotal += plain.body.length;
      gzipTotal += packed.body.length;
    }
    expect(gzipTotal).toBeLessThan(identityTotal * 0.5);
  });

  it("never compresses an API representation, whose strong ETag stays exact", async () => {
    const { path, etag } = await createNote("compress me", "text ".repeat(2000));
    for (const target of [path, "/api/notes"]) {
      const response = await get(target, { "Accept-Encoding": "gzip, br, deflate" });
      expect(response.status).toBe(200);
      expect(response.headers["content-encoding"]).toBeUndefined();
      if (target === path) {
        expect(response.headers.etag).toBe(etag);
        expect(JSON.parse(response.body.toString("utf8")).body).toBe("text ".repeat(2000));
      }
    }
  });
});
