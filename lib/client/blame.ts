// Who changed each conflict's part of the note, when several people saved since my version. The 412 says who
// saved, not who wrote what: the dialog would otherwise name the newest saver for a sentence someone else
// changed. So each conflict's place in the base is followed through every saved version up to the one merged
// against, and a save that changed that place is blamed for it.
//
// A save changed the place when it removed some of it, inserted inside it, or inserted text at its edge that
// belongs to the same sentence (ICU's sentence segmentation decides: "Early " before "Lunch is at noon." is
// part of it, a new sentence before it is not). Pure: the dialog fetches the versions, this reads them.
import { wordDiff } from "@/lib/merge";

export type BlameVersion = {
  version: number;
  /** How the dialog names whoever saved it ("Hana", "your other tab"). */
  who: string;
  title: string;
  body: string;
};

export type BlameTarget = { id: string; field: "title" | "body"; baseStart: number; baseEnd: number };

let segmenter: Intl.Segmenter | null = null;
function sentenceAt(text: string, at: number): { start: number; end: number } {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: "sentence" });
  const segment = segmenter.segment(text).containing(Math.max(0, Math.min(at, text.length - 1)));
  return segment ? { start: segment.index, end: segment.index + segment.segment.length } : { start: at, end: at };
}

const leadingSpace = (text: string) => text.length - text.trimStart().length;
const trailingSpace = (text: string) => text.length - text.trimEnd().length;

/** Follows the range [start, end) of `before` into `after`: where it is there, and whether the edit touched it. */
export function followRange(
  before: string,
  after: string,
  start: number,
  end: number,
): { touched: boolean; start: number; end: number } {
  let o = 0; // position in before
  let n = 0; // position in after
  let ns = -1;
  let ne = -1;
  let touched = false;
  const empty = start === end;
  for (const part of wordDiff(before, after)) {
    const length = part.text.length;
    if (part.kind === "same") {
      if (ns < 0 && start < o + length) ns = n + (start - o);
      if (ne < 0 && end <= o + length && !(empty && ns < 0)) ne = n + (end - o);
      o += length;
      n += length;
    } else if (part.kind === "removed") {
      if (empty ? o < start && start < o + length : start < o + length && end > o) touched = true;
      if (ns < 0 && start < o + length) ns = n;
      if (ne < 0 && end <= o + length && end > o) ne = n;
      o += length;
    } else {
      if (empty && o === start) {
        touched = true;
        ns = n;
        ne = n + length;
      } else if (!empty && start < o && o < end) {
        touched = true;
      } else if (!empty && o === start && ns < 0) {
        // Text put just before the range: the same sentence when the range's sentence begins inside it.
        const joins = sentenceAt(after, n + length).start < n + length - trailingSpace(part.text);
        if (joins) touched = true;
        ns = joins ? n : n + length;
      } else if (!empty && o === end && ne === n) {
        // Text put just after the range: the same sentence when the range's sentence goes on into it.
        const joins = n > 0 && sentenceAt(after, n - 1).end > n + leadingSpace(part.text);
        if (joins) {
          touched = true;
          ne = n + length;
        }
      }
      n += length;
    }
  }
  if (ns < 0) ns = n;
  if (ne < 0) ne = Math.max(ns, n);
  return { touched, start: ns, end: Math.max(ns, ne) };
}

/**
 * For each conflict, who made the saves (oldest first, each name once) that changed its part of `base`.
 * `versions` are every saved version after the base up to the one merged against, oldest first.
 */
export function blameConflicts(
  base: { title: string; body: string },
  versions: readonly BlameVersion[],
  targets: readonly BlameTarget[],
): Record<string, string[]> {
  const blame: Record<string, string[]> = {};
  for (const target of targets) {
    let text = base[target.field];
    let start = target.baseStart;
    let end = target.baseEnd;
    const who: string[] = [];
    for (const version of versions) {
      const next = version[target.field];
      if (next !== text) {
        const followed = followRange(text, next, start, end);
        if (followed.touched && !who.includes(version.who)) who.push(version.who);
        start = followed.start;
        end = followed.end;
        text = next;
      }
    }
    blame[target.id] = who;
  }
  return blame;
}
