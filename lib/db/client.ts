// The one place that opens the database: a generated Prisma Client, chosen by DATABASE_URL
// (lib/db/database-url.ts). A generated client is bound to one provider, so there is one per schema file
// (lib/db/generated/sqlite from prisma/schema.prisma, lib/db/generated/postgresql from
// prisma/postgresql/schema.prisma), each with its driver adapter: better-sqlite3 for the embedded default, pg
// with a pool for PostgreSQL. Both are generated from the same models, so their model APIs are one type;
// the API suites run on both databases to keep that true.
import "server-only";
import fs from "node:fs";
import path from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient as PostgresClient } from "./generated/postgresql/client";
import { Prisma, PrismaClient as SqliteClient } from "./generated/sqlite/client";
import { databaseKind, postgresConfig, sqliteFilePath, type DatabaseKind } from "./database-url";
import { POSTGRES_NOTE_SEARCH, SQLITE_NOTE_SEARCH, type NoteSearchIndex } from "./note-search";
import { POSTGRES_TEXT, VERBATIM, type StoredText } from "./stored-text";

export { Prisma };

/** The model API both generated clients share (they differ only in the provider they were generated for). */
export type NotesClient = SqliteClient;

export type Database = {
  readonly kind: DatabaseKind;
  readonly prisma: NotesClient;
  /**
   * The database's current time as an SQL expression, in the form Prisma stores DateTime in (UTC,
   * milliseconds). With several app instances, one clock (the database's) orders every save.
   */
  readonly now: Prisma.Sql;
  /** How texts are stored (PostgreSQL cannot hold U+0000): encode what is written, decode what is read. */
  readonly text: StoredText;
  readonly search: NoteSearchIndex;
};

/**
 * `DATABASE_LOG=queries` logs every statement the client sends (to stderr), and lets `onQuery` listeners
 * (tests) see them. Off by default: the event costs a little on every call.
 */
const logQueries = process.env.DATABASE_LOG === "queries";
const queryListeners = new Set<(query: string) => void>();

/** Calls `listener` with each statement sent, while DATABASE_LOG=queries; returns the way to stop. */
export function onQuery(listener: (query: string) => void): () => void {
  if (!logQueries) throw new Error("statements are reported only with DATABASE_LOG=queries");
  queryListeners.add(listener);
  return () => void queryListeners.delete(listener);
}

type Loggable = { $on(event: "query", listener: (event: { query: string }) => void): void };
const log: Prisma.LogDefinition[] = logQueries ? [{ level: "query", emit: "event" }] : [];

function reportQueries(client: unknown) {
  if (!logQueries) return;
  (client as Loggable).$on("query", ({ query }) => {
    if (process.env.DATABASE_LOG_QUIET !== "1") console.error(`prisma: ${query}`);
    for (const listener of queryListeners) listener(query);
  });
}

function openSqlite(): Database {
  const file = sqliteFilePath();
  if (file !== ":memory:") fs.mkdirSync(path.dirname(file), { recursive: true });
  // timeout: a second process (a migration, a seed) may hold the write lock for a moment.
  const prisma = new SqliteClient({ adapter: new PrismaBetterSqlite3({ url: file, timeout: 5_000 }), log });
  reportQueries(prisma);
  // WAL lets readers run while a save commits (the migration step makes the file WAL already; the mode is
  // kept in the file); NORMAL sync is durable across application crashes; both are per connection settings
  // that no correctness depends on, so they need not hold up the first query.
  for (const pragma of ["PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL", "PRAGMA foreign_keys = ON"]) {
    prisma.$queryRawUnsafe(pragma).catch((error: unknown) => console.error(`database: ${pragma} failed`, error));
  }
  return { kind: "sqlite", prisma, now: Prisma.raw(`strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')`), text: VERBATIM, search: SQLITE_NOTE_SEARCH };
}

function openPostgres(): Database {
  const pool = new pg.Pool({
    ...postgresConfig(),
    max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
    // A database that is down or restarting must turn into a quick 503, never a hanging request: give up
    // connecting after 2 s, and on any statement after 5 s (server side) or 6 s (if the server is silent).
    connectionTimeoutMillis: 2_000,
    statement_timeout: 5_000,
    query_timeout: 6_000,
    idleTimeoutMillis: 30_000,
    keepAlive: true,
  });
  // An idle connection the server closed (a restart) is an event, not a crash: the pool replaces it.
  pool.on("error", () => undefined);
  const prisma = new PostgresClient({ adapter: new PrismaPg(pool), log });
  reportQueries(prisma);
  return {
    kind: "postgresql",
    // One generated client stands for both (see NotesClient).
    prisma: prisma as unknown as NotesClient,
    // The column type is timestamp(3) without time zone, holding UTC (as Prisma writes it).
    now: Prisma.raw(`(now() AT TIME ZONE 'UTC')::timestamp(3)`),
    text: POSTGRES_TEXT,
    search: POSTGRES_NOTE_SEARCH,
  };
}

function openDatabase(): Database {
  return databaseKind() === "postgresql" ? openPostgres() : openSqlite();
}

// One client (and pool) per process, also across hot reloads in development and Next.js's route bundles.
const globalForDb = globalThis as typeof globalThis & { notesDatabase?: Database };
export const db: Database = (globalForDb.notesDatabase ??= openDatabase());
