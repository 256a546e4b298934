// Speed of the three-way merge on a large note: `npx tsx bench/merge-bench.ts` prints a table.
//
// Input: a deterministic ~1 MB prose note (seeded PRNG) with 1,000 scattered edits on each side, a third
// of theirs in paragraphs mine also edited (see lib/merge/synthetic-note.ts). Times mergeTexts in process
// (median after warm-up) and `git merge-file -p` on the same bytes (spawned, so process start included:
// that is how git is used). Target for ours: under 200 ms.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { mergeTexts, resolvedText } from "../lib/merge";
import { syntheticMerge } from "../lib/merge/synthetic-note";

export type MergeBenchRow = {
  name: string;
  medianMs: number;
  runs: number;
  /** what came out: clean or the number of conflicts, and whether it is the expected text */
  outcome: string;
};

const WARMUP = 3;
const RUNS = 9;

export type MergeBenchResult = { rows: MergeBenchRow[]; input: { bytes: number; editsPerSide: number } };

export async function runMergeBench(): Promise<MergeBenchResult> {
  const editsPerSide = 1000;
  const { base, mine, theirs, expected } = syntheticMerge({ bytes: 1_000_000, editsPerSide, seed: 42 });
  const rows: MergeBenchRow[] = [];

  let outcome = "";
  const ours = timeIt(() => {
    const result = mergeTexts(base, mine, theirs);
    outcome = result.clean ? (resolvedText(result, {}) === expected ? "clean, as expected" : "clean, WRONG") : `${result.conflicts} conflicts`;
  });
  rows.push({ name: "mergeTexts (lib/merge)", medianMs: ours, runs: RUNS, outcome });

  const dir = mkdtempSync(path.join(tmpdir(), "merge-bench-"));
  try {
    const files = { base: path.join(dir, "base"), mine: path.join(dir, "mine"), theirs: path.join(dir, "theirs") };
    writeFileSync(files.base, base);
    writeFileSync(files.mine, mine);
    writeFileSync(files.theirs, theirs);
    let gitOutcome = "";
    const git = timeIt(() => {
      const r = spawnSync("git", ["merge-file", "-p", files.mine, files.base, files.theirs], { maxBuffer: 1 << 28 });
      if (r.error) throw r.error;
      const out = r.stdout.toString();
      // git's exit status stops counting at 127: count the markers instead.
      gitOutcome = r.status === 0 ? (out === expected ? "clean, as expected" : "clean, WRONG") : `${out.match(/^<{7}/gm)?.length} conflicts`;
    });
    rows.push({ name: "git merge-file -p (spawned)", medianMs: git, runs: RUNS, outcome: gitOutcome });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return { rows, input: { bytes: base.length, editsPerSide } };
}

function timeIt(run: () => void): number {
  for (let i = 0; i < WARMUP; i++) run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    run();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/** The result as a Markdown table (what `npm run bench` prints). */
export function formatMergeBench({ rows, input }: MergeBenchResult): string {
  const lines = [
    `${(input.bytes / 1e6).toFixed(2)} MB note, ${input.editsPerSide} edits on each side (a third of them near the other side's)`,
    "",
    "| engine | median ms | runs | outcome |",
    "|---|---|---|---|",
    ...rows.map((r) => `| ${r.name} | ${r.medianMs.toFixed(1)} | ${r.runs} | ${r.outcome} |`),
  ];
  return lines.join("\n");
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  console.log(formatMergeBench(await runMergeBench()));
}
