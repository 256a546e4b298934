// The results table: each scenario's passes, its mean, latencies, and its ratio to the first (bare) scenario.
import type { LoadResult } from "./load";

export function formatTable(passes: LoadResult[][]): string {
  const byName = new Map<string, LoadResult[]>();
  for (const pass of passes) for (const result of pass) byName.set(result.name, [...(byName.get(result.name) ?? []), result]);
  const mean = (results: LoadResult[], pick: (r: LoadResult) => number) => results.reduce((sum, r) => sum + pick(r), 0) / results.length;
  const bare = mean([...byName.values()][0]!, (r) => r.requestsPerSecond);
  const lines = [
    "| scenario (16 connections) | req/s per pass | req/s mean | p50 ms | p99 ms | × bare | unexpected |",
    "|---|---|---|---|---|---|---|",
  ];
  for (const [name, results] of byName) {
    const rps = mean(results, (r) => r.requestsPerSecond);
    lines.push(`| ${name} | ${results.map((r) => r.requestsPerSecond.toFixed(0)).join(" / ")} | ${rps.toFixed(0)} | ` +
      `${mean(results, (r) => r.p50Ms).toFixed(1)} | ${mean(results, (r) => r.p99Ms).toFixed(1)} | ${(rps / bare).toFixed(2)} | ` +
      `${results.reduce((sum, r) => sum + r.unexpected, 0)} |`);
  }
  return lines.join("\n");
}
