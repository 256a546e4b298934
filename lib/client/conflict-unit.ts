// The whole sentence (or line) a conflict sits in. The engine's conflict may hold only the words both sides
// changed (two insertions at one place: " v2" against " draft"); a person choosing "edit by hand" thinks in
// sentences, so the dialog shows and edits the enclosing unit, and a hand edit replaces that whole unit.
//
// Sentence ends are ICU's (`Intl.Segmenter`), inside one line: a unit never crosses a line break, and never
// reaches into another conflict (the caller hands only the agreed text up to the neighbouring conflicts).

export type UnitAround = {
  /** Agreed text just before the conflict that belongs to its sentence (a suffix of `before`). */
  lead: string;
  /** Agreed text just after the conflict that belongs to its sentence (a prefix of `after`). */
  trail: string;
};

const NONE: UnitAround = { lead: "", trail: "" };

let segmenter: Intl.Segmenter | null = null;
function sentences(): Intl.Segmenter {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: "sentence" });
  return segmenter;
}

/** Where the sentence containing `at` starts and ends in `text` (ICU's segments include trailing spaces). */
function sentenceAt(text: string, at: number): { start: number; end: number } {
  const segment = sentences().segment(text).containing(Math.min(at, Math.max(0, text.length - 1)));
  if (!segment) return { start: at, end: at };
  return { start: segment.index, end: segment.index + segment.segment.length };
}

/**
 * The lead and trail that make `versions` (the conflict's text on each side) whole sentences, given the agreed
 * text `before` and `after` it. The union over every version: the unit must be whole whichever side is kept.
 * A conflict of whole lines (`wholeLines`) is its own unit.
 */
export function unitAround(before: string, versions: readonly string[], after: string, wholeLines: boolean): UnitAround {
  if (wholeLines) return NONE;
  const lineBefore = before.slice(before.lastIndexOf("\n") + 1);
  const newline = after.indexOf("\n");
  const lineAfter = newline === -1 ? after : after.slice(0, newline);
  if (!lineBefore && !lineAfter.trim()) return NONE;
  let leadStart = lineBefore.length;
  let trailEnd = 0;
  for (const version of versions) {
    const line = lineBefore + version + lineAfter;
    const first = sentenceAt(line, lineBefore.length).start;
    const lastChar = lineBefore.length + Math.max(0, version.length - 1);
    const end = version ? sentenceAt(line, lastChar).end : sentenceAt(line, lineBefore.length).end;
    leadStart = Math.min(leadStart, first);
    trailEnd = Math.max(trailEnd, end - lineBefore.length - version.length);
  }
  const lead = lineBefore.slice(Math.min(leadStart, lineBefore.length));
  // The spaces after a sentence belong between sentences, not to the one being edited.
  const trail = lineAfter.slice(0, Math.max(0, trailEnd)).replace(/\s+$/u, "");
  return { lead, trail };
}
