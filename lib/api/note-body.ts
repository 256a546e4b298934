// The members a client may send for a note, validated with zod: exactly `title` and `body`, strings,
// within their limits. Any other member, a wrong type or a null is refused naming the member.
import "server-only";
import { z } from "zod";
import { MAX_BODY_BYTES, MAX_TITLE_LENGTH } from "@/lib/notes/note";
import type { NoteContent } from "@/lib/notes/repository";
import { ProblemError } from "./problem";

// A lone surrogate cannot be stored as UTF-8: it would silently become U+FFFD, so it is refused instead.
const LONE_SURROGATE = /\p{Cs}/u;
const text = () => z.string({ error: "must be a string" })
  .refine((value) => !LONE_SURROGATE.test(value), "must be valid Unicode text (it contains a lone surrogate)");
const title = text().max(MAX_TITLE_LENGTH, `must be at most ${MAX_TITLE_LENGTH} characters`);
const body = text();

const fullNote = z.strictObject({ title, body });
const notePatch = z.strictObject({ title: title.optional(), body: body.optional() });

function validated<T>(schema: z.ZodType<T>, value: Record<string, unknown>): T {
  const result = schema.safeParse(value);
  if (!result.success) {
    const issues = result.error.issues.map((issue) => {
      const member = issue.code === "unrecognized_keys" ? issue.keys.join(", ") : issue.path.join(".");
      const message = issue.code === "unrecognized_keys" ? "is not a member of a note" : issue.message;
      return { member, message };
    });
    const detail = issues.map((issue) => `"${issue.member}" ${issue.message}`).join("; ");
    throw new ProblemError("invalid-body", `${detail}.`, { errors: issues });
  }
  const content = result.data as { body?: string };
  if (content.body !== undefined && Buffer.byteLength(content.body, "utf8") > MAX_BODY_BYTES) {
    throw new ProblemError("content-too-large", `"body" is larger than ${MAX_BODY_BYTES} bytes of UTF-8.`,
      { limit: MAX_BODY_BYTES, errors: [{ member: "body", message: `must be at most ${MAX_BODY_BYTES} bytes` }] });
  }
  return result.data;
}

/** POST and PUT: a whole note. */
export function parseFullNote(value: Record<string, unknown>): NoteContent {
  return validated(fullNote, value);
}

/** PATCH (JSON merge patch, RFC 7396): either member may be left out, but neither may be removed (null). */
export function parseNotePatch(value: Record<string, unknown>): Partial<NoteContent> {
  return validated(notePatch, value);
}
