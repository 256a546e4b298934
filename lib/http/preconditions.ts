/**
 * Evaluation of the four preconditions of RFC 9110 section 13, in the order of 13.2.2.
 * Whether to evaluate at all is the caller's call: 13.2.1 says to ignore preconditions when the same request
 * without them would not have succeeded (404 on a GET, 415, 403...).
 */
import { parseEntityTagList, strongMatch, weakMatch, type EntityTag } from "./entity-tag";
import { epochSeconds, parseHttpDate } from "./http-date";

export type ConditionalHeaders = {
  ifMatch: string | null;
  ifNoneMatch: string | null;
  ifModifiedSince: string | null;
  ifUnmodifiedSince: string | null;
};

/**
 * lastModifiedIsAmbiguous: another modification happened within the same whole second as lastModified, so a
 * date equal to that second does not prove the client saw the current version (8.8.2.2).
 */
export type ResourceState =
  | { exists: false }
  | { exists: true; etag: EntityTag; lastModified: Date; lastModifiedIsAmbiguous: boolean };

export type PreconditionOutcome =
  | { result: "proceed" }
  | { result: "not-modified" }
  | { result: "precondition-failed"; header: "If-Match" | "If-Unmodified-Since" | "If-None-Match" };

/** Headers.get joins repeated field lines with ", ", which is how 5.3 says to combine them. */
export function conditionalHeaders(headers: Headers): ConditionalHeaders {
  return {
    ifMatch: headers.get("If-Match"),
    ifNoneMatch: headers.get("If-None-Match"),
    ifModifiedSince: headers.get("If-Modified-Since"),
    ifUnmodifiedSince: headers.get("If-Unmodified-Since"),
  };
}

export function evaluatePreconditions(
  method: string,
  headers: ConditionalHeaders,
  resource: ResourceState,
): PreconditionOutcome {
  // Method names are case-sensitive (9.1): "get" is not GET.
  const isGetOrHead = method === "GET" || method === "HEAD";

  // Step 1. 13.1.4: If-Unmodified-Since is ignored whenever If-Match is present, even if If-Match passes.
  if (headers.ifMatch !== null) {
    if (!ifMatchPasses(headers.ifMatch, resource)) return { result: "precondition-failed", header: "If-Match" };
  } else {
    // Step 2. 13.1.4: an invalid date, or a list of dates, is ignored as if the field were absent.
    const date = parseHttpDate(headers.ifUnmodifiedSince);
    if (date !== null && !provablyUnmodifiedSince(resource, date)) {
      return { result: "precondition-failed", header: "If-Unmodified-Since" };
    }
  }

  // Step 3.
  if (headers.ifNoneMatch !== null) {
    if (!ifNoneMatchPasses(headers.ifNoneMatch, resource)) {
      return isGetOrHead ? { result: "not-modified" } : { result: "precondition-failed", header: "If-None-Match" };
    }
  } else if (isGetOrHead) {
    // Step 4. 13.1.3: only for GET and HEAD, only with a valid single date, and only when If-None-Match (the more
    // accurate condition) is absent. RFC 2616 (14.25) treated a date later than the server's clock as invalid;
    // RFC 7232 and RFC 9110 dropped that rule, so such a date is compared like any other.
    const date = parseHttpDate(headers.ifModifiedSince);
    if (date !== null && provablyUnmodifiedSince(resource, date)) return { result: "not-modified" };
  }
  return { result: "proceed" };
}

/**
 * RFC 6585 section 3: 428 is for a write that states no condition able to stop a lost update. If-Match states
 * one whatever its value (a malformed one fails evaluation), and so does a valid If-Unmodified-Since
 * (13.1.4 ignores an invalid one). If-None-Match guards a write only as `*` (create-only): a list of tags is
 * true for every version the client did not name, so it would let a client overwrite what it never read.
 */
export function hasWritePrecondition(headers: ConditionalHeaders): boolean {
  return headers.ifMatch !== null || parseEntityTagList(headers.ifNoneMatch).kind === "any" ||
    parseHttpDate(headers.ifUnmodifiedSince) !== null;
}

/** 13.1.1: "*" is true iff a current representation exists; otherwise some listed tag must match strongly. */
function ifMatchPasses(value: string, resource: ResourceState): boolean {
  const list = parseEntityTagList(value);
  if (list.kind === "any") return resource.exists;
  // A malformed value cannot name the current tag, and failing is the safe answer for a write.
  if (list.kind !== "tags" || !resource.exists) return false;
  return list.tags.some((tag) => strongMatch(tag, resource.etag));
}

/** 13.1.2: "*" is false iff a current representation exists; otherwise no listed tag may match weakly. */
function ifNoneMatchPasses(value: string, resource: ResourceState): boolean {
  const list = parseEntityTagList(value);
  if (list.kind === "any") return !resource.exists;
  // A malformed value names no tag, so none of "its" tags matches.
  if (list.kind !== "tags" || !resource.exists) return true;
  return !list.tags.some((tag) => weakMatch(tag, resource.etag));
}

/**
 * True when the resource was last modified at or before `date`, compared in whole seconds because that is all
 * an HTTP-date can say (5.6.7). When another change happened in the same second, Last-Modified is only a weak
 * validator (8.8.2.2): a client that saw the first of two saves sends the same second, so equality proves nothing.
 * A missing resource proves nothing, so If-Modified-Since passes (13.1.3 ignores it without a modification date)
 * and If-Unmodified-Since fails. 13.1.4 would ignore the latter too, but a client that sends a date saw a version
 * that has since been deleted; letting its PUT recreate the note is the lost update the header exists to stop.
 */
function provablyUnmodifiedSince(resource: ResourceState, date: Date): boolean {
  if (!resource.exists) return false;
  const modified = epochSeconds(resource.lastModified);
  const since = epochSeconds(date);
  return modified < since || (modified === since && !resource.lastModifiedIsAmbiguous);
}
