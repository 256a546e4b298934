// A closed-loop HTTP load generator: N connections, each sending its next request as soon as the previous
// answer arrives, for a fixed time. Each connection keeps its own state (for example the ETag of its last
// save), which is what a conditional-write benchmark needs. Only answers with the expected status count.
import http from "node:http";

export type LoadRequest = { method: string; path: string; headers?: Record<string, string>; body?: string };

export type LoadScenario<State> = {
  name: string;
  expectedStatus: number;
  /** Per-connection state, made once per connection. */
  initialState: (connection: number) => State;
  next: (state: State) => LoadRequest;
  onResponse?: (state: State, status: number, headers: http.IncomingHttpHeaders) => void;
};

export type LoadResult = { name: string; requestsPerSecond: number; p50Ms: number; p99Ms: number; expected: number; unexpected: number };

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function sendOnce(agent: http.Agent, origin: URL, request: LoadRequest): Promise<{ status: number; headers: http.IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    const req = http.request({
      agent, host: origin.hostname, port: origin.port, method: request.method, path: request.path,
      headers: { ...request.headers, ...(request.body ? { "Content-Length": Buffer.byteLength(request.body) } : {}) },
    }, (res) => {
      res.resume(); // read and discard the body
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end(request.body);
  });
}

export async function runLoad<State>(baseUrl: string, scenario: LoadScenario<State>,
  { connections, durationMs }: { connections: number; durationMs: number }): Promise<LoadResult> {
  const origin = new URL(baseUrl);
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const latencies: number[] = [];
  let expected = 0;
  let unexpected = 0;
  const started = performance.now();
  const deadline = started + durationMs;

  async function connectionLoop(connection: number) {
    const state = scenario.initialState(connection);
    while (performance.now() < deadline) {
      const t0 = performance.now();
      try {
        const { status, headers } = await sendOnce(agent, origin, scenario.next(state));
        scenario.onResponse?.(state, status, headers);
        if (status === scenario.expectedStatus) {
          expected++;
          latencies.push(performance.now() - t0);
        } else unexpected++;
      } catch {
        unexpected++;
      }
    }
  }

  await Promise.all(Array.from({ length: connections }, (_, i) => connectionLoop(i)));
  const elapsedSeconds = (performance.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return {
    name: scenario.name,
    requestsPerSecond: expected / elapsedSeconds,
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    expected,
    unexpected,
  };
}
