// Cuts a run of tokens into sentences and the whitespace gaps between them ("units").
//
// The sentence is the unit of the merge policy: two sides' edits that touch one sentence are shown for
// review rather than merged word by word, because word-level merging inside a sentence can make text that
// neither side wrote (three -> five by one, sixty -> seventy by the other: "seventy-five").
//
// A sentence ends
//   - at a line break: a line is never more than one sentence, which also makes Markdown list items,
//     headings, table rows and code lines units of their own;
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
  /** whether each unit holds a line break */
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

  const open = (i: number, isGap: boolean) => {
    start.push(i);
    end.push(i);
    gap.push(isGap);
    breaks.push(false);
  };

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const space = isSpace(t);
    if (inSentence && space && (isLineBreak(t) || (terminal && !lowerNext(tokens, i)))) {
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
    if (isLineBreak(t)) breaks[unit] = true;
    if (inSentence && !space) {
      if (CJK_TERMINATOR.test(t)) inSentence = false;
      else if (TERMINATOR.test(t)) terminal = true;
      else if (!CLOSER.test(t)) terminal = false;
    }
  }
  return { unitOf, start, end, gap, breaks };
}

// Is the first word after the whitespace at i lower-case (so the "." before was an abbreviation)?
function lowerNext(tokens: readonly string[], i: number): boolean {
  const next = tokens[i + 1];
  return next !== undefined && LOWER_START.test(next);
}
