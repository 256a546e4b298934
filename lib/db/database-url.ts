// Where the database lives, and which one it is. `DATABASE_URL` is optional: without it the app uses an SQLite
// file inside the project (git ignores it), so a new user needs no database server. A `postgresql://` (or
// `postgres://`) URL selects PostgreSQL; a `file:` URL, SQLite.
import path from "node:path";

export const DEFAULT_DATABASE_URL = "file:./data/notes.db";

export type DatabaseKind = "sqlite" | "postgresql";

export function databaseUrl(): string {
  const url = process.env.DATABASE_URL?.trim();
  return url ? url : DEFAULT_DATABASE_URL;
}

export function databaseKind(url = databaseUrl()): DatabaseKind {
  if (url.startsWith("file:")) return "sqlite";
  if (/^postgres(ql)?:\/\//.test(url)) return "postgresql";
  throw new Error(`DATABASE_URL must be a file: URL (SQLite) or a postgresql:// URL, got ${JSON.stringify(url)}`);
}

/** The SQLite file for a `file:` URL, resolved against the project directory (the process's cwd). */
export function sqliteFilePath(url = databaseUrl()): string {
  if (databaseKind(url) !== "sqlite") {
    throw new Error(`DATABASE_URL must be a file: URL for SQLite, got ${JSON.stringify(url)}`);
  }
  const file = url.slice("file:".length);
  return file === ":memory:" ? file : path.resolve(file);
}

export type PostgresConfig = { host: string; port: number; user: string; password: string; database: string };

/**
 * node-postgres settings from a URL, spelled out: with a `connectionString`, the migration tool's shadow
 * database would ignore the database name it is given.
 */
export function postgresConfig(url = databaseUrl()): PostgresConfig {
  const u = new URL(url);
  return {
    host: decodeURIComponent(u.hostname) || "127.0.0.1",
    port: Number(u.port || 5432),
    user: decodeURIComponent(u.username) || "postgres",
    password: decodeURIComponent(u.password),
    database: decodeURIComponent(u.pathname.slice(1)) || "postgres",
  };
}
