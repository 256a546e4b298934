// A missing final line break is an attribute of the text, merged on its own.
//
// Compared line by line, a last line without a line break differs from the same line with one, so "one side
// added the final newline" and "the other side appended a line" would touch the same line and the newline
// would be lost (or the append conflict). Instead every version that does not end with a line break gets one
// before merging (in its own convention), and the flags "ended without one" are merged like any one-word
// edit: the side that changed it from the base wins. The chunk sink then takes the added line breaks back.

/** Which versions were given a final line break they did not have. */
export type FinalLineBreaks = { base: boolean; mine: boolean; theirs: boolean };

const ENDS_WITH_LINE_BREAK = /[\r\n]$/;
const FINAL_LINE_BREAK = /(?:\r\n|\n|\r)$/;

/** Whether the text is not empty and does not end with a line break. */
export function lacksFinalLineBreak(text: string): boolean {
  return text !== "" && !ENDS_WITH_LINE_BREAK.test(text);
}

/** Whether the merged text ends without a line break: the flag of the side that changed it, if any. */
export function mergedFlag(added: FinalLineBreaks): boolean {
  return added.mine !== added.base ? added.mine : added.theirs;
}

/** Who changed the flag (only meaningful when someone did). */
export function changedFlag(added: FinalLineBreaks): "mine" | "theirs" | "both" {
  if (added.mine !== added.base) return added.theirs !== added.base ? "both" : "mine";
  return "theirs";
}

/** The text without its final line break, if it has one. */
export function cutLineBreak(text: string): string {
  const match = FINAL_LINE_BREAK.exec(text);
  return match ? text.slice(0, match.index) : text;
}
