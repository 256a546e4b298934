// Prisma CLI configuration. The JavaScript (WebAssembly) schema engine and the better-sqlite3 driver adapter
// let `prisma migrate deploy` run with no native engine download.
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { sqliteFilePath } from "./lib/db/database-url";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  adapter: async () => new PrismaBetterSQLite3({ url: sqliteFilePath() }),
});
