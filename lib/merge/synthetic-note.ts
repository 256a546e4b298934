// Deterministic synthetic notes with scattered concurrent edits, for the large-input test and the benchmark.
// Not used by the engine itself.
//
// The note is prose: headings and paragraphs of sentences, one paragraph per line, blank lines between.
// Each side edits its own set of sentences (a word replaced, a sentence inserted after it, or the sentence
// deleted). The sets never touch one sentence or its immediate neighbours, so the correct merge is known:
// both sets of edits applied. "Nearby" edits land in the same paragraph as an edit of the other side.

export type SyntheticMerge = { base: string; mine: string; theirs: string; expected: string };

type Edit = { kind: "word" | "insert" | "delete"; word: number; text: string };
type Doc = Array<{ heading?: string; sentences: string[] }>;

const WORDS = (
  "the a of to and in that is was for on with as by at from it this be are or an which " +
  "river mountain history garden letter morning evening window village harbor lantern meadow " +
  "quietly slowly carefully often rarely always suddenly gently nearly almost " +
  "walked wrote noticed carried opened followed measured painted counted remembered"
).split(" ");

/** mulberry32: a small seeded PRNG, so every run builds the same note. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticMerge({ bytes = 1_000_000, editsPerSide = 1000, seed = 42 } = {}): SyntheticMerge {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  let serial = 0;
  const sentence = () => {
    const n = 8 + Math.floor(random() * 14);
    const words = Array.from({ length: n }, () => pick(WORDS));
    words.push(`w${(serial++).toString(36)}`); // one rare word per sentence, as real prose has
    const s = words.join(" ");
    return s[0]!.toUpperCase() + s.slice(1) + pick([".", ".", ".", "?", "!"]);
  };

  const doc: Doc = [];
  let size = 0;
  while (size < bytes) {
    const sentences = Array.from({ length: 3 + Math.floor(random() * 5) }, sentence);
    const heading = random() < 0.08 ? `## Section ${doc.length + 1}` : undefined;
    doc.push({ heading, sentences });
    size += sentences.join(" ").length + (heading ? heading.length + 2 : 0) + 2;
  }

  // Sentence addresses, and which side edits which; a side's sentence keeps both neighbours untouched.
  const owner = doc.map((p) => new Array<"mine" | "theirs" | undefined>(p.sentences.length));
  const edits = { mine: new Map<string, Edit>(), theirs: new Map<string, Edit>() };
  const free = (p: number, s: number) =>
    [s - 1, s, s + 1].every((k) => k < 0 || k >= owner[p]!.length || owner[p]![k] === undefined);
  const claim = (side: "mine" | "theirs", p: number, s: number) => {
    owner[p]![s] = side;
    const kind = owner[p]!.length > 2 ? pick(["word", "word", "insert", "delete"] as const) : "word";
    edits[side].set(`${p}:${s}`, { kind, word: 1 + Math.floor(random() * 6), text: sentence() });
  };
  let lastParagraph = 0;
  for (let n = 0; n < editsPerSide; n++) {
    for (const side of ["mine", "theirs"] as const) {
      for (;;) {
        // A third of theirs' edits go into a paragraph mine has just edited.
        const p = side === "theirs" && random() < 0.33 ? lastParagraph : Math.floor(random() * doc.length);
        const s = Math.floor(random() * doc[p]!.sentences.length);
        if (!free(p, s)) {
          lastParagraph = Math.floor(random() * doc.length);
          continue;
        }
        claim(side, p, s);
        if (side === "mine") lastParagraph = p;
        break;
      }
    }
  }

  const render = (...sides: Array<Map<string, Edit>>) =>
    doc
      .map((para, p) => {
        const out: string[] = [];
        para.sentences.forEach((s, k) => {
          const edit = sides.map((m) => m.get(`${p}:${k}`)).find((e) => e !== undefined);
          if (!edit) out.push(s);
          else if (edit.kind === "delete") return;
          else if (edit.kind === "insert") out.push(s, edit.text);
          else out.push(replaceWord(s, edit.word));
        });
        return (para.heading ? para.heading + "\n\n" : "") + out.join(" ") + "\n";
      })
      .join("\n");

  return {
    base: render(),
    mine: render(edits.mine),
    theirs: render(edits.theirs),
    expected: render(edits.mine, edits.theirs),
  };
}

function replaceWord(sentence: string, index: number): string {
  const words = sentence.split(" ");
  const i = Math.min(index, words.length - 2);
  words[i] = `${words[i]}ish`;
  return words.join(" ");
}
