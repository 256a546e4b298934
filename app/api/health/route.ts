// Liveness: a constant answer that touches neither the database nor the disk. The benchmark also uses it
// as the framework's floor, what Next.js costs before any work of ours.
export function GET() {
  return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
}
