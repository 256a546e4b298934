// Where the database lives. `DATABASE_URL` is optional: without it the app uses an SQLite file inside the
// project (git ignores it), so a new user needs no database server.
import path from "node:path";

export const DEFAULT_DATABASE_URL = "file:./data/notes.db";

export function databaseUrl(): string {
  const url = process.env.DATABASE_URL?.trim();
  return url ? url : DEFAULT_DATABASE_URL;
}

/** The SQLite file for a `file:` URL, resolved against the project directory (the process's cwd). */
export function sqliteFilePath(url = databaseUrl()): string {
  if (!url.startsWith("file:")) {
    throw new Error(`DATABASE_URL must be a file: URL for SQLite, got ${JSON.stringify(url)}`);
  }
  const file = url.slice("file:".length);
  return file === ":memory:" ? file : path.resolve(file);
}
