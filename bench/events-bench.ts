// Live event latency: how long after a save's 200 every subscriber of the note has its event. SUBSCRIBERS
// streams of one note are opened (spread over BENCH_EVENTS_URLS, the instances, when given; else over one
// instance this starts on SQLite), then SAVES saves are made one after another (alternating instances), and for
// each subscriber and save the arrival time of the event is compared with the time the save's 200 arrived.
// In process the event is often written before the 200 leaves the server: such a latency is counted as 0.
import http from "node:http";
import { startBenchServer } from "./server";

const SUBSCRIBERS = Number(process.env.BENCH_SUBSCRIBERS ?? 200);
const SAVES = Number(process.env.BENCH_SAVES ?? 100);
const PAUSE_MS = 50;

type Subscriber = { arrivals: Map<number, number>; destroy: () => void };

function subscribe(baseUrl: string, path: string): Promise<Subscriber> {
  return new Promise((resolve, reject) => {
    const arrivals = new Map<number, number>();
    const request = http.get(`${baseUrl}${path}`, { agent: false, headers: { Accept: "text/event-stream" } }, (response) => {
      if (response.statusCode !== 200) return reject(new Error(`stream answered ${response.statusCode}`));
      let buffer = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => {
        const now = performance.now();
        buffer += chunk;
        let end: number;
        while ((end = buffer.indexOf("\n\n")) >= 0) {
          const frame = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          if (!frame.includes("event: save")) continue;
          const id = /^id: (\d+)$/m.exec(frame);
          if (id) arrivals.set(Number(id[1]), now);
        }
      });
      resolve({ arrivals, destroy: () => request.destroy() });
    });
    request.on("error", (error: NodeJS.ErrnoException) => (error.code === "ECONNRESET" ? undefined : reject(error)));
  });
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

export async function benchEvents(port: number): Promise<string> {
  const given = process.env.BENCH_EVENTS_URLS?.split(",").filter(Boolean);
  const server = given ? null : await startBenchServer(port);
  const urls = given ?? [server!.baseUrl];
  try {
    const created = await fetch(`${urls[0]}/api/notes`, {
      method: "POST", headers: { "Content-Type": "application/json", "Editor-Name": "bench" },
      body: JSON.stringify({ title: "Event bench", body: "Version 1.\n" }),
    });
    if (created.status !== 201) throw new Error(`creating the note failed: ${created.status}`);
    const id = ((await created.json()) as { id: string }).id;
    let etag = created.headers.get("etag")!;

    const subscribers: Subscriber[] = [];
    for (let i = 0; i < SUBSCRIBERS; i += 20) {
      subscribers.push(...(await Promise.all(Array.from({ length: Math.min(20, SUBSCRIBERS - i) }, (_, j) =>
        subscribe(urls[(i + j) % urls.length]!, `/api/notes/${id}/events`)))));
    }
    await new Promise((resolve) => setTimeout(resolve, 1_000));

    const okAt = new Map<number, number>();
    for (let i = 0; i < SAVES; i++) {
      const response = await fetch(`${urls[i % urls.length]}/api/notes/${id}`, {
        method: "PATCH",
        headers: { "Content-Type": "application/merge-patch+json", "If-Match": etag, "Editor-Name": "bench" },
        body: JSON.stringify({ body: `Version ${i + 2}.\n` }),
      });
      const at = performance.now();
      if (response.status !== 200) throw new Error(`a save answered ${response.status}`);
      etag = response.headers.get("etag")!;
      okAt.set(((await response.json()) as { version: number }).version, at);
      await new Promise((resolve) => setTimeout(resolve, PAUSE_MS));
    }
    await new Promise((resolve) => setTimeout(resolve, 2_000));

    const latencies: number[] = [];
    let missing = 0;
    let first = 0;
    for (const subscriber of subscribers) {
      for (const [version, at] of okAt) {
        const arrived = subscriber.arrivals.get(version);
        if (arrived === undefined) missing++;
        else {
          if (arrived < at) first++;
          latencies.push(Math.max(0, arrived - at));
        }
      }
      subscriber.destroy();
    }
    latencies.sort((a, b) => a - b);
    const where = given ? `${urls.length} instances` : "1 instance (SQLite)";
    return [
      "| subscribers | instances | saves | events received | missing | event before the 200 | p50 ms | p99 ms | max ms |",
      "|---|---|---|---|---|---|---|---|---|",
      `| ${SUBSCRIBERS} | ${where} | ${SAVES} | ${latencies.length} | ${missing} | ${((100 * first) / Math.max(1, latencies.length)).toFixed(0)}% | ${percentile(latencies, 50).toFixed(1)} | ${percentile(latencies, 99).toFixed(1)} | ${latencies.at(-1)!.toFixed(1)} |`,
    ].join("\n");
  } finally {
    server?.stop();
  }
}
