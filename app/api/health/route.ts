// Liveness: a constant answer that touches neither the database nor the disk. The benchmark also uses it
// as the framework's floor, what Next.js costs before any work of ours.
import { noteEvents } from "@/lib/events/note-fan-out";
import { openEventStreams } from "@/lib/events/stream-registry";

export function GET() {
  // openEventStreams: the live event streams this instance holds now (a number that only grows is a leak).
  // liveEvents: whether events of other instances reach this one now ("reconnecting" while the database is away).
  return Response.json({
    status: "ok", openEventStreams: openEventStreams.count(), liveEvents: noteEvents.connected() ? "on" : "reconnecting",
  }, { headers: { "Cache-Control": "no-store" } });
}
