// `npm run bench`: the API's throughput next to the framework's floor, measured in one run, on SQLite and on
// PostgreSQL (directly, and through nginx with one and two instances), and the merge engine next to
// `git merge-file` on the same input. Ratios within one run are what to compare: absolute
// figures move by a third from run to run on a shared 2-core machine.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { CONNECTIONS, createNotes, MEASURE_MS, measure, scenarios, WARMUP_MS } from "./api-scenarios";
import type { LoadResult } from "./load";
import { benchEvents } from "./events-bench";
import { benchSearch } from "./search-bench";
import { benchIdleStreams } from "./streams-bench";
import { freshPostgresDatabase, startBenchServer, startInstance, startProxy } from "./server";
import { formatComparison, formatTable } from "./table";

// PORT: the SQLite instance and the search benchmark; PORT + 1 and + 2 the PostgreSQL instances, PORT + 3 nginx.
const PORT = Number(process.env.BENCH_PORT ?? 3400);
const root = path.resolve(import.meta.dirname, "..");

function build() {
  if (process.env.BENCH_SKIP_BUILD === "1") return;
  // The build's output goes to stderr, so that stdout holds only the results.
  const result = spawnSync("npx", ["--no-install", "next", "build"], { cwd: root, stdio: ["ignore", 2, 2], env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (result.status !== 0) throw new Error("next build failed");
}

async function benchApi(): Promise<LoadResult[][]> {
  const server = await startBenchServer(PORT);
  try {
    const readNotes = await createNotes(server.baseUrl, 100);
    const writeNotes = await createNotes(server.baseUrl, CONNECTIONS);
    return await measure(server.baseUrl, scenarios(readNotes, writeNotes));
  } finally {
    server.stop();
  }
}

/**
 * The same scenarios on PostgreSQL, one database for all: one instance directly (PORT + 1), then nginx (PORT + 3)
 * in front of that instance, then in front of it and a second one (PORT + 2). The bare route is measured in each,
 * so that every ratio compares like with like.
 */
async function benchPostgres(): Promise<{ settings: string; topologies: [string, LoadResult[][]][] }> {
  const database = freshPostgresDatabase(`notes_bench_${PORT}`);
  const stops: (() => void)[] = [];
  try {
    const first = await startInstance(PORT + 1, database.url);
    stops.push(first.stop);
    const readNotes = await createNotes(first.baseUrl, 100);
    const writeNotes = await createNotes(first.baseUrl, CONNECTIONS);
    const all = scenarios(readNotes, writeNotes);
    const topologies: [string, LoadResult[][]][] = [];
    console.error("PostgreSQL, one instance:");
    topologies.push(["PostgreSQL, 1 instance", await measure(first.baseUrl, all)]);
    const proxy = startProxy(PORT + 3, [PORT + 1]);
    stops.push(proxy.stop);
    console.error("PostgreSQL, nginx in front of one instance:");
    topologies.push(["nginx, 1 instance", await measure(proxy.baseUrl, all)]);
    const second = await startInstance(PORT + 2, database.url);
    stops.push(second.stop);
    startProxy(PORT + 3, [PORT + 1, PORT + 2]);
    console.error("PostgreSQL, nginx in front of two instances:");
    topologies.push(["nginx, 2 instances", await measure(proxy.baseUrl, all)]);
    return { settings: database.settings, topologies };
  } finally {
    for (const stop of stops.reverse()) stop();
    database.drop();
  }
}

/** BENCH_ONLY=api,postgres,search,merge,events,streams (any of them, comma-separated) runs only those parts. */
const only = process.env.BENCH_ONLY?.split(",").map((part) => part.trim());
const wants = (part: "api" | "postgres" | "search" | "merge" | "events" | "streams") => !only || only.includes(part);

async function main() {
  // Search alone runs on the existing build.
  if (wants("api") || wants("postgres") || wants("streams") || wants("events")) build();
  let sqlite: LoadResult[][] | undefined;
  if (wants("api")) {
    console.error("API throughput on SQLite (this takes about two minutes)...");
    sqlite = await benchApi();
    console.log("\n## API\n\n" + formatTable(sqlite) + "\n");
  }
  if (wants("postgres")) {
    console.error("API throughput on PostgreSQL, directly and through nginx (this takes about six minutes)...");
    const { settings, topologies } = await benchPostgres();
    console.log(`## API on PostgreSQL (${settings})\n`);
    for (const [name, passes] of topologies) console.log(`### ${name}\n\n${formatTable(passes)}\n`);
    console.log("### Side by side\n\n" + formatComparison([...(sqlite ? [["SQLite, 1 instance", sqlite] as [string, LoadResult[][]]] : []), ...topologies]) + "\n");
  }
  if (wants("events")) {
    console.error("Live event latency...");
    console.log("## Live events (save 200 -> event)\n\n" + (await benchEvents(PORT)) + "\n");
  }
  if (wants("streams")) {
    console.error("Idle live streams: memory, and throughput with and without them (this takes about four minutes)...");
    console.log("## Idle live streams\n\n" + (await benchIdleStreams(PORT)) + "\n");
  }
  if (wants("search")) {
    console.error("Search over 10,000 notes (this takes about two minutes)...");
    const search = await benchSearch(PORT, { connections: CONNECTIONS, warmupMs: WARMUP_MS, measureMs: MEASURE_MS });
    console.log("## Search\n\n" + search + "\n");
  }
  if (wants("merge")) {
    try {
      const { runMergeBench, formatMergeBench } = await import("./merge-bench");
      console.log("## Merge engine\n\n" + formatMergeBench(await runMergeBench()) + "\n");
    } catch (error) {
      console.error("merge benchmark failed:", error);
      process.exitCode = 1;
    }
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
