// What open live streams cost the server: its memory per idle stream, and the API's throughput with IDLE_STREAMS
// idle streams open against none, in one run on one SQLite instance. Idle: each stream is of a note nobody
// saves during the measurement (the streams hear only the keep-alive comments), spread over the notes the GET
// scenarios read, so every save still walks the fan-out's listeners. Passes go none, open, open, none, so that
// drift on the machine does not favour one side.
import http from "node:http";
import { CONNECTIONS, createNotes, MEASURE_MS, scenarios, WARMUP_MS } from "./api-scenarios";
import { runLoad, type LoadResult } from "./load";
import { startBenchServer } from "./server";

const IDLE_STREAMS = Number(process.env.BENCH_IDLE_STREAMS ?? 1000);
const SETTLE_MS = 3_000;

type OpenStream = { close: () => void };

function openStream(baseUrl: string, path: string): Promise<OpenStream> {
  return new Promise((resolve, reject) => {
    const request = http.get(`${baseUrl}${path}`, { agent: false, headers: { Accept: "text/event-stream" } }, (response) => {
      if (response.statusCode !== 200) return reject(new Error(`stream answered ${response.statusCode}`));
      response.resume();
      resolve({ close: () => request.destroy() });
    });
    request.on("error", (error: NodeJS.ErrnoException) => (error.code === "ECONNRESET" ? undefined : reject(error)));
  });
}

const settle = () => new Promise((resolve) => setTimeout(resolve, SETTLE_MS));

async function openStreamsOf(baseUrl: string, noteIds: string[]): Promise<OpenStream[]> {
  const streams: OpenStream[] = [];
  for (let i = 0; i < IDLE_STREAMS; i += 50) {
    streams.push(...(await Promise.all(Array.from({ length: Math.min(50, IDLE_STREAMS - i) }, (_, j) =>
      openStream(baseUrl, `/api/notes/${noteIds[(i + j) % noteIds.length]}/events`)))));
  }
  return streams;
}

type Health = { openEventStreams: number; memory: { rss: number; heapUsed: number; external: number } };

/** The server's memory after a full collection (it runs with --expose-gc), the least of a few readings. */
async function memoryOf(baseUrl: string): Promise<Health> {
  const readings: Health[] = [];
  for (let i = 0; i < 5; i++) {
    readings.push((await (await fetch(`${baseUrl}/api/health?memory`)).json()) as Health);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return readings.reduce((least, reading) => (reading.memory.heapUsed < least.memory.heapUsed ? reading : least));
}

const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
const kibEach = (bytes: number) => `${(bytes / 1024 / IDLE_STREAMS).toFixed(1)} KiB`;

export async function benchIdleStreams(port: number): Promise<string> {
  const server = await startBenchServer(port, { NODE_OPTIONS: "--expose-gc" });
  try {
    const readNotes = await createNotes(server.baseUrl, 100);
    const writeNotes = await createNotes(server.baseUrl, CONNECTIONS);
    const all = scenarios(readNotes, writeNotes);
    for (const scenario of all) await runLoad(server.baseUrl, scenario, { connections: CONNECTIONS, durationMs: WARMUP_MS });

    const results = new Map<string, { none: LoadResult[]; open: LoadResult[] }>(all.map((s) => [s.name, { none: [], open: [] }]));
    const pass = async (side: "none" | "open") => {
      for (const scenario of all) {
        await runLoad(server.baseUrl, scenario, { connections: CONNECTIONS, durationMs: WARMUP_MS });
        const result = await runLoad(server.baseUrl, scenario, { connections: CONNECTIONS, durationMs: MEASURE_MS });
        console.error(`  ${result.name}, ${side === "open" ? `${IDLE_STREAMS} idle streams` : "no stream"}: ${result.requestsPerSecond.toFixed(0)} req/s`);
        results.get(scenario.name)![side].push(result);
      }
    };

    await pass("none");
    await settle();
    const before = await memoryOf(server.baseUrl);
    const streams = await openStreamsOf(server.baseUrl, readNotes.map((note) => note.id));
    await settle();
    const open = await memoryOf(server.baseUrl);
    await pass("open");
    await pass("open");
    for (const stream of streams) stream.close();
    await settle();
    const after = await memoryOf(server.baseUrl);
    await pass("none");

    const mean = (list: LoadResult[]) => list.reduce((sum, r) => sum + r.requestsPerSecond, 0) / list.length;
    const lines = [
      `Server memory with ${open.openEventStreams} idle streams open against none: JavaScript heap ` +
        `${mib(before.memory.heapUsed)} -> ${mib(open.memory.heapUsed)} (${kibEach(open.memory.heapUsed - before.memory.heapUsed)} per stream), ` +
        `buffers outside the heap ${kibEach(open.memory.external - before.memory.external)} per stream, resident ` +
        `${mib(before.memory.rss)} -> ${mib(open.memory.rss)}. Once they were closed: ${after.openEventStreams} streams held, ` +
        `heap ${mib(after.memory.heapUsed)}.`,
      "",
      `| scenario (16 connections) | no stream: req/s per pass | ${IDLE_STREAMS} idle streams: req/s per pass | with ÷ without | target |`,
      "|---|---|---|---|---|",
    ];
    for (const [name, { none, open }] of results) {
      const ratio = mean(open) / mean(none);
      lines.push(`| ${name} | ${none.map((r) => r.requestsPerSecond.toFixed(0)).join(" / ")} | ` +
        `${open.map((r) => r.requestsPerSecond.toFixed(0)).join(" / ")} | ${ratio.toFixed(2)} | ≥ 0.90 |`);
    }
    return lines.join("\n");
  } finally {
    server.stop();
  }
}
