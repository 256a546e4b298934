// The API scenarios every throughput benchmark measures (the bare route, GET 200, GET 304, PATCH), the notes
// they run on, and how a set of them is measured: warmed up, then two passes, the second in reverse order.
import { runLoad, type LoadResult, type LoadScenario } from "./load";

export const CONNECTIONS = 16;
export const WARMUP_MS = Number(process.env.BENCH_WARMUP_MS ?? 3_000);
export const MEASURE_MS = Number(process.env.BENCH_MEASURE_MS ?? 10_000);

/** A prose body of about 4 KB, like a real note. */
const NOTE_BODY = Array.from({ length: 40 }, (_, i) =>
  `Line ${i + 1}: the quick brown fox jumps over the lazy dog while the team writes down its plans.`).join("\n");

export type NoteHandle = { id: string; etag: string };

export async function createNotes(baseUrl: string, count: number): Promise<NoteHandle[]> {
  const notes: NoteHandle[] = [];
  for (let i = 0; i < count; i++) {
    const response = await fetch(`${baseUrl}/api/notes`, {
      method: "POST", headers: { "Content-Type": "application/json", "Editor-Name": "bench" },
      body: JSON.stringify({ title: `Bench note ${i}`, body: NOTE_BODY }),
    });
    if (response.status !== 201) throw new Error(`creating a note failed: ${response.status}`);
    notes.push({ id: ((await response.json()) as { id: string }).id, etag: response.headers.get("etag")! });
  }
  return notes;
}

export function scenarios(readNotes: NoteHandle[], writeNotes: NoteHandle[]): LoadScenario<{ i: number; etag: string; id: string }>[] {
  const rotate = (state: { i: number }) => readNotes[state.i++ % readNotes.length]!;
  return [
    { name: "bare route (GET /api/health)", expectedStatus: 200, initialState: (c) => ({ i: c, etag: "", id: "" }),
      next: () => ({ method: "GET", path: "/api/health" }) },
    { name: "GET note, 200", expectedStatus: 200, initialState: (c) => ({ i: c, etag: "", id: "" }),
      next: (state) => ({ method: "GET", path: `/api/notes/${rotate(state).id}` }) },
    { name: "GET note, If-None-Match -> 304", expectedStatus: 304, initialState: (c) => ({ i: c, etag: "", id: "" }),
      next: (state) => {
        const note = rotate(state);
        return { method: "GET", path: `/api/notes/${note.id}`, headers: { "If-None-Match": note.etag } };
      } },
    { name: "PATCH note, If-Match -> 200", expectedStatus: 200,
      // Each connection saves its own note with the ETag of its previous save, so every save succeeds. The
      // handle itself is the state, so the ETag carries over from one run (warm-up, pass) to the next.
      initialState: (c) => Object.assign(writeNotes[c]!, { i: 0 }),
      next: (state) => ({
        method: "PATCH", path: `/api/notes/${state.id}`,
        headers: { "Content-Type": "application/merge-patch+json", "If-Match": state.etag, "Editor-Name": "bench" },
        body: JSON.stringify({ body: `${NOTE_BODY}\nSave number ${++state.i}.` }),
      }),
      onResponse: (state, status, headers) => {
        if (status === 200 && typeof headers.etag === "string") state.etag = headers.etag;
      } },
  ];
}

/** Every scenario warmed up, then measured in two passes, the second in reverse order. */
export async function measure(baseUrl: string, all: LoadScenario<{ i: number; etag: string; id: string }>[]): Promise<LoadResult[][]> {
  // Warm every path first: the JIT and the database cache climb for several seconds after start.
  for (const scenario of all) await runLoad(baseUrl, scenario, { connections: CONNECTIONS, durationMs: WARMUP_MS });
  // Two passes, the second in reverse order, so that drift on the machine does not favour one scenario.
  const passes: LoadResult[][] = [];
  for (const order of [all, [...all].reverse()]) {
    const pass: LoadResult[] = [];
    for (const scenario of order) {
      await runLoad(baseUrl, scenario, { connections: CONNECTIONS, durationMs: WARMUP_MS });
      const result = await runLoad(baseUrl, scenario, { connections: CONNECTIONS, durationMs: MEASURE_MS });
      console.error(`  ${result.name}: ${result.requestsPerSecond.toFixed(0)} req/s`);
      pass.push(result);
    }
    passes.push(order === all ? pass : pass.reverse());
  }
  return passes;
}
