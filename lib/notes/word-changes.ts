// How much a save changed, in words a person would count: "12 words added, 3 removed". Pure.
import { wordDiff } from "@/lib/merge";

const words = new Intl.Segmenter(undefined, { granularity: "word" });

function countWords(text: string): number {
  let count = 0;
  for (const segment of words.segment(text)) if (segment.isWordLike) count++;
  return count;
}

export type WordChanges = { wordsAdded: number; wordsRemoved: number };

/** Words added and removed from `before` to `after` (title and body together; the title counts too). */
export function wordChanges(before: string, after: string): WordChanges {
  let wordsAdded = 0;
  let wordsRemoved = 0;
  for (const part of wordDiff(before, after)) {
    if (part.kind === "added") wordsAdded += countWords(part.text);
    else if (part.kind === "removed") wordsRemoved += countWords(part.text);
  }
  return { wordsAdded, wordsRemoved };
}
