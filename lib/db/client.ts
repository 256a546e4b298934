// The one place that opens the database. Everything else goes through `prisma` (the ORM, for cold paths)
// or `sql` (hand-written statements through the same driver adapter, for the hot read and write paths).
import fs from "node:fs";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "./generated/client";
import { sqliteFilePath } from "./database-url";
import { createSqlRunner, type SqlRunner } from "./sql";

type Database = { prisma: PrismaClient; sql: SqlRunner };

function openDatabase(): Database {
  const file = sqliteFilePath();
  if (file !== ":memory:") fs.mkdirSync(path.dirname(file), { recursive: true });
  // busy timeout: a second process (a migration, a seed) may hold the write lock for a moment.
  const adapterFactory = new PrismaBetterSQLite3({ url: file, timeout: 5_000 });
  const prisma = new PrismaClient({ adapter: adapterFactory });
  const sql = createSqlRunner(adapterFactory.connect(), [
    // WAL lets readers run while a save commits; NORMAL sync is durable across application crashes.
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = NORMAL",
    "PRAGMA foreign_keys = ON",
  ]);
  return { prisma, sql };
}

// Reuse one connection per process, also across hot reloads in development.
const globalForDb = globalThis as typeof globalThis & { notesDatabase?: Database };
export const db: Database = (globalForDb.notesDatabase ??= openDatabase());
