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
//   Text inserted at one place by both sides, and an edit against a deletion, are conflicts too. Whitespace-
//   only changes (re-wrapping, spacing, trailing spaces) merge with anything they do not physically overlap.
//   A sentence ends at . ! ? … followed by a space and a word that is not lower-case, at a CJK full stop,
//   and at every line break (so list items, headings and lines of code are units of their own).
//   Lossless: the text is never normalised (a missing final newline, BOM, Unicode all round-trip; tokens
//   never cut inside a grapheme). One exception: when mine and theirs each use one line-ending convention
//   throughout and they differ (an editor converted the whole text), the result uses mine's.
//   result.chunks, in text order:
//     { kind: "stable", text, base, changedBy: "none" | "mine" | "theirs" | "both" }
//         agreed text; `base` is what it replaced (text === base when changedBy is "none"); text is "" for a
//         deletion. Use changedBy to let the user review what was merged automatically.
//     { kind: "conflict", key, base, mine, theirs, reason, separator }
//         whole sentences (or the inserted text) as each version has them. `reason` names it:
//         "both-edited" | "both-inserted" | "mine-deleted" | "theirs-deleted" (mine/theirs is then "" or
//         blank). `key` = hash of (base, mine, theirs) + "-" + occurrence number: stable across re-merges, so
//         choices keyed by it survive when the merge is redone against a newer "theirs". `separator` is what
//         "keep both" puts between the versions (a line break when the conflict fills whole lines, else a
//         space, or nothing in CJK text).
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
  ConflictReason,
  MarkerLabels,
  MergeChunk,
  MergeResult,
  StableChunk,
  WordDiffPart,
} from "./types";
