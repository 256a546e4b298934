// Cuts a run of tokens into sentences and the whitespace gaps between them ("units").
//
// The sentence is the unit of the merge policy: two sides' edits that touch one sentence are shown for
// review rather than merged word by word, because word-level merging inside a sentence can make text that
// neither side wrote (three -> five by one, sixty -> seventy by the other: "seventy-five").
//
// A sentence ends
//   - at a line break, unless the line only wraps prose that goes on in the next line (hard-wrapped text):
//     a line of three words or more, not a heading, table row, code fence, attribute list or link
//     definition and not ending in a hard line break, followed in the same block (same quote depth) by a
//     line that goes on with a word rather than starting a list item, heading, table row, fence or tag.
//     So list items, headings, table rows, short lines (a list without bullets) and most lines of code
//     stay units of their own, while two edits of one sentence wrapped over two lines meet;
//   - after . ! ? or … (and any closing quote, bracket or emphasis mark) followed by whitespace, unless the
//     next word starts with a lower-case letter (an abbreviation: "e.g. the", "approx. three");
//   - right after a CJK full stop, ! or ?, which are not followed by spaces.
// Whitespace after a sentence's end, line breaks included, is a gap: a unit of its own, where insertions
// of whole new sentences land.
import { isLineBreak, isSpace } from "./tokenize";

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
};

const TERMINATOR = /^[.!?…‽]+$/u;
const CLOSER = /^["'’”»)\]}*_`]+$/u;
const CJK_TERMINATOR = /^[。！？]$/u;
const LOWER_START = /^\p{Ll}/u;

export function sentenceUnits(tokens: readonly string[]): Units {
  const unitOf = new Int32Array(tokens.length);
  const start: number[] = [];
  const end: number[] = [];
  const gap: boolean[] = [];
  const breaks: boolean[] = [];
  let inSentence = false;
  let terminal = false; // the sentence so far ends with a terminator (and closers)
  let lineStart = 0; // first token of the current line

  const open = (i: number, isGap: boolean) => {
    start.push(i);
    end.push(i);
    gap.push(isGap);
    breaks.push(false);
  };

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const space = isSpace(t);
    const lineBreak = isLineBreak(t);
    if (inSentence && space && (lineBreak ? terminal || !softBreak(tokens, lineStart, i) : terminal && !lowerNext(tokens, i))) {
      inSentence = false;
      open(i, true);
    } else if (!inSentence) {
      if (!space) {
        inSentence = true;
        terminal = false;
        open(i, false);
      } else if (gap.length === 0 || !gap[gap.length - 1]) {
        open(i, true);
      }
    }
    const unit = start.length - 1;
    unitOf[i] = unit;
    end[unit] = i + 1;
    if (lineBreak) {
      breaks[unit] = true;
      lineStart = i + 1;
    }
    if (inSentence && !space) {
      if (CJK_TERMINATOR.test(t)) inSentence = false;
      else if (TERMINATOR.test(t)) terminal = true;
      else if (!CLOSER.test(t)) terminal = false;
    }
  }
  return { unitOf, start, end, gap, breaks };
}

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

// Whether the line break at i only wraps a sentence that goes on in the next line of the same paragraph
// (hard-wrapped prose), rather than ending a line that stands alone (a list item, a heading, a line of code).
function softBreak(tokens: readonly string[], lineStart: number, i: number): boolean {
  let next = "";
  for (let k = i + 1; k < tokens.length && !isLineBreak(tokens[k]!); k++) next += tokens[k]!;
  const line = tokens.slice(lineStart, i).join("");
  const lineQuote = QUOTE_PREFIX.exec(line)![1]!.replace(/[ \t]/g, "");
  const nextQuote = QUOTE_PREFIX.exec(next)![1]!.replace(/[ \t]/g, "");
  if (lineQuote !== nextQuote) return false;
  const rest = next.slice(QUOTE_PREFIX.exec(next)![0].length);
  const lineRest = line.slice(QUOTE_PREFIX.exec(line)![0].length);
  return (
    PROSE_START.test(rest) && !BLOCK_START.test(rest) && !LINE_OF_ITS_OWN.test(lineRest) && (lineRest.match(WORDS) ?? []).length >= 3
  );
}

// Is the first word after the whitespace at i lower-case (so the "." before was an abbreviation)?
function lowerNext(tokens: readonly string[], i: number): boolean {
  const next = tokens[i + 1];
  return next !== undefined && LOWER_START.test(next);
}
