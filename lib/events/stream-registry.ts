// How many event streams this instance holds open. Every stream registers when it starts and releases when it
// ends, whichever way it ends (the client went away, the request was aborted, the stream was cancelled, the
// server closed it), and releasing twice counts once. /api/health reports the number, so a leak of streams
// that never close (each holding a subscription and a timer) shows as a number that only grows.

export type StreamRegistry = {
  /** Registers one open stream; the returned function releases it (once, however often it is called). */
  open(): () => void;
  count(): number;
};

export function streamRegistry(): StreamRegistry {
  let open = 0;
  return {
    open() {
      open++;
      let released = false;
      return () => {
        if (released) return;
        released = true;
        open--;
      };
    },
    count: () => open,
  };
}

// One per process, shared by every route bundle (see fan-out.ts).
const globalForStreams = globalThis as typeof globalThis & { noteEventStreams?: StreamRegistry };
export const openEventStreams: StreamRegistry = (globalForStreams.noteEventStreams ??= streamRegistry());
