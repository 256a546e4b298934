// Who is saving. There are no accounts: each browser tab sends a display name in the `Editor-Name` header,
// percent-encoded UTF-8 so that any name fits in a header field.
import { ANONYMOUS_EDITOR } from "@/lib/notes/note";
import { ProblemError } from "./problem";

export const EDITOR_NAME_HEADER = "Editor-Name";
export const MAX_EDITOR_NAME_LENGTH = 64;

// C0 and C1 controls, DEL, and the line and paragraph separators that would break a one-line name.
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/u;

/** The decoded name, "anonymous" when the header is absent; throws a 400 problem for an unusable name. */
export function editorNameFrom(headers: Headers): string {
  const raw = headers.get(EDITOR_NAME_HEADER);
  if (raw === null) return ANONYMOUS_EDITOR;
  let name: string;
  try {
    name = decodeURIComponent(raw);
  } catch {
    throw new ProblemError("invalid-editor-name", "Editor-Name is not valid percent-encoded UTF-8 (encode it with encodeURIComponent).");
  }
  if (name.trim() === "") throw new ProblemError("invalid-editor-name", "Editor-Name is empty.");
  if (Array.from(name).length > MAX_EDITOR_NAME_LENGTH) {
    throw new ProblemError("invalid-editor-name", `Editor-Name is longer than ${MAX_EDITOR_NAME_LENGTH} characters.`);
  }
  if (CONTROL_CHARACTERS.test(name)) throw new ProblemError("invalid-editor-name", "Editor-Name contains control characters.");
  return name;
}
