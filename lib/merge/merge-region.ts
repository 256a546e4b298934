// Word-level merge of one region that both sides changed (between two lines neither side touched).
//
// Each side's changes are diffed against the base by token, whitespace kept as tokens, and slid to fit the
// sentence structure. Changes that meet (see blocks.ts) are decided together (see decide.ts); all other
// changes are applied as they are.
import type { ChunkSink } from "./chunk-sink";
import { blockOf, conflictBlocks } from "./blocks";
import { decideBlock } from "./decide";
import { applyHunks, hunksOf, type Hunk } from "./hunks";
import { reachOf, type Reach } from "./reach";
import { matchStrings } from "./sequence-match";
import { sentenceUnits } from "./sentences";
import { slideHunks } from "./slide";
import { tokenize } from "./tokenize";

export function mergeRegion(base: string, mine: string, theirs: string, sink: ChunkSink): void {
  const bt = tokenize(base);
  const mt = tokenize(mine);
  const tt = tokenize(theirs);
  const units = sentenceUnits(bt);
  const items = [
    ...slideHunks(hunksOf("mine", bt, mt, matchStrings(bt, mt)), bt, units),
    ...slideHunks(hunksOf("theirs", bt, tt, matchStrings(bt, tt)), bt, units),
  ].map((h) => reachOf(h, units, bt.length));

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

function emitBase(bt: readonly string[], from: number, to: number, sink: ChunkSink) {
  if (from >= to) return;
  const text = bt.slice(from, to).join("");
  sink.stable(text, text, "none");
}
