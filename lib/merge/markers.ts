// The merge as text with git-style conflict markers (diff3 style, base included):
//
//   <<<<<<< mine
//   the lines as mine has them
//   ||||||| base
//   the lines as the base has them
//   =======
//   the lines as theirs has them
//   >>>>>>> theirs
//
// Markers must stand on lines of their own, but our conflicts are sentences, which may sit inside a line:
// each conflict is widened to whole lines by copying the agreed text around it on the same line into all
// three versions, and conflicts that share a line become one block. Like git, a version that ends the text
// without a final line break gets one before the next marker. Markers use the text's own line ending.
import { lineEnding } from "./line-endings";
import type { MarkerLabels, MergeResult } from "./types";

type Block = { mine: string; base: string; theirs: string };

export function textWithMarkers(result: MergeResult, labels: MarkerLabels = {}): string {
  const { chunks } = result;
  const eol = lineEnding(...chunks.map((c) => (c.kind === "stable" ? c.text : c.mine + c.theirs)));
  const label = (name: string | undefined, fallback: string) => (name === undefined ? fallback : name);
  const open = `<<<<<<< ${label(labels.mine, "mine")}`.trimEnd() + eol;
  const mid = `||||||| ${label(labels.base, "base")}`.trimEnd() + eol;
  const sep = "=======" + eol;
  const close = `>>>>>>> ${label(labels.theirs, "theirs")}`.trimEnd() + eol;
  const ensureEol = (s: string) => (s === "" || /[\n\r]$/.test(s) ? s : s + eol);

  const out: string[] = [];
  let partial = ""; // agreed text since the last line break written to `out`
  const writeAgreed = (text: string) => {
    const cut = lastLineBreak(text);
    if (cut < 0) {
      partial += text;
      return;
    }
    out.push(partial, text.slice(0, cut));
    partial = text.slice(cut);
  };

  let block: Block | null = null;
  const add = (b: Block, text: string) => {
    b.mine += text;
    b.base += text;
    b.theirs += text;
  };
  const closeBlock = (b: Block) => {
    out.push(open, ensureEol(b.mine), mid, ensureEol(b.base), sep, ensureEol(b.theirs), close);
  };

  for (const chunk of chunks) {
    if (chunk.kind === "conflict") {
      if (!block) {
        block = { mine: partial, base: partial, theirs: partial };
        partial = "";
      }
      block.mine += chunk.mine;
      block.base += chunk.base;
      block.theirs += chunk.theirs;
      if (endsLine(block.mine) && endsLine(block.base) && endsLine(block.theirs)) {
        closeBlock(block);
        block = null;
      }
      continue;
    }
    if (!block) {
      writeAgreed(chunk.text);
      continue;
    }
    // Agreed text after a conflict: up to the end of its line belongs to the block.
    const cut = firstLineBreakEnd(chunk.text);
    if (cut < 0) {
      add(block, chunk.text);
      continue;
    }
    add(block, chunk.text.slice(0, cut));
    closeBlock(block);
    block = null;
    writeAgreed(chunk.text.slice(cut));
  }
  if (block) closeBlock(block);
  else out.push(partial);
  return out.join("");
}

const endsLine = (s: string) => s === "" || /[\n\r]$/.test(s);

// Index just past the last line break in text, or -1.
function lastLineBreak(text: string): number {
  const n = Math.max(text.lastIndexOf("\n"), text.lastIndexOf("\r"));
  return n < 0 ? -1 : n + 1;
}

// Index just past the first line break in text (a CRLF counts as one), or -1.
function firstLineBreakEnd(text: string): number {
  const match = /\r\n|\n|\r/.exec(text);
  return match ? match.index + match[0].length : -1;
}
