// Word-level merge of one region that both sides changed (between two lines neither side touched).
//
// Each side's changes are diffed against the base by token, whitespace kept as tokens, and slid to fit the
// sentence structure. Each change reaches the sentence(s) it touches (reach.ts), and further where its
// neighbours tell that it depends on them: text inserted next to a sentence the other side removed, and a
// sentence deleted next to one the other side edited (below). Changes that meet (see blocks.ts) are
// decided together (see decide.ts); all other changes are applied as they are.
import type { ChunkSink } from "./chunk-sink";
import { blockOf, conflictBlocks } from "./blocks";
import { decideBlock } from "./decide";
import { applyHunks, hunksOf, type Hunk, type Side } from "./hunks";
import { reachOf, type Reach } from "./reach";
import { matchStrings } from "./sequence-match";
import { sentenceUnits, type Units } from "./sentences";
import { slideHunks } from "./slide";
import { isLineBreak, isSpace, tokenize } from "./tokenize";

export function mergeRegion(base: string, mine: string, theirs: string, sink: ChunkSink): void {
  const bt = tokenize(base);
  const mt = tokenize(mine);
  const tt = tokenize(theirs);
  const units = sentenceUnits(bt);
  const mineHunks = slideHunks(hunksOf("mine", bt, mt, matchStrings(bt, mt)), bt, units);
  const theirsHunks = slideHunks(hunksOf("theirs", bt, tt, matchStrings(bt, tt)), bt, units);
  const items = [...mineHunks, ...theirsHunks].map((h) => reachOf(h, units, bt));
  anchorInsertions(items, bt, units, { mine: removedTokens(mineHunks, bt.length), theirs: removedTokens(theirsHunks, bt.length) });
  deletionNeighbours(items, bt, units, { mine: editedUnits(mineHunks, units), theirs: editedUnits(theirsHunks, units) });

  const blocks = conflictBlocks(items);
  const inBlock = blocks.map((): Hunk[] => []);
  const clean: Reach[] = [];
  for (const it of items) {
    const k = blockOf(blocks, it);
    if (k >= 0) inBlock[k]!.push(it.hunk);
    else clean.push(it);
  }
  clean.sort((a, b) => a.p0 - b.p0 || a.p1 - b.p1);

  let pos = 0; // next base token to write
  let c = 0;
  const writeCleanBefore = (limit: number) => {
    for (; c < clean.length && clean[c]!.p1 < limit; c++) {
      const h = clean[c]!.hunk;
      emitBase(bt, pos, h.b0, sink);
      sink.stable(h.tokens.join(""), bt.slice(h.b0, h.b1).join(""), h.side);
      pos = h.b1;
    }
  };
  blocks.forEach((block, k) => {
    writeCleanBefore(block.r0);
    const s = block.r0 >> 1; // token 2i+1 and point 2i both start at token i
    const e = (block.r1 + 1) >> 1; // token 2i+1 ends at i+1, point 2i at i
    emitBase(bt, pos, s, sink);
    const side = (name: Hunk["side"]) => inBlock[k]!.filter((h) => h.side === name).sort((x, y) => x.b0 - y.b0);
    const spaceOnly = (name: Hunk["side"]) => side(name).every((h) => h.spaceOnly);
    const b = bt.slice(s, e);
    decideBlock(b, applyHunks(bt, s, e, side("mine")), applyHunks(bt, s, e, side("theirs")), spaceOnly("mine"), spaceOnly("theirs"), sink);
    pos = e;
  });
  writeCleanBefore(Infinity);
  emitBase(bt, pos, bt.length, sink);
}

// Text inserted next to a sentence was written against it: when the other side removed that sentence (took
// away most of its words, by deleting or rewriting it), the insertion's place and sense are in doubt, so it
// reaches that sentence and meets the removal. New lines reach the sentences around them across line breaks
// and blank lines; text added within a line, only those on its own line.
function anchorInsertions(items: Reach[], bt: readonly string[], units: Units, removed: Record<Side, Uint8Array>) {
  for (const it of items) {
    const h = it.hunk;
    if (h.b0 !== h.b1 || h.spaceOnly) continue;
    const other = removed[h.side === "mine" ? "theirs" : "mine"];
    const newLines = h.tokens.some(isLineBreak);
    const left = neighbourSentence(units, h.b0 > 0 ? units.unitOf[h.b0 - 1]! : -1, -1);
    const right = neighbourSentence(units, h.b0 < bt.length ? units.unitOf[h.b0]! : -1, 1);
    const near = (from: number, to: number) => newLines || !bt.slice(from, to).some(isLineBreak);
    if (left >= 0 && near(units.end[left]!, h.b0) && mostlyRemoved(bt, units, left, other)) {
      it.r0 = Math.min(it.r0, 2 * units.start[left]! + 1);
    }
    if (right >= 0 && near(h.b0, units.start[right]!) && mostlyRemoved(bt, units, right, other)) {
      it.r1 = Math.max(it.r1, 2 * units.end[right]! - 1);
    }
  }
}

// A sentence deleted next to one the other side edited, in the same block of text (no blank line between):
// the deleting side may have moved its content into that neighbour, or the edit may lean on the deleted
// sentence, so the deletion reaches the edited neighbour and the two are decided together.
function deletionNeighbours(items: Reach[], bt: readonly string[], units: Units, edited: Record<Side, Uint8Array>) {
  for (const it of items) {
    const h = it.hunk;
    if (h.b0 === h.b1 || !h.tokens.every(isSpace) || h.spaceOnly) continue;
    const sentences = deletedSentences(h, units);
    if (!sentences) continue;
    const other = edited[h.side === "mine" ? "theirs" : "mine"];
    const before = sameBlockNeighbour(units, bt, sentences[0], -1);
    const after = sameBlockNeighbour(units, bt, sentences[1], 1);
    if (before >= 0 && other[before]) it.r0 = Math.min(it.r0, 2 * units.start[before]! + 1);
    if (after >= 0 && other[after]) it.r1 = Math.max(it.r1, 2 * units.end[after]! - 1);
  }
}

// The first and last sentence that the deletion takes away whole, or null if it takes none.
function deletedSentences(hunk: Hunk, units: Units): [number, number] | null {
  let first = -1;
  let last = -1;
  for (let u = units.unitOf[hunk.b0]!; u <= units.unitOf[hunk.b1 - 1]!; u++) {
    if (units.gap[u] || units.start[u]! < hunk.b0 || units.end[u]! > hunk.b1) continue;
    if (first < 0) first = u;
    last = u;
  }
  return first < 0 ? null : [first, last];
}

// The sentence next to unit u (in direction dir) in the same block of text: with at most one line break
// between them, not a blank line. -1 if there is none.
function sameBlockNeighbour(units: Units, bt: readonly string[], u: number, dir: 1 | -1): number {
  let lineBreaks = 0;
  for (let v = u + dir; v >= 0 && v < units.gap.length; v += dir) {
    if (!units.gap[v]) return lineBreaks <= 1 ? v : -1;
    for (let i = units.start[v]!; i < units.end[v]!; i++) if (isLineBreak(bt[i]!)) lineBreaks++;
  }
  return -1;
}

/** edited[u] = 1 when these hunks change words of unit u (or insert text inside it). */
function editedUnits(hunks: readonly Hunk[], units: Units): Uint8Array {
  const edited = new Uint8Array(units.gap.length);
  for (const h of hunks) {
    if (h.spaceOnly) continue;
    if (h.b0 < h.b1) {
      for (let u = units.unitOf[h.b0]!; u <= units.unitOf[h.b1 - 1]!; u++) edited[u] = 1;
    } else if (h.b0 > 0 && h.b0 < units.unitOf.length && units.unitOf[h.b0 - 1] === units.unitOf[h.b0]) {
      edited[units.unitOf[h.b0]!] = 1;
    }
  }
  return edited;
}

// The nearest sentence from unit u on (u itself if it is one), going in direction dir past whitespace.
function neighbourSentence(units: Units, u: number, dir: 1 | -1): number {
  for (; u >= 0 && u < units.gap.length; u += dir) if (!units.gap[u]) return u;
  return -1;
}

/** removed[i] = 1 when these hunks delete or replace base token i. */
function removedTokens(hunks: readonly Hunk[], n: number): Uint8Array {
  const removed = new Uint8Array(n);
  for (const h of hunks) removed.fill(1, h.b0, h.b1);
  return removed;
}

const WORD = /[\p{L}\p{N}]/u;

// Whether more than half of the unit's words (or, without words, of its other tokens) are removed.
function mostlyRemoved(bt: readonly string[], units: Units, u: number, removed: Uint8Array): boolean {
  let words = 0;
  let wordsGone = 0;
  let others = 0;
  let othersGone = 0;
  for (let i = units.start[u]!; i < units.end[u]!; i++) {
    const t = bt[i]!;
    if (isSpace(t)) continue;
    if (WORD.test(t)) {
      words++;
      wordsGone += removed[i]!;
    } else {
      others++;
      othersGone += removed[i]!;
    }
  }
  return words > 0 ? 2 * wordsGone > words : 2 * othersGone > others;
}

function emitBase(bt: readonly string[], from: number, to: number, sink: ChunkSink) {
  if (from >= to) return;
  const text = bt.slice(from, to).join("");
  sink.stable(text, text, "none");
}
