// One dedicated PostgreSQL connection per instance that LISTENs to the channels live events travel on. Not a
// pooled connection (a pool hands connections out and takes them back; LISTEN belongs to one session for as
// long as it lives) and never one per subscriber: every stream of the instance shares it.
//
// A database that restarts or goes away ends the session: it is opened again after a growing delay (250 ms,
// doubled up to 5 s), and `onReconnect` tells the caller how long it was deaf, so that it can read what it
// missed. Nothing else waits for it meanwhile: streams stay open, saves answer 503 by themselves.
import "server-only";
import pg from "pg";
import { postgresConfig } from "./database-url";

const FIRST_RETRY_MS = 250;
const LONGEST_RETRY_MS = 5_000;

export type Listening = {
  /** Whether the LISTEN session is up now. */
  connected(): boolean;
  close(): Promise<void>;
};

export type ListenOptions = {
  channels: string[];
  onNotification: (channel: string, payload: string) => void;
  /** After a session ended and a new one listens again: `since` is when the old one was last known to be up. */
  onReconnect?: (since: Date) => void;
};

export function listen({ channels, onNotification, onReconnect }: ListenOptions): Listening {
  let client: pg.Client | null = null;
  let up = false;
  let closed = false;
  let delay = FIRST_RETRY_MS;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const startedAt = new Date();
  let lostAt: Date | null = null;

  const retry = () => {
    if (closed || timer) return;
    timer = setTimeout(() => {
      timer = null;
      void connect();
    }, delay);
    timer.unref?.();
    delay = Math.min(delay * 2, LONGEST_RETRY_MS);
  };

  const lost = (session: pg.Client) => {
    if (session !== client) return;
    // Deaf since the session was lost, or since the start if it never listened.
    if (up) lostAt = new Date();
    else lostAt ??= startedAt;
    up = false;
    client = null;
    session.removeAllListeners("notification");
    session.end().catch(() => undefined);
    retry();
  };

  async function connect() {
    const session = new pg.Client({ ...postgresConfig(), keepAlive: true, connectionTimeoutMillis: 2_000 });
    client = session;
    // A session the server closed is an event, not a crash: it is replaced.
    session.on("error", () => lost(session));
    session.on("end", () => lost(session));
    session.on("notification", (message) => {
      if (message.payload !== undefined) onNotification(message.channel, message.payload);
    });
    try {
      await session.connect();
      for (const channel of channels) await session.query(`LISTEN "${channel.replace(/"/g, "")}"`);
    } catch {
      return lost(session);
    }
    if (closed) return void session.end().catch(() => undefined);
    up = true;
    delay = FIRST_RETRY_MS;
    if (lostAt && onReconnect) onReconnect(lostAt);
    lostAt = null;
  }

  void connect();
  return {
    connected: () => up,
    async close() {
      closed = true;
      if (timer) clearTimeout(timer);
      const session = client;
      client = null;
      up = false;
      await session?.end().catch(() => undefined);
    },
  };
}
