// Lossless tokenisation of prose: `tokenize(t).join("") === t` for every string t.
//
// Tokens are what a word-level merge compares and moves as a whole, so a token must never end inside a
// character a reader sees as one: a surrogate pair, a base letter and its combining marks, an emoji with its
// modifiers / variation selectors / zero-width-joiner sequence, a flag, or a CRLF. Kinds of token:
//   - one line break ("\r\n", "\n" or "\r");
//   - a run of other whitespace (kept as its own token so that spacing changes are changes of their own);
//   - one Han / kana character (CJK is written without spaces: one character is the closest thing to a word);
//   - a word: letters, digits, underscore and the marks attached to them;
//   - one other character (punctuation, symbol, emoji) with whatever attaches to it.

// CJK ideographs (with compatibility and extension blocks), Hiragana and Katakana.
const CJK = "\\p{Ideographic}\\p{Script=Hiragana}\\p{Script=Katakana}";
// What attaches to the character before it: combining marks, variation selectors, emoji modifiers (skin tones)
// and tag characters (subdivision flags); a zero-width joiner glues the next character on as well.
const ATTACHED = "(?:[\\p{M}\\uFE00-\\uFE0F\\p{Emoji_Modifier}\\u{E0020}-\\u{E007F}]|\\u200D[^\\s])*";

const TOKEN_RE = new RegExp(
  [
    "\\r\\n|\\n|\\r",
    "[^\\S\\r\\n]+",
    `[${CJK}]${ATTACHED}`,
    `(?:(?![${CJK}])[\\p{L}\\p{N}_]${ATTACHED})+`,
    "\\p{Regional_Indicator}{2}",
    // Anything else, one code point at a time (a lone surrogate included, so nothing is ever lost).
    `[\\s\\S]${ATTACHED}`,
  ].join("|"),
  "gu",
);

export function tokenize(text: string): string[] {
  return text.match(TOKEN_RE) ?? [];
}

/** Lines with their terminators ("\n", "\r\n" or a lone "\r"); the last one may have none. */
export function splitLines(text: string): string[] {
  const lines: string[] = [];
  let start = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      lines.push(text.slice(start, i + 1));
      start = i + 1;
    } else if (c === 13 && text.charCodeAt(i + 1) !== 10) {
      lines.push(text.slice(start, i + 1));
      start = i + 1;
    }
  }
  if (start < n) lines.push(text.slice(start));
  return lines;
}

const LINE_BREAK = /^(?:\r\n|\n|\r)$/;
const SPACE = /^\s+$/u;

export const isLineBreak = (token: string): boolean => LINE_BREAK.test(token);
export const isSpace = (token: string): boolean => SPACE.test(token);

/** The text's own line ending, so that anything we add (a separator, a conflict marker) matches it. */
export function lineEnding(...texts: string[]): "\n" | "\r\n" {
  for (const t of texts) {
    const i = t.indexOf("\n");
    if (i >= 0) return i > 0 && t.charCodeAt(i - 1) === 13 ? "\r\n" : "\n";
  }
  return "\n";
}
