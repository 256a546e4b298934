// Where a position in a text is once the text has become another version: the caret of someone reading a note
// stays on the same words when another person's save changes the text before it. Positions follow a character
// diff (the `diff` library); a position inside removed text lands where the removal was, and text inserted
// exactly at a position goes after it. Very long or very different texts give up on the diff after a moment
// and keep what the common start and end of the two texts allow.
import { diffChars } from "diff";

const DIFF_TIMEOUT_MS = 30;

export function offsetCarrier(before: string, after: string): (offset: number) => number {
  if (before === after) return (offset) => offset;
  const parts = diffChars(before, after, { timeout: DIFF_TIMEOUT_MS });
  if (!parts) return byCommonEnds(before, after);
  return (offset) => {
    let oldAt = 0;
    let newAt = 0;
    for (const part of parts) {
      const length = part.value.length;
      if (part.added) {
        if (offset === oldAt) return newAt;
        newAt += length;
      } else if (part.removed) {
        if (offset < oldAt + length) return newAt;
        oldAt += length;
      } else {
        if (offset <= oldAt + length) return newAt + (offset - oldAt);
        oldAt += length;
        newAt += length;
      }
    }
    return Math.min(newAt, after.length);
  };
}

/** Positions in the unchanged start stay, in the unchanged end move by the change in length, between: its start. */
function byCommonEnds(before: string, after: string): (offset: number) => number {
  const shorter = Math.min(before.length, after.length);
  let start = 0;
  while (start < shorter && before[start] === after[start]) start++;
  let end = 0;
  while (end < shorter - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  return (offset) => (offset <= start ? offset : offset >= before.length - end ? offset + after.length - before.length : start);
}
