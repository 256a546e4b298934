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

/**
 * Topologies side by side: each scenario's mean req/s and its ratio to the bare route of the same topology,
 * and, when both are there, two instances through nginx against one.
 */
export function formatComparison(topologies: [string, LoadResult[][]][]): string {
  const means = topologies.map(([, passes]) => {
    const byName = new Map<string, number[]>();
    for (const pass of passes) for (const r of pass) byName.set(r.name, [...(byName.get(r.name) ?? []), r.requestsPerSecond]);
    return new Map([...byName].map(([name, values]) => [name, values.reduce((a, b) => a + b, 0) / values.length]));
  });
  const names = topologies.map(([name]) => name);
  const one = names.indexOf("nginx, 1 instance");
  const two = names.indexOf("nginx, 2 instances");
  const scaling = one >= 0 && two >= 0;
  const lines = [
    `| scenario (16 connections) | ${names.map((name) => `${name}: req/s, × bare`).join(" | ")}${scaling ? " | 2 instances ÷ 1 (nginx)" : ""} |`,
    `|---|${names.map(() => "---|").join("")}${scaling ? "---|" : ""}`,
  ];
  for (const scenario of means[0]!.keys()) {
    const cells = means.map((m) => {
      const bare = [...m.values()][0]!;
      const rps = m.get(scenario) ?? NaN;
      return `${rps.toFixed(0)}, ${(rps / bare).toFixed(2)}`;
    });
    const ratio = scaling ? ` | ${(means[two]!.get(scenario)! / means[one]!.get(scenario)!).toFixed(2)}` : "";
    lines.push(`| ${scenario} | ${cells.join(" | ")}${ratio} |`);
  }
  return lines.join("\n");
}
