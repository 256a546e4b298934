// What a search query means, as pure functions shared by the server (which finds the notes) and the browser
// (which highlights the matches): words folded to lower case without diacritics, each matching the start of a
// word. The folding follows the database's tokenizer (SQLite FTS5 unicode61 with remove_diacritics), so what
// the server finds is what the browser marks.

/** At most this many words of a query are used; the rest is ignored. */
export const MAX_SEARCH_TERMS = 8;
/** Longer queries are refused: nobody types them, and each term costs an index lookup. */
export const MAX_QUERY_LENGTH = 200;

const COMBINING_MARKS = /\p{M}/gu;
const WORD = /[\p{L}\p{N}]+/gu;

/** Lower case without diacritics ("École" -> "ecole"). One folded character per input code point or fewer. */
export function foldText(text: string): string {
  return text.normalize("NFD").replace(COMBINING_MARKS, "").toLowerCase();
}

/** The distinct folded words of a query, in order: "Café, CAFE au lait" -> ["cafe", "au", "lait"]. */
export function searchTerms(query: string): string[] {
  const words = foldText(query).match(WORD) ?? [];
  return [...new Set(words)].slice(0, MAX_SEARCH_TERMS);
}

export type TextMatch = { start: number; end: number };

/**
 * Where the terms occur in `text` as word starts, in the original string's indices (so that "École" is marked
 * whole when the term is "eco..."). Overlapping matches are merged.
 */
export function findMatches(text: string, terms: readonly string[]): TextMatch[] {
  if (!terms.length || !text) return [];
  const { folded, origin } = foldWithOrigins(text);
  const matches: TextMatch[] = [];
  for (const word of folded.matchAll(WORD)) {
    const wordStart = word.index;
    for (const term of terms) {
      if (!word[0].startsWith(term)) continue;
      const endFolded = wordStart + term.length;
      // Extend to the end of the original character (a base letter and its accent are one).
      let end = origin(endFolded);
      if (endFolded < folded.length && origin(endFolded) === origin(endFolded - 1)) end = nextCharEnd(text, end);
      matches.push({ start: origin(wordStart), end: Math.max(end, origin(wordStart) + 1) });
    }
  }
  matches.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: TextMatch[] = [];
  for (const match of matches) {
    const last = merged[merged.length - 1];
    if (last && match.start <= last.end) last.end = Math.max(last.end, match.end);
    else merged.push({ ...match });
  }
  return merged;
}

const ASCII = /^[\x00-\x7f]*$/;

/** The folded text, and for each folded character the index in `text` it came from (plus one past the end). */
function foldWithOrigins(text: string): { folded: string; origin: (i: number) => number } {
  // ASCII folds by lower-casing alone, one character for one: no table needed.
  if (ASCII.test(text)) return { folded: text.toLowerCase(), origin: (i) => i };
  let folded = "";
  const table: number[] = [];
  let index = 0;
  for (const char of text) {
    const f = char < "\u0080" ? char.toLowerCase() : foldText(char);
    for (let i = 0; i < f.length; i++) table.push(index);
    folded += f;
    index += char.length;
  }
  table.push(text.length);
  return { folded, origin: (i) => table[i]! };
}

function nextCharEnd(text: string, at: number): number {
  const code = text.codePointAt(at);
  return code === undefined ? at : at + (code > 0xffff ? 2 : 1);
}

export type HighlightPart = { text: string; match: boolean };

/** `text` cut into matched and unmatched parts, for marking matches with <mark>. */
export function highlightParts(text: string, terms: readonly string[]): HighlightPart[] {
  const parts: HighlightPart[] = [];
  let at = 0;
  for (const { start, end } of findMatches(text, terms)) {
    if (start > at) parts.push({ text: text.slice(at, start), match: false });
    parts.push({ text: text.slice(start, end), match: true });
    at = end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), match: false });
  return parts;
}

/** Where the first match starts. A search lists up to 50 texts, so ASCII ones take a shortcut. */
function firstMatchStart(text: string, terms: readonly string[]): number | null {
  if (!ASCII.test(text)) return findMatches(text, terms)[0]?.start ?? null;
  const lower = text.toLowerCase();
  let best: number | null = null;
  for (const term of terms) {
    // Terms hold only letters and digits: nothing in them is special to a regular expression.
    const at = lower.search(new RegExp(`(?<![\\p{L}\\p{N}])${term}`, "u"));
    if (at >= 0 && (best === null || at < best)) best = at;
  }
  return best;
}

const EXCERPT_BEFORE = 60;
const EXCERPT_LENGTH = 180;

/**
 * One line of the body around its first match, so that a result shows why it matched; the start of the body
 * when the match is in the title only.
 */
export function excerptAround(body: string, terms: readonly string[]): string {
  const flat = body.replace(/\s+/g, " ").trim();
  const first = firstMatchStart(flat, terms);
  let start = first !== null ? Math.max(0, first - EXCERPT_BEFORE) : 0;
  if (start > 0) {
    const space = flat.indexOf(" ", start);
    start = space >= 0 && space < first! ? space + 1 : start;
  }
  // A code point is at most two code units: this window holds the excerpt and tells whether text follows.
  const chars = Array.from(flat.slice(start, start + EXCERPT_LENGTH * 2 + 2));
  const cut = chars.length > EXCERPT_LENGTH;
  return (start > 0 ? "…" : "") + chars.slice(0, EXCERPT_LENGTH).join("").trimEnd() + (cut ? "…" : "");
}
