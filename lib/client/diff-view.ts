// Shaping word diffs for reading: long unchanged stretches fold to their edges, so a review of a long note
// shows only what changed, with a little context around each change.
import { wordDiff, type WordDiffPart } from "@/lib/merge";

export type DiffViewPart =
  | WordDiffPart
  | { kind: "gap"; text: string; hidden: number }
  /** Two texts with little in common: shown whole, one removed and one added, not word by word. */
  | { kind: "replaced"; before: string; after: string };

export function collapseUnchanged(parts: readonly DiffViewPart[], context = 80): DiffViewPart[] {
  const out: DiffViewPart[] = [];
  parts.forEach((part, index) => {
    if (part.kind !== "same" || part.text.length <= context * 2 + 20) {
      out.push(part);
      return;
    }
    const first = index === 0;
    const last = index === parts.length - 1;
    const headText = first ? "" : cutAfter(part.text, context);
    const tailText = last ? "" : cutBefore(part.text, context);
    const hidden = part.text.length - headText.length - tailText.length;
    if (headText) out.push({ kind: "same", text: headText });
    out.push({ kind: "gap", text: "…", hidden });
    if (tailText) out.push({ kind: "same", text: tailText });
  });
  return out;
}

/** About `size` characters from the start, ending at a word boundary when there is one. */
function cutAfter(text: string, size: number): string {
  const slice = text.slice(0, size);
  const space = slice.search(/\s\S*$/);
  return space > size / 2 ? slice.slice(0, space + 1) : slice;
}

/** About `size` characters from the end, starting at a word boundary when there is one. */
function cutBefore(text: string, size: number): string {
  const slice = text.slice(text.length - size);
  const space = slice.search(/\s/);
  return space >= 0 && space < size / 2 ? slice.slice(space + 1) : slice;
}

/** Below this share of visible characters in common, a word diff is noise: show the texts whole instead. */
export const MIN_SHARED = 1 / 3;

function visibleLength(text: string): number {
  return text.replace(/\s+/g, "").length;
}

/**
 * The change from `before` to `after` for a person to read. Word by word when the texts have enough in common;
 * when they share little (a rewrite, or two unrelated texts that happen to share a "-" or a "the"), the whole
 * of `before` as removed and the whole of `after` as added, instead of confetti of tiny matches.
 */
export function readableDiff(before: string, after: string, minShared = MIN_SHARED): DiffViewPart[] {
  const parts = wordDiff(before, after);
  if (!before.trim() || !after.trim()) return parts;
  const shared = parts.reduce((sum, part) => sum + (part.kind === "same" ? visibleLength(part.text) : 0), 0);
  const larger = Math.max(visibleLength(before), visibleLength(after));
  return shared / larger >= minShared ? parts : [{ kind: "replaced", before, after }];
}

/** Whether a diff changes anything at all. */
export function hasChanges(parts: readonly WordDiffPart[]): boolean {
  return parts.some((part) => part.kind !== "same");
}
