// Liveness: a constant answer that touches neither the database nor the disk. The benchmark also uses it
// as the framework's floor, what Next.js costs before any work of ours.
import { noteEvents } from "@/lib/events/note-fan-out";
import { openEventStreams } from "@/lib/events/stream-registry";

export function GET(request: Request) {
  // openEventStreams: the live event streams this instance holds now (a number that only grows is a leak).
  // liveEvents: whether events of other instances reach this one now ("reconnecting" while the database is away).
  // ?memory adds the process's memory in bytes (what the benchmark of idle streams reads); without it the
  // answer stays the constant the floor is measured with. A process started with --expose-gc (the benchmark
  // does) collects its garbage first, so that the figure is memory in use, not garbage not yet collected.
  const wantsMemory = new URL(request.url).searchParams.has("memory");
  if (wantsMemory) (globalThis as { gc?: () => void }).gc?.();
  const memory = wantsMemory ? process.memoryUsage() : undefined;
  return Response.json({
    status: "ok", openEventStreams: openEventStreams.count(), liveEvents: noteEvents.connected() ? "on" : "reconnecting",
    ...(memory ? { memory: { rss: memory.rss, heapUsed: memory.heapUsed, external: memory.external } } : {}),
  }, { headers: { "Cache-Control": "no-store" } });
}
