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

const TOKEN_SOURCE = [
  "\\r\\n|\\n|\\r",
  "[^\\S\\r\\n]+",
  `[${CJK}]${ATTACHED}`,
  `(?:(?![${CJK}])[\\p{L}\\p{N}_]${ATTACHED})+`,
  "\\p{Regional_Indicator}{2}",
  // Anything else, one code point at a time (a lone surrogate included, so nothing is ever lost).
  `[\\s\\S]${ATTACHED}`,
].join("|");
const TOKEN_AT = new RegExp(TOKEN_SOURCE, "uy"); // sticky: matches exactly at lastIndex

// The regular expression above defines the tokens; running it on every token is slow (about 100 ms a MB),
// so plain ASCII runs take a shortcut that gives the same tokens, and anything touching a non-ASCII
// character goes through the expression.
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    let j = i + 1;
    if (c >= 128) {
      j = -1;
    } else if (c === 10) {
      // a line break on its own
    } else if (c === 13) {
      if (text.charCodeAt(j) === 10) j++;
    } else if (isAsciiWord(c)) {
      while (j < n && isAsciiWord(text.charCodeAt(j))) j++;
    } else if (isAsciiSpace(c)) {
      while (j < n && isAsciiSpace(text.charCodeAt(j))) j++;
    }
    // A word or a space run may go on, and punctuation may carry a mark, past ASCII: let the expression decide.
    if (j >= 0 && j < n && text.charCodeAt(j) >= 128 && c !== 10 && c !== 13) j = -1;
    if (j < 0) {
      TOKEN_AT.lastIndex = i;
      j = i + TOKEN_AT.exec(text)![0].length;
    }
    tokens.push(text.slice(i, j));
    i = j;
  }
  return tokens;
}

const isAsciiWord = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
const isAsciiSpace = (c: number) => c === 32 || c === 9 || c === 11 || c === 12;

/** Lines with their terminators ("\n", "\r\n" or a lone "\r"); the last one may have none. */
export function splitLines(text: string): string[] {
  const lines: string[] = [];
  const n = text.length;
  if (text.indexOf("\r") < 0) {
    // The common case, and 5x faster: only "\n" ends a line.
    let start = 0;
    for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", start)) {
      lines.push(text.slice(start, i + 1));
      start = i + 1;
    }
    if (start < n) lines.push(text.slice(start));
    return lines;
  }
  let start = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
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
