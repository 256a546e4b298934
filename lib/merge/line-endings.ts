// Line-ending conventions. The engine never normalises a text on its own, with one exception: when mine
// and theirs each use one convention throughout and they differ (one side's editor converted the whole
// text), the result follows mine's, the version being saved. Without this, every line would count as
// changed by the converting side, and the other side's new lines would come out in the other convention:
// a mixed file that neither side wrote.
//
// Such a conversion is also a warning sign: the converting side re-saved every line, often from another
// copy of the text (another tool, an older file), so when it also changed words, nothing tells which of the
// other side's changes it saw. merge-texts.ts then shows each change of the other side for review (all but
// whitespace-only ones).

export type LineEndingStyle = "\n" | "\r\n";

/** The convention used by every line break of the text, or null (no line break, or a mix, or a lone CR). */
export function uniformLineEnding(text: string): LineEndingStyle | null {
  const lf = count(text, "\n");
  if (lf === 0) return null;
  const cr = count(text, "\r");
  const crlf = count(text, "\r\n");
  if (cr === 0) return "\n";
  return crlf === lf && crlf === cr ? "\r\n" : null;
}

/**
 * Which side converted the whole text to another convention: mine and theirs each use one convention
 * throughout, they differ, and the base uses the other side's. null when there is no such conversion (or
 * when the base does not tell who converted).
 */
export function convertingSide(base: string, mine: string, theirs: string): "mine" | "theirs" | null {
  const m = uniformLineEnding(mine);
  const t = uniformLineEnding(theirs);
  if (m === null || t === null || m === t) return null;
  const b = uniformLineEnding(base);
  return b === m ? "theirs" : b === t ? "mine" : null;
}

/** The text in the given convention, if it uses the other one throughout; otherwise unchanged. */
export function conformLineEndings(text: string, style: LineEndingStyle): string {
  const own = uniformLineEnding(text);
  if (own === null || own === style) return text;
  return style === "\n" ? text.replace(/\r\n/g, "\n") : text.replace(/\n/g, "\r\n");
}

/** The line ending of the first text that has one: what anything we add (a separator, a marker) uses. */
export function lineEnding(...texts: string[]): LineEndingStyle {
  for (const t of texts) {
    const i = t.indexOf("\n");
    if (i >= 0) return i > 0 && t.charCodeAt(i - 1) === 13 ? "\r\n" : "\n";
  }
  return "\n";
}

function count(text: string, needle: string): number {
  let n = 0;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length)) n++;
  return n;
}
