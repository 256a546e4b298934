/**
 * Entity tags (RFC 9110 section 8.8.3) and the field values that carry lists of them (If-Match, If-None-Match).
 */

/** `opaque` is what lies between the double quotes; clients must treat it as opaque, so do we. */
export type EntityTag = { weak: boolean; opaque: string };

export type EntityTagList =
  | { kind: "absent" }
  | { kind: "any" }
  | { kind: "tags"; tags: EntityTag[] }
  | { kind: "invalid" };

export function formatEntityTag(tag: EntityTag): string {
  return `${tag.weak ? "W/" : ""}"${tag.opaque}"`;
}

/** One entity-tag and nothing else: no surrounding whitespace, no list. */
export function parseEntityTag(text: string): EntityTag | null {
  const read = readEntityTag(text, 0);
  return read !== null && read.end === text.length ? read.tag : null;
}

/**
 * `If-Match = "*" / #entity-tag` (13.1.1, 13.1.2). A scanner rather than split(","), because etagc includes the
 * comma (8.8.3). Repeated field lines arrive joined with ", " (5.3), so they parse as one list.
 */
export function parseEntityTagList(headerValue: string | null): EntityTagList {
  if (headerValue === null) return { kind: "absent" };
  // "*" is an alternative to the list, not a member of it (13.1.1), so "*" next to anything else is invalid.
  if (trimOws(headerValue) === "*") return { kind: "any" };

  const tags: EntityTag[] = [];
  let i = skipOws(headerValue, 0);
  while (i < headerValue.length) {
    // 5.6.1.2: recipients must accept and ignore empty list elements such as ", ," or a trailing comma.
    if (headerValue[i] === ",") {
      i = skipOws(headerValue, i + 1);
      continue;
    }
    const read = readEntityTag(headerValue, i);
    if (read === null) return { kind: "invalid" };
    tags.push(read.tag);
    i = skipOws(headerValue, read.end);
    if (i < headerValue.length && headerValue[i] !== ",") return { kind: "invalid" };
  }
  // A value with no element at all is neither "*" nor a list of tags that a client could have meant.
  return tags.length === 0 ? { kind: "invalid" } : { kind: "tags", tags };
}

/** 8.8.3.2: If-Match needs strong comparison, so a weak tag never proves the client holds these exact bytes. */
export function strongMatch(a: EntityTag, b: EntityTag): boolean {
  return !a.weak && !b.weak && a.opaque === b.opaque;
}

/** 8.8.3.2: If-None-Match uses weak comparison; a cache holding an equivalent representation is good enough. */
export function weakMatch(a: EntityTag, b: EntityTag): boolean {
  return a.opaque === b.opaque;
}

/** entity-tag = [ weak ] opaque-tag, where weak = %s"W/" is case-sensitive (8.8.3). */
function readEntityTag(text: string, start: number): { tag: EntityTag; end: number } | null {
  const weak = text.startsWith("W/", start);
  const open = weak ? start + 2 : start;
  if (text[open] !== '"') return null;
  let close = open + 1;
  while (close < text.length && isEtagc(text.charCodeAt(close))) close++;
  if (text[close] !== '"') return null;
  return { tag: { weak, opaque: text.slice(open + 1, close) }, end: close + 1 };
}

/** etagc = %x21 / %x23-7E / obs-text; obs-text is %x80-FF, which Headers exposes as Latin-1 code units. */
function isEtagc(code: number): boolean {
  return code === 0x21 || (code >= 0x23 && code <= 0x7e) || (code >= 0x80 && code <= 0xff);
}

/** OWS = *( SP / HTAB ) (5.6.3); other whitespace is not whitespace to HTTP. */
function skipOws(text: string, start: number): number {
  let i = start;
  while (text[i] === " " || text[i] === "\t") i++;
  return i;
}

function trimOws(text: string): string {
  return text.replace(/^[ \t]+|[ \t]+$/g, "");
}
