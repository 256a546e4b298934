// `npm run merge -- BASE MINE THEIRS`: a three-way merge of three files, like `git merge-file -p MINE BASE
// THEIRS` (note our argument order: base first), with the same engine as the merge dialog.
//
// Prints the merged text to stdout, byte for byte (no newline added). Exit status: 0 when clean, else the
// number of conflicts (at most 127), written with diff3-style markers labelled mine / base / theirs (or the
// names given with up to three `-L NAME`, in the order mine, base, theirs, as git does). Usage errors and
// unreadable files: a message on stderr and status 255, as git.
import { readFileSync } from "node:fs";
// The engine's own modules rather than lib/merge/index.ts: the same code as the dialog, without the word
// highlighting (and its library) that a command-line merge never uses, so the command starts a little faster.
import { textWithMarkers } from "../lib/merge/markers";
import { mergeTexts } from "../lib/merge/merge-texts";
import { resolvedText } from "../lib/merge/resolve";

const USAGE = "usage: npm run merge -- [-L MINE_LABEL [-L BASE_LABEL [-L THEIRS_LABEL]]] BASE MINE THEIRS";

function fail(message: string): never {
  process.stderr.write(`merge: ${message}\n`);
  process.exit(255);
}

function parseArgs(argv: string[]): { files: string[]; labels: string[] } {
  const files: string[] = [];
  const labels: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "-L") {
      const label = argv[++i];
      if (label === undefined || labels.length === 3) fail(USAGE);
      labels.push(label);
    } else if (arg === "-h" || arg === "--help") {
      process.stdout.write(USAGE + "\n");
      process.exit(0);
    } else if (arg.startsWith("-") && arg !== "-") {
      fail(`unknown option ${arg}\n${USAGE}`);
    } else {
      files.push(arg);
    }
  }
  if (files.length !== 3) fail(USAGE);
  return { files, labels };
}

function readBytes(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (error) {
    fail(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}

// Text is UTF-8 (a byte-order mark kept as text). If any file is not valid UTF-8, all three are read byte
// per character (latin1), merged by the same rules and written back the same way: no byte is ever altered.
function decodeAll(inputs: Buffer[]): { texts: string[]; encoding: "utf8" | "latin1" } {
  try {
    const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
    return { texts: inputs.map((b) => decoder.decode(b)), encoding: "utf8" };
  } catch {
    return { texts: inputs.map((b) => b.toString("latin1")), encoding: "latin1" };
  }
}

const { files, labels } = parseArgs(process.argv.slice(2));
const { texts, encoding } = decodeAll(files.map(readBytes));
const [base, mine, theirs] = texts as [string, string, string];

const result = mergeTexts(base, mine, theirs);
const output = result.clean
  ? resolvedText(result, {})!
  : textWithMarkers(result, { mine: labels[0] ?? "mine", base: labels[1] ?? "base", theirs: labels[2] ?? "theirs" });
process.stdout.write(Buffer.from(output, encoding));
process.exitCode = Math.min(result.conflicts, 127);
