// The production server: Next.js behind a thin node:http layer that answers, as problem details, the requests
// Next.js cannot take (see lib/api/early-rejection.ts). Everything else goes to Next.js untouched.
import http from "node:http";
import next from "next";
import { malformedRequestAnswer, rejectBeforeRouting } from "@/lib/api/early-rejection";

const port = Number(process.env.PORT ?? 3000);
// Not HOSTNAME: container runtimes set that to the container's own name.
const hostname = process.env.HOST ?? "0.0.0.0";

async function main() {
  const app = next({ dev: false, dir: import.meta.dirname, hostname, port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const server = http.createServer((request, response) => {
    const early = rejectBeforeRouting(request.method ?? "GET", request.url ?? "/");
    if (!early) return void handle(request, response);
    response.writeHead(early.status, early.headers);
    response.end(request.method === "HEAD" ? undefined : early.body);
  });
  server.on("clientError", (error: NodeJS.ErrnoException, socket) => {
    if (socket.writable) socket.end(malformedRequestAnswer(error.code));
    else socket.destroy();
  });
  server.listen(port, hostname, () => console.log(`Midair Notes is ready on http://localhost:${port}`));
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.close(() => process.exit(0)));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
