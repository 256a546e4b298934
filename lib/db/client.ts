// The one place that opens the database, chosen by DATABASE_URL (lib/db/database-url.ts): SQLite through the
// better-sqlite3 driver adapter, or PostgreSQL through the pg driver adapter and a pool. Everything else
// sends SQL through `sql` (lib/db/sql.ts), and searches through `search` (lib/db/note-search.ts), and never
// knows which.
import fs from "node:fs";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { databaseKind, postgresConfig, sqliteFilePath } from "./database-url";
import { POSTGRES_NOTE_SEARCH, SQLITE_NOTE_SEARCH, type NoteSearchIndex } from "./note-search";
import { createPooledSqlRunner, createQueuedSqlRunner, type SqlRunner } from "./sql";

type Database = { sql: SqlRunner; search: NoteSearchIndex };

function openSqlite(): Database {
  const file = sqliteFilePath();
  if (file !== ":memory:") fs.mkdirSync(path.dirname(file), { recursive: true });
  // busy timeout: a second process (a migration, a seed) may hold the write lock for a moment.
  const adapterFactory = new PrismaBetterSQLite3({ url: file, timeout: 5_000 });
  const sql = createQueuedSqlRunner(adapterFactory.connect(), [
    // WAL lets readers run while a save commits; NORMAL sync is durable across application crashes.
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = NORMAL",
    "PRAGMA foreign_keys = ON",
  ]);
  return { sql, search: SQLITE_NOTE_SEARCH };
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
  const sql = createPooledSqlRunner(new PrismaPg(pool).connect());
  return { sql, search: POSTGRES_NOTE_SEARCH };
}

function openDatabase(): Database {
  return databaseKind() === "postgresql" ? openPostgres() : openSqlite();
}

// Reuse one connection (or pool) per process, also across hot reloads in development.
const globalForDb = globalThis as typeof globalThis & { notesDatabase?: Database };
export const db: Database = (globalForDb.notesDatabase ??= openDatabase());
