// Search on a full database: 10,000 notes of about 4 KB, searched through GET /api/notes?q=..., next to the
// bare route in the same run. One query names a word twenty notes hold (what a person looks for); the other a
// word every note holds, the worst case: every note matches and the newest 50 are listed.
import { runLoad, type LoadResult, type LoadScenario } from "./load";
import { startBenchServer } from "./server";
import { formatTable } from "./table";

const NOTES = Number(process.env.BENCH_SEARCH_NOTES ?? 10_000);
const TOPICS = 500;
// Search terms are word prefixes, so "topic5" would also find topic50..topic59 and topic500..: the closing
// letter keeps each topic word shared by exactly twenty notes.
const topicWord = (t: number) => `topic${t}z`;

/** About 4 KB of prose, with one topic word that twenty notes share. */
function body(i: number): string {
  return Array.from({ length: 40 }, (_, line) =>
    `Line ${line + 1}: the quick brown fox jumps over the lazy dog while team ${i % 97} plans ${topicWord(i % TOPICS)}.`).join("\n");
}

async function seed(baseUrl: string): Promise<void> {
  let next = 0;
  // Sixteen writers at once: seeding 10,000 notes one by one would take longer than the measurement.
  await Promise.all(Array.from({ length: 16 }, async () => {
    while (next < NOTES) {
      const i = next++;
      const response = await fetch(`${baseUrl}/api/notes`, {
        method: "POST", headers: { "Content-Type": "application/json", "Editor-Name": "bench" },
        body: JSON.stringify({ title: `Search note ${i}`, body: body(i) }),
      });
      if (response.status !== 201) throw new Error(`creating a note failed: ${response.status}`);
      await response.arrayBuffer();
    }
  }));
}

type State = { i: number };

/** Each query's list ETag, read once after seeding, for the 304 scenario. */
const etags = new Map<string, string>();

function scenarios(): LoadScenario<State>[] {
  return [
    { name: "bare route (GET /api/health)", expectedStatus: 200, initialState: (c) => ({ i: c }),
      next: () => ({ method: "GET", path: "/api/health" }) },
    { name: "search, a word 20 notes hold (GET /api/notes?q=topicN)", expectedStatus: 200, initialState: (c) => ({ i: c * 31 }),
      next: (state) => ({ method: "GET", path: `/api/notes?q=${topicWord(state.i++ % TOPICS)}` }) },
    { name: "search, a word all 10,000 notes hold (q=fox)", expectedStatus: 200, initialState: (c) => ({ i: c }),
      next: () => ({ method: "GET", path: "/api/notes?q=fox" }) },
    { name: "search with If-None-Match, 304 (q=topicN)", expectedStatus: 304, initialState: (c) => ({ i: c * 31 }),
      next: (state) => {
        const q = topicWord(state.i++ % TOPICS);
        return { method: "GET", path: `/api/notes?q=${q}`, headers: { "If-None-Match": etags.get(q) ?? "" } };
      } },
  ];
}


export async function benchSearch(port: number, options: { connections: number; warmupMs: number; measureMs: number }): Promise<string> {
  const server = await startBenchServer(port);
  try {
    await seed(server.baseUrl);
    for (let t = 0; t < TOPICS; t++) {
      const response = await fetch(`${server.baseUrl}/api/notes?q=${topicWord(t)}`);
      etags.set(topicWord(t), response.headers.get("etag") ?? "");
      await response.arrayBuffer();
    }
    const all = scenarios();
    const run = { connections: options.connections, durationMs: options.warmupMs };
    for (const scenario of all) await runLoad(server.baseUrl, scenario, run);
    const passes: LoadResult[][] = [];
    for (const order of [all, [...all].reverse()]) {
      const pass: LoadResult[] = [];
      for (const scenario of order) {
        await runLoad(server.baseUrl, scenario, run);
        const result = await runLoad(server.baseUrl, scenario, { connections: options.connections, durationMs: options.measureMs });
        console.error(`  ${result.name}: ${result.requestsPerSecond.toFixed(0)} req/s`);
        pass.push(result);
      }
      passes.push(order === all ? pass : pass.reverse());
    }
    return formatTable(passes);
  } finally {
    server.stop();
  }
}
