// What each problem type means and what a client should do about it: served at the type's URI.
import type { ProblemType } from "./problem";

export const PROBLEM_ADVICE: Record<ProblemType, string> = {
  "invalid-json": "Send a body that parses as JSON, encoded as UTF-8.",
  "invalid-body": "Send a JSON object with exactly the members `title` and `body`, both strings (PATCH may leave either out, but not set it to null). `errors` names each member that is wrong.",
  "invalid-editor-name": "Send Editor-Name as a percent-encoded UTF-8 name of 1 to 64 characters without control characters, or leave it out to save as \"anonymous\".",
  "invalid-query": "Fix the query parameter named in `parameter`: a history page takes `limit` (1 to 100) and `before` (a version number); a search `q` holds up to 200 characters.",
  "malformed-request": "The server could not read the request as HTTP/1.1 (for example a Content-Length that does not match the body, two Content-Length or Host lines, no Host at all, or a request target that is not a path). Send a well-formed request.",
  "cross-origin-write": "Notes can only be changed from pages of this site: a browser's write must come with this site's Origin (or Sec-Fetch-Site: same-origin); a program sends no cookies, or a bearer token.",
  "misdirected-request": "Address the server by one of its own names (APP_ORIGIN; without it, localhost, 127.0.0.1 or [::1]). A page of another name that resolves here (DNS rebinding) reaches nothing.",
  "not-found": "Check the id: note ids are 1 to 64 letters, digits, `-` or `_`.",
  "method-not-allowed": "Use one of the methods in the Allow header.",
  "gone": "Someone deleted the note (`deletedBy`, `deletedAt`). To keep your text, re-create it with PUT and If-None-Match: *; its history goes on.",
  "precondition-failed": "Someone saved since the version your If-Match names. The body has the current note (`current`, `currentEtag`) and the saves you missed (`changes`): merge your change into `current`, then retry with If-Match set to `currentEtag`.",
  "content-too-large": "Keep the request under the limit given in `limit` (a note body may hold up to 1 MiB of UTF-8).",
  "uri-too-long": "Send a shorter request target: note URLs are short, and nothing here takes long query strings.",
  "expectation-failed": "Leave out the Expect header, or send only `Expect: 100-continue`.",
  "method-not-implemented": "Use a method this server implements (GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS), spelled in upper case: method names are case-sensitive.",
  "transfer-coding-not-implemented": "Send the body with a Content-Length, or with `Transfer-Encoding: chunked` and no other transfer coding.",
  "unsupported-media-type": "Send JSON: application/json, or application/merge-patch+json for PATCH, in UTF-8.",
  "header-fields-too-large": "Send shorter header fields: all of them together must fit in 16 KiB.",
  "too-many-tabs": "A note shows at most `limit` open tabs. Close some, or try again after Retry-After seconds, when tabs that went away without saying so have expired.",
  "precondition-required": "GET the note, then send the write again with If-Match set to the ETag you got (or If-None-Match: * with PUT to create).",
  "internal-error": "Nothing was changed. Try again; if it keeps happening, the server's log says why.",
  "bad-gateway": "The reverse proxy could not get an answer from an app instance (it may have just stopped). A write may or may not have been saved: GET the note, or retry the same conditional request, whose If-Match makes a repeat safe.",
  "service-unavailable": "The database could not be reached just now (it may be restarting). Nothing was changed. Retry after the seconds in Retry-After.",
  "gateway-timeout": "An app instance did not answer the reverse proxy in time. A write may or may not have been saved: GET the note, or retry the same conditional request, whose If-Match makes a repeat safe.",
};
