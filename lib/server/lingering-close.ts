// Closing a connection while the client is still sending its body (a 413 decided from Content-Length), the way
// RFC 9112 9.6 describes: write the answer, close only our sending side, keep reading (and discarding) what the
// client still sends, and close fully once it has stopped. Closing at once instead makes the kernel answer the
// unread bytes with a reset, which can reach the client before our answer does: it then sees a broken pipe,
// not the 413.
import type { IncomingMessage } from "node:http";

/** How long, and how much, we keep reading after the answer before closing regardless. */
const LINGER_MS = 10_000;
const LINGER_BYTES = 64 * 1024 * 1024;

export function answerAndLinger(request: IncomingMessage, rawAnswer: string): void {
  const socket = request.socket;
  // A client that resets the connection meanwhile ends it: nothing more to do.
  socket.on("error", () => socket.destroy());
  let discarded = 0;
  socket.on("data", (chunk: Buffer) => {
    discarded += chunk.length;
    if (discarded > LINGER_BYTES) socket.destroy();
  });
  // The body still arriving goes nowhere; node's parser reads it off the socket for us.
  request.resume();
  socket.end(rawAnswer);
  const timer = setTimeout(() => socket.destroy(), LINGER_MS);
  timer.unref();
  // The client's end of the connection closing (it has read the answer and stopped) closes ours.
  socket.once("end", () => socket.destroy());
  socket.once("close", () => clearTimeout(timer));
}
