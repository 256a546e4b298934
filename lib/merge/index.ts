// Three-way merge of prose notes: the engine behind the merge dialog (after an HTTP 412) and `npm run merge`.
// Pure TypeScript, no framework import: runs the same in the browser and in Node.
//
// mergeTexts(base, mine, theirs): MergeResult
//   Merges ONE text (the caller merges title and body separately). `base` is the version both sides started
//   from, `mine` the local edit, `theirs` the version saved since. Lines first, then words (whitespace kept as
//   tokens) inside regions both sides changed, so edits to different sentences of one paragraph merge.
//   Policy: two sides' edits touching one sentence are never merged word by word but shown as a conflict,
//   unless they are the same edit, or one side only changed whitespace there (the words win), or one side's
//   version already contains the other's edit and only adds words to it ("five ships" + "five big ships").
//   Also conflicts, because the two changes depend on each other:
//     - text inserted at one place by both sides (unless the same text). New lines between two lines of text
//       go to one of three places: under the line above (no blank line between), over the line below, or a
//       block of their own between them; blank lines that both sides kept do not make two places;
//     - text inserted next to a sentence that the other side removed (deleted, or rewrote so that most of
//       its words are gone): new lines look past line breaks and blank lines, text added within a line only
//       at its own line;
//     - an edit against a deletion, and a sentence deleted next to one the other side edited in the same
//       block (no blank line between).
//   Whitespace-only changes (re-wrapping, spacing, blank lines) merge with anything they do not physically
//   overlap, with two exceptions: trailing whitespace removed from a line the other side changed yields to
//   that change (the line comes out as the other side wrote it), and two changes that each take away part of
//   the whitespace between two words are decided together (words are never glued).
//   Sentences are the platform's (Intl.Segmenter, granularity "sentence": `notes.txt`, `3.50` and `e.g. the`
//   end nothing, `。` ends a sentence), with our own rules where that is wrong for a merge (sentences.ts):
//   a line break ends a sentence unless the line only wraps prose that goes on in the next line (a line of
//   three words or more, not a heading, table row, code fence, attribute list, link definition, nor ending
//   in a hard break, followed in the same block by a line that goes on with a word, not a list item,
//   heading, table row, fence or tag); a full stop inside a word (`File.Open`) ends nothing; nor does one
//   after `Dr.`-style abbreviations, initials, or a numbered list marker. So a title, a heading, a list item
//   or a short line is one unit even without punctuation, and words added at either end of a unit, on its
//   line, edit that unit (`Collision test` -> `Collision test one` against `Big Collision test` conflicts).
//   Lossless: the text is never normalised (a BOM and Unicode round-trip; tokens never cut inside a
//   grapheme). A missing final line break is merged on its own, like a one-word edit: appending a line to a
//   last line that had none does not touch it. One exception to "never normalise": when mine and theirs each
//   use one line-ending convention throughout and they differ (an editor converted the whole text), the
//   result uses mine's; and when the converting side also changed words, each change of the other side
//   (but whitespace-only ones) is a conflict with cause "line-endings": a side that re-saved every line may
//   have done so from another copy, so nothing of the other side is merged behind the user's back.
//   result.chunks, in text order:
//     { kind: "stable", text, base, changedBy: "none" | "mine" | "theirs" | "both" }
//         agreed text; `base` is what it replaced (text === base when changedBy is "none"); text is "" for a
//         deletion. Use changedBy to let the user review what was merged automatically.
//     { kind: "conflict", key, base, mine, theirs, reason, separator, cause? }
//         whole sentences (or the inserted text) as each version has them. `reason` names it:
//         "both-edited" | "both-inserted" | "mine-deleted" | "theirs-deleted" (mine/theirs is then "" or
//         blank). `cause` is set when the texts alone would not make it a conflict: "line-endings" (above).
//         `key` = hash of (base, mine, theirs) + "-" + occurrence number: stable across re-merges, so
//         choices keyed by it survive when the merge is redone against a newer "theirs". `separator` is what
//         "keep both" puts between the versions (a line break when the conflict fills whole lines of a text
//         of several lines, else a space, or nothing in CJK text).
//   result.conflicts = number of conflict chunks; result.clean = conflicts === 0.
//
// resolvedText(result, choices: Record<key, ConflictChoice | undefined>): string | null
//   The merged text with each conflict replaced by its choice; null while any conflict has no choice.
//   ConflictChoice: { kind: "mine" } | { kind: "theirs" } | { kind: "mine-then-theirs" }
//                 | { kind: "theirs-then-mine" } | { kind: "custom"; text }
// conflictText(chunk, choice): string
//   The text one choice gives for one conflict (for previews). "Both" orders keep each version whole, joined
//   by chunk.separator when needed; for two insertions at one place only the inserted text is doubled.
// textWithMarkers(result, labels?: { mine?, base?, theirs? }): string
//   git-style diff3 markers (<<<<<<< mine / ||||||| base / ======= / >>>>>>> theirs), each conflict widened to
//   whole lines; labels default to "mine", "base", "theirs". Markers use the text's line ending.
// wordDiff(before, after): Array<{ text, kind: "same" | "added" | "removed" }>
//   Word highlights (e.g. base -> mine of one conflict). Joining the "same" + "removed" texts gives `before`,
//   "same" + "added" gives `after`.
export { mergeTexts } from "./merge-texts";
export { conflictText, resolvedText } from "./resolve";
export { textWithMarkers } from "./markers";
export { wordDiff } from "./word-diff";
export type {
  ChangedBy,
  ConflictChoice,
  ConflictChunk,
  ConflictCause,
  ConflictReason,
  MarkerLabels,
  MergeChunk,
  MergeResult,
  StableChunk,
  WordDiffPart,
} from "./types";
