// Shaping word diffs for reading: long unchanged stretches fold to their edges, so a review of a long note
// shows only what changed, with a little context around each change.
import type { WordDiffPart } from "@/lib/merge";

export type DiffViewPart = WordDiffPart | { kind: "gap"; text: string; hidden: number };

export function collapseUnchanged(parts: readonly WordDiffPart[], context = 80): DiffViewPart[] {
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

/** Whether a diff changes anything at all. */
export function hasChanges(parts: readonly WordDiffPart[]): boolean {
  return parts.some((part) => part.kind !== "same");
}
