// How large a note may be, counted the way the API counts it (UTF-8 bytes of the body), and how to say so to a
// person: a save that is too large can never succeed, so the editor says it before sending and offers no retry.

/** The API accepts note bodies up to 1 MiB of UTF-8 (README: Limits). */
export const MAX_BODY_BYTES = 1024 * 1024;

/** The length of `text` in UTF-8, without encoding it. A lone surrogate counts as U+FFFD (3 bytes). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/** The body's size in bytes when it is over the limit, else null. Cheap for ordinary notes. */
export function oversizedBody(body: string, limit = MAX_BODY_BYTES): number | null {
  // A UTF-16 code unit never takes more than 3 bytes of UTF-8: short texts need no counting.
  if (body.length * 3 <= limit) return null;
  const size = utf8Length(body);
  return size > limit ? size : null;
}

const KB = 1024;
const MB = 1024 * 1024;

/** "1 MB", "1.3 MB", "900 KB", to one decimal. */
export function formatSize(bytes: number): string {
  const [value, unit] = bytes >= MB ? [bytes / MB, "MB"] : bytes >= KB ? [bytes / KB, "KB"] : [bytes, "bytes"];
  const rounded = unit === "bytes" ? value : Math.round(value * 10) / 10;
  return `${Number.isInteger(rounded) ? rounded : rounded.toFixed(1)} ${unit}`;
}

/** What to tell the person whose note is over the limit. `size` is null when only the server knows it. */
export function tooLargeMessage(size: number | null, limit = MAX_BODY_BYTES): string {
  const shown = size === null ? null : formatSize(size);
  // A text just over the limit must not read as equal to it.
  const what =
    shown === null ? "This note is too long" : shown === formatSize(limit) ? `This note is just over ${shown}` : `This note is ${shown}`;
  return `${what}; a note can hold up to ${formatSize(limit)}. Shorten it to save.`;
}

/**
 * The API's title limit, 500, counted as zod's `.max` counts: UTF-16 code units. The title field does not cut a
 * longer title off (a paste would lose its end without a word); the editor keeps it, says so, and does not save.
 */
export const MAX_TITLE_LENGTH = 500;

/** The title's length when it is over the limit, else null. */
export function oversizedTitle(title: string, limit = MAX_TITLE_LENGTH): number | null {
  return title.length > limit ? title.length : null;
}

export function titleTooLongMessage(length: number, limit = MAX_TITLE_LENGTH): string {
  return `Title is ${length.toLocaleString("en")} characters; the limit is ${limit.toLocaleString("en")}.`;
}

/** Why this text cannot be saved as it is (the title first: it is the one in view), or null when it can. */
export function sizeProblem(text: { title: string; body: string }): string | null {
  const title = oversizedTitle(text.title);
  if (title !== null) return titleTooLongMessage(title);
  const body = oversizedBody(text.body);
  return body !== null ? tooLargeMessage(body) : null;
}
