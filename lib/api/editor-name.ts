// Who is saving. There are no accounts: each browser tab sends a display name in the `Editor-Name` header,
// percent-encoded UTF-8 so that any name fits in a header field.
import { ANONYMOUS_EDITOR } from "@/lib/notes/note";
import { ProblemError } from "./problem";

export const EDITOR_NAME_HEADER = "Editor-Name";
export const MAX_EDITOR_NAME_LENGTH = 64;

// What encodeURIComponent can produce: unreserved characters and %XX escapes. A raw comma can only mean two
// header lines joined into one (RFC 9110 5.3), and raw non-ASCII bytes are not UTF-8 we could trust.
const PERCENT_ENCODED = /^(?:[A-Za-z0-9\-_.!~*'() ]|%[0-9A-Fa-f]{2})*$/;
// Controls, and the invisible characters that could make a name look like someone else's (bidirectional
// overrides and isolates) or like nothing at all.
const CONTROL_OR_BIDI = /[\p{Cc}\u2028\u2029\u202A-\u202E\u2066-\u2069]/u;
const INVISIBLE = /[\p{Cf}\p{Z}\s]/gu;

function invalid(detail: string): ProblemError {
  return new ProblemError("invalid-editor-name", detail);
}

/** The decoded name, "anonymous" when the header is absent; throws a 400 problem for an unusable name. */
export function editorNameFrom(headers: Headers): string {
  const raw = headers.get(EDITOR_NAME_HEADER);
  if (raw === null) return ANONYMOUS_EDITOR;
  if (raw.includes(",")) throw invalid("Send one Editor-Name header, percent-encoded (encodeURIComponent): a raw comma means two names.");
  if (!PERCENT_ENCODED.test(raw)) throw invalid("Editor-Name must be percent-encoded UTF-8 (encodeURIComponent): it contains raw characters that are not.");
  let name: string;
  try {
    name = decodeURIComponent(raw);
  } catch {
    throw invalid("Editor-Name is not valid percent-encoded UTF-8 (encode it with encodeURIComponent).");
  }
  if (name.replace(INVISIBLE, "") === "") throw invalid("Editor-Name is empty or invisible.");
  if (Array.from(name).length > MAX_EDITOR_NAME_LENGTH) throw invalid(`Editor-Name is longer than ${MAX_EDITOR_NAME_LENGTH} characters.`);
  if (CONTROL_OR_BIDI.test(name)) throw invalid("Editor-Name contains control or text-direction characters.");
  return name;
}
