// The build's static files (/_next/static/...: versioned names, never changed) sent gzipped to clients that
// accept it, when `npm start` serves directly. Next.js compresses all or nothing (`compress`), and the API must
// stay uncompressed: a strong ETag names one exact representation (docs/decisions/0002). So Next.js keeps
// `compress: false` and this serves just these files, gzipped once and kept in memory.
import fs from "node:fs";
import type http from "node:http";
import path from "node:path";
import zlib from "node:zlib";

const PREFIX = "/_next/static/";
const TYPES: Record<string, string> = {
  ".js": "application/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".txt": "text/plain; charset=utf-8",
  ".map": "application/json",
};
const gzipped = new Map<string, Buffer | null>();

function acceptsGzip(header: string | string[] | undefined): boolean {
  const value = Array.isArray(header) ? header.join(",") : header ?? "";
  return value.split(",").some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(";");
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    return (coding === "gzip" || coding === "*") && (!q || Number(q.slice(2)) > 0);
  });
}

/** Answers the request when it is for a compressible static file and the client takes gzip; else false. */
export function serveCompressedStatic(projectDir: string, request: http.IncomingMessage, response: http.ServerResponse): boolean {
  const url = request.url ?? "";
  if (!url.startsWith(PREFIX) || (request.method !== "GET" && request.method !== "HEAD")) return false;
  if (!acceptsGzip(request.headers["accept-encoding"])) return false;
  let relative: string;
  try {
    relative = decodeURIComponent(url.slice(PREFIX.length).split("?")[0] ?? "");
  } catch {
    return false;
  }
  const type = TYPES[path.extname(relative)];
  const root = path.join(projectDir, ".next", "static");
  const file = path.join(root, relative);
  if (!type || !file.startsWith(root + path.sep)) return false;
  if (!gzipped.has(file)) {
    let bytes: Buffer | null = null;
    try {
      bytes = zlib.gzipSync(fs.readFileSync(file), { level: 9 });
    } catch {
      // not a file of the build: Next.js answers (404)
    }
    gzipped.set(file, bytes);
  }
  const body = gzipped.get(file);
  if (!body) return false;
  response.writeHead(200, {
    "Content-Type": type,
    "Content-Encoding": "gzip",
    "Content-Length": body.length,
    "Cache-Control": "public, max-age=31536000, immutable",
    Vary: "Accept-Encoding",
  });
  response.end(request.method === "HEAD" ? undefined : body);
  return true;
}
