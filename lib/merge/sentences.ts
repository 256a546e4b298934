// Cuts a run of tokens into sentences and the whitespace gaps between them ("units").
//
// The sentence is the unit of the merge policy: two sides' edits that touch one sentence are shown for
// review rather than merged word by word, because word-level merging inside a sentence can make text that
// neither side wrote (three -> five by one, sixty -> seventy by the other: "seventy-five").
//
// Where a sentence ends is the platform's answer: Intl.Segmenter with granularity "sentence" (ICU's rules,
// Unicode UAX #29), which knows that the full stops in `notes.txt`, `window.open`, `3.50` and `e.g. the` end
// nothing, and that `。` ends a sentence with no space after it. Our own rules, only where ICU's answer is
// wrong for a merge of prose and Markdown:
//   - Hard-wrapped lines. ICU ends a sentence at every line break; a sentence wrapped over two lines must stay
//     one, or two edits of it would merge word by word. A line break only wraps prose that goes on in the
//     next line when the line has three words or more, is not a heading, table row, code fence, attribute
//     list or link definition and does not end in a hard line break, and the next line, in the same block
//     (same quote depth), goes on with a word rather than a list item, heading, table row, fence or tag.
//     Such a line break is shown to ICU as a space. Every other line break ends a sentence, so list items,
//     headings, table rows, short lines (a list without bullets) and most lines of code are units of their
//     own, even without any punctuation.
//   - A full stop inside a word. ICU ends a sentence at `Notes.Txt` or `File.Open` (a capital after the
//     dot): without a space after it, only a CJK full stop ends a sentence here. A Markdown emphasis or code
//     mark closing right after the full stop (`*Note.* Next`) belongs to the sentence it closes.
//   - Abbreviations. ICU has no list of them and ends a sentence after `Dr.` in `Call Dr. Smith`: a title,
//     an initial or a common abbreviation followed by more text on the same line ends nothing.
//   - A numbered list marker. ICU ends a sentence after `1.` in `1. First item`: a marker at the start of
//     a line belongs to the text that follows it.
// Whitespace after a sentence's end, line breaks included, is a gap: a unit of its own, where insertions
// of whole new sentences land.
import { isSpace } from "./tokenize";

export type Units = {
  /** unit index of each token */
  unitOf: Int32Array;
  /** first token of each unit */
  start: number[];
  /** one past the last token of each unit */
  end: number[];
  /** whether each unit is a gap (whitespace between sentences) */
  gap: boolean[];
  /** whether each unit holds a line break (a sentence does when it is wrapped over lines) */
  breaks: boolean[];
  /** the tokens as the segmenter saw them: soft line breaks (hard-wrapped prose) as spaces */
  shown: readonly string[];
};

// One segmenter for every call: creating one costs far more than using it.
const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });

export function sentenceUnits(tokens: readonly string[]): Units {
  const kind = kindsOf(tokens);
  const shown = shownTokens(tokens, kind);
  const sentence = sentenceOfTokens(shown, kind);
  const unitOf = new Int32Array(tokens.length);
  const start: number[] = [];
  const end: number[] = [];
  const gap: boolean[] = [];
  const breaks: boolean[] = [];
  let current = -2; // sentence number of the current unit, -1 for a gap
  for (let i = 0; i < tokens.length; i++) {
    const s = sentence[i]!;
    if (s !== current) {
      start.push(i);
      end.push(i);
      gap.push(s < 0);
      breaks.push(false);
      current = s;
    }
    const unit = start.length - 1;
    unitOf[i] = unit;
    end[unit] = i + 1;
    if (kind[i] === LINE_BREAK) breaks[unit] = true;
  }
  return { unitOf, start, end, gap, breaks, shown };
}

const TEXT = 0;
const SPACE = 1;
const LINE_BREAK = 2;

// Each token's kind, worked out once: TEXT, SPACE or LINE_BREAK (whitespace that is a line break).
function kindsOf(tokens: readonly string[]): Uint8Array {
  const kind = new Uint8Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const c = t.charCodeAt(0);
    if (c === 10 || c === 13) kind[i] = LINE_BREAK; // (tokenize makes any token starting so a line break)
    else if (c === 32 || c === 9) kind[i] = SPACE;
    else if (c >= 128 || c === 11 || c === 12) kind[i] = isSpace(t) ? SPACE : TEXT;
  }
  return kind;
}

// ICU sees soft line breaks (hard-wrapped prose) as spaces of the same length, so offsets stay the same.
function shownTokens(tokens: readonly string[], kind: Uint8Array): readonly string[] {
  const n = tokens.length;
  const breaksAt: number[] = [];
  for (let i = 0; i < n; i++) if (kind[i] === LINE_BREAK) breaksAt.push(i);
  if (breaksAt.length === 0) return tokens;
  const shown = tokens.slice();
  let line = tokens.slice(0, breaksAt[0]).join("");
  breaksAt.forEach((i, k) => {
    const next = tokens.slice(i + 1, k + 1 < breaksAt.length ? breaksAt[k + 1] : n).join("");
    if (softBreak(line, next)) shown[i] = " ".repeat(tokens[i]!.length);
    line = next;
  });
  return shown;
}

// For each token, the number of the sentence it belongs to, or -1 for whitespace between sentences. `kind`
// is the kind of each token before soft line breaks were shown as spaces.
function sentenceOfTokens(tokens: readonly string[], kind: Uint8Array): Int32Array {
  const n = tokens.length;
  const offset = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) offset[i + 1] = offset[i]! + tokens[i]!.length;

  // A sentence starts at each boundary that our own rules keep (see the top of this file).
  const startsSentence = new Uint8Array(n + 1);
  let i = 0;
  for (const { index } of segmenter.segment(tokens.join(""))) {
    if (index === 0) continue;
    while (offset[i + 1]! <= index) i++; // token i holds the boundary, or starts at it
    let k = offset[i] === index ? i : i + 1; // a boundary inside a token moves to its end
    if (k >= n) continue;
    if (kind[k - 1] === TEXT) {
      let c = k - 1;
      while (c > 0 && CLOSING.test(tokens[c]!)) c--;
      if (!CJK_TERMINATOR.test(tokens[c]!)) {
        // A full stop inside a word ends nothing; one before a closing emphasis or code mark ends the sentence
        // after that mark.
        let j = k;
        while (j < n && MARKDOWN_CLOSER.test(tokens[j]!)) j++;
        if (j === k || (j < n && kind[j] === TEXT)) continue;
        k = j;
      }
    } else if (continuesOnLine(tokens, kind, k)) {
      continue;
    }
    startsSentence[k] = 1;
  }

  const sentence = new Int32Array(n).fill(-1);
  let number = -1;
  let first = -1; // first non-space token of the current sentence
  let last = -1; // last non-space token of it
  const close = () => {
    for (let j = first; j <= last; j++) sentence[j] = number;
  };
  for (let j = 0; j < n; j++) {
    if (startsSentence[j] && first >= 0) {
      close();
      first = -1;
    }
    if (kind[j] !== TEXT) continue;
    if (first < 0) {
      first = j;
      number++;
    }
    last = j;
  }
  if (first >= 0) close();
  return sentence;
}

// Whether the sentence ICU ends before the whitespace that ends at token k goes on after it: it ends in an
// abbreviation, or is only a list marker at the start of its line, and the next text is on the same line.
function continuesOnLine(tokens: readonly string[], kind: Uint8Array, k: number): boolean {
  let j = k - 1;
  while (j >= 0 && kind[j] !== TEXT) {
    if (kind[j] === LINE_BREAK) return false;
    j--;
  }
  if (j < 1 || (tokens[j] !== "." && tokens[j] !== ")")) return false;
  // The word before the mark, and whether it is the first thing on its line (after indentation, quote and
  // heading marks).
  const word = tokens[j - 1]!;
  let p = j - 2;
  const dotted = tokens[j] === "." && p >= 1 && tokens[p] === "." && WORDLIKE.test(tokens[p - 1]!); // "e.g."
  if (dotted) p -= 2;
  while (p >= 0 && (kind[p] === SPACE || LINE_PREFIX.test(tokens[p]!))) p--;
  const atLineStart = p < 0 || kind[p] === LINE_BREAK;
  if (atLineStart && LIST_MARKER.test(word)) return true;
  if (tokens[j] !== ".") return false;
  const name = (dotted ? `${tokens[j - 3]}.${word}` : word).toLowerCase();
  if (ABBREVIATIONS.has(name) || (!dotted && INITIAL.test(word))) return true;
  return BEFORE_NUMBER.has(name) && k < tokens.length && /^\p{N}/u.test(tokens[k]!);
}

const CJK_TERMINATOR = /^[。！？｡]$/u;
const CLOSING = /^[”’」』）)\]}"'»›]$/u;
const MARKDOWN_CLOSER = /^[*_`~]$/u;
const WORDLIKE = /^[\p{L}\p{N}]+$/u;
// What may stand before a list marker on its line: quote marks and heading marks (`## 1. Intro`).
const LINE_PREFIX = /^[>#]$/u;
// A numbered list marker's number: digits, one letter, or a Roman numeral.
const LIST_MARKER = /^(?:\d{1,9}|[A-Za-z]|[ivxlcdm]{1,6}|[IVXLCDM]{1,6})$/u;
// One capital letter: an initial (`J. R. Smith`).
const INITIAL = /^\p{Lu}$/u;
// Abbreviations that are followed by more of the same sentence (a capitalised name, an example), and those
// that are when a number follows (`No. 5`, while `No. I disagree` is two sentences).
const ABBREVIATIONS = new Set(["dr", "mr", "mrs", "ms", "mx", "prof", "st", "mt", "jr", "sr", "rev", "vs", "cf", "approx", "ca", "e.g", "i.e"]);
const BEFORE_NUMBER = new Set(["no", "nos", "fig", "figs", "eq", "vol", "ch", "sec", "p", "pp"]);

// Markdown that starts a block of its own on a line: a list item, a heading, a table row, a code fence, an
// HTML tag, an attribute list, a link definition, a rule.
const BLOCK_START = /^(?:[-*+][ \t]|\d{1,9}[.)](?:[ \t]|$)|#{1,6}(?:[ \t]|$)|\||```|~~~|<|\{:|\[[^\]]*\]:|[-*_=]{3,}[ \t]*$)/u;
// A line that stands alone whatever follows: a heading, a table row, a code fence, an attribute list, a link
// definition, or a line ending in a hard line break (two spaces or a backslash).
const LINE_OF_ITS_OWN = /^(?:#{1,6}(?:[ \t]|$)|\||```|~~~|\{:|\[[^\]]*\]:)|(?: {2,}|\\)$/u;
// Prose goes on with a word (or an opening quote, bracket or emphasis mark before one).
const PROSE_START = /^["'‘“(\[*_`]*[\p{L}\p{N}]/u;
const WORDS = /[\p{L}\p{N}]+/gu;
const QUOTE_PREFIX = /^[ \t]*((?:>[ \t]?)*)/u;

// Whether the line break between these two lines only wraps a sentence that goes on in the next line of
// the same paragraph (hard-wrapped prose), rather than ending a line that stands alone (a list item, a
// heading, a line of code).
function softBreak(line: string, next: string): boolean {
  const lineQuote = QUOTE_PREFIX.exec(line)!;
  const nextQuote = QUOTE_PREFIX.exec(next)!;
  if (lineQuote[1]!.replace(/[ \t]/g, "") !== nextQuote[1]!.replace(/[ \t]/g, "")) return false;
  const rest = next.slice(nextQuote[0].length);
  const lineRest = line.slice(lineQuote[0].length);
  return (
    PROSE_START.test(rest) && !BLOCK_START.test(rest) && !LINE_OF_ITS_OWN.test(lineRest) && (lineRest.match(WORDS) ?? []).length >= 3
  );
}

/**
 * The sentences that text inserted at token p (with no line break of its own) becomes part of: the one before
 * it (`Collision test` + ` one`, `Sign below.` + `txt and more`) and the one after it (`Big ` + `Collision
 * test`), each -1 when the inserted text stands apart from it (` Bring food.` after `We meet Monday.`).
 * Decided by the same rules as sentenceUnits, on the sentences around p with the text inserted.
 */
export function joinedSentences(base: readonly string[], units: Units, p: number, inserted: readonly string[]): [number, number] {
  const firstNew = inserted.findIndex((t) => !isSpace(t));
  if (firstNew < 0) return [-1, -1];
  let lastNew = inserted.length - 1;
  while (isSpace(inserted[lastNew]!)) lastNew--;
  // The context: from the sentence before p to the sentence after it.
  let u = p > 0 ? units.unitOf[p - 1]! : -1;
  if (u >= 0 && units.gap[u] && u > 0) u--;
  const from = u >= 0 ? units.start[u]! : p;
  let v = p < base.length ? units.unitOf[p]! : -1;
  if (v >= 0 && units.gap[v] && v + 1 < units.gap.length) v++;
  const to = v >= 0 ? units.end[v]! : p;
  const shown = [...units.shown.slice(from, p), ...inserted, ...units.shown.slice(p, to)];
  const kind = kindsOf([...base.slice(from, p), ...inserted, ...base.slice(p, to)]);
  const joined = sentenceOfTokens(shown, kind);
  const at = p - from; // index of the first inserted token in the context
  let left = p - 1;
  while (left >= from && isSpace(base[left]!)) left--;
  let right = p;
  while (right < to && isSpace(base[right]!)) right++;
  const joinsLeft = left >= from && joined[left - from] === joined[at + firstNew];
  const joinsRight = right < to && joined[right - from + inserted.length] === joined[at + lastNew];
  return [joinsLeft ? units.unitOf[left]! : -1, joinsRight ? units.unitOf[right]! : -1];
}
