// Reading a request body safely: a size limit enforced while streaming, strict UTF-8, and JSON that must be
// an object. Each failure is a problem a client can act on, never a 500.
import { ProblemError } from "./problem";

/** 1 MiB of note text can take up to about 2 MiB once JSON-escaped; anything larger is refused early. */
export const MAX_REQUEST_BYTES = 3 * 1024 * 1024;

type MediaType = { essence: string; charset: string | null };

function parseMediaType(value: string): MediaType {
  const [essence = "", ...params] = value.split(";");
  let charset: string | null = null;
  for (const param of params) {
    const [name, ...rest] = param.split("=");
    if (name?.trim().toLowerCase() === "charset") charset = rest.join("=").trim().replace(/^"(.*)"$/, "$1").toLowerCase();
  }
  return { essence: essence.trim().toLowerCase(), charset };
}

/**
 * What the header fields alone say about the content, judged before a byte of it is read (and so before the
 * preconditions, RFC 9110 13.2.1): 415 unless the body is one of `accepted` (and UTF-8, the only charset JSON
 * has: RFC 8259 8.1), with no content coding: a gzipped body we would not decode is refused, not misread
 * (RFC 9110 8.4, 15.5.16); 413 when Content-Length already says it is too large.
 */
export function assertContentHeaders(request: Request, accepted: string[], extraHeaders?: Record<string, string>): void {
  const coding = request.headers.get("content-encoding");
  if (coding !== null && coding.trim().toLowerCase() !== "identity") {
    throw new ProblemError("unsupported-media-type", `Content-Encoding ${JSON.stringify(coding)} is not supported; send the body uncompressed.`,
      { accepted }, { "Accept-Encoding": "identity", ...extraHeaders });
  }
  const header = request.headers.get("content-type");
  const type = header === null ? null : parseMediaType(header);
  if (!type || !accepted.includes(type.essence) || (type.charset !== null && type.charset !== "utf-8")) {
    throw new ProblemError("unsupported-media-type",
      `Send the body as ${accepted.join(" or ")} (UTF-8); got ${header === null ? "no Content-Type" : JSON.stringify(header)}.`,
      { accepted }, extraHeaders);
  }
  const declared = request.headers.get("content-length");
  if (declared !== null && Number(declared) > MAX_REQUEST_BYTES) throw tooLarge(MAX_REQUEST_BYTES);
}

/** What a 413 says, wherever it is decided (here, or before routing: lib/api/early-rejection.ts). */
export function tooLargeDetail(limit: number): string {
  return `The request body is larger than ${limit} bytes; a note body may hold up to 1 MiB of text.`;
}

function tooLarge(limit: number): ProblemError {
  return new ProblemError("content-too-large", tooLargeDetail(limit), { limit });
}

/** A body sent without a Content-Length (chunked) is only known to be too large while it is read. */
async function readLimitedBytes(request: Request, limit: number): Promise<Uint8Array> {
  if (!request.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw tooLarge(limit);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** The body as a JSON object (not an array, string or null). Call assertContentHeaders first. */
export async function readJsonObject(request: Request): Promise<Record<string, unknown>> {
  const bytes = await readLimitedBytes(request, MAX_REQUEST_BYTES);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new ProblemError("invalid-json", "The request body is not valid UTF-8.");
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ProblemError("invalid-json", `The request body is not valid JSON: ${(error as Error).message}`);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new ProblemError("invalid-body", "The request body must be a JSON object.");
  }
  return value as Record<string, unknown>;
}
