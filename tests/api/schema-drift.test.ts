// The two databases' schemas come from one model file (prisma/schema.prisma) through two migration histories.
// This fails when they drift apart: PostgreSQL's schema file is stale, a migration exists for one database
// only, or the tables the migrations build (read back from the database) differ from the models.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { POSTGRES_MIGRATIONS, POSTGRES_SCHEMA, postgresSchemaFrom, SQLITE_MIGRATIONS, SQLITE_SCHEMA } from "@/lib/db/schema-variants";
import { postgresUrl, root, topology } from "./topology";

const read = (file: string) => fs.readFileSync(path.join(root, file), "utf8");

/**
 * The model blocks of a schema, comments and alignment dropped; only the models of `names` when given (a
 * database may hold structures of its own beyond the models, such as SQLite's full-text search tables).
 */
function models(schema: string, names?: string[]): string {
  return schema.split("\n").map((line) => line.replace(/\/\/.*$/, "").trim().replace(/\s+/g, " ")).filter(Boolean)
    .join("\n").split(/\n(?=model )/).filter((block) => block.startsWith("model "))
    .filter((block) => !names || names.includes(block.split(" ")[1] ?? "")).join("\n");
}

const modelNames = (schema: string) => [...schema.matchAll(/^model (\w+)/gm)].map((match) => match[1]!);

/** What the migrated database holds, as Prisma reads it back. */
function pulled(databaseUrl: string): string {
  const result = spawnSync("npx", ["--no-install", "prisma", "db", "pull", "--print"], {
    cwd: root, env: { ...process.env, DATABASE_URL: databaseUrl }, encoding: "utf8",
  });
  expect(result.status, result.stderr).toBe(0);
  return models(result.stdout, modelNames(read(SQLITE_SCHEMA)));
}

function migrate(databaseUrl: string) {
  const result = spawnSync("npx", ["--no-install", "prisma", "migrate", "deploy"], {
    cwd: root, env: { ...process.env, DATABASE_URL: databaseUrl }, encoding: "utf8",
  });
  expect(result.status, result.stderr).toBe(0);
}

describe("one description of the models, two databases", () => {
  it("PostgreSQL's schema file is prisma/schema.prisma with its datasource (npm run db:schemas)", () => {
    expect(read(POSTGRES_SCHEMA)).toBe(postgresSchemaFrom(read(SQLITE_SCHEMA)));
  });

  it("both databases have the same migrations", () => {
    const names = (dir: string) => fs.readdirSync(path.join(root, dir)).filter((name) => !name.endsWith(".toml")).sort();
    expect(names(POSTGRES_MIGRATIONS)).toEqual(names(SQLITE_MIGRATIONS));
  });

  it("SQLite's migrations build exactly the models", () => {
    const url = `file:${path.join(root, ".tmp", `drift-${process.pid}.db`)}`;
    migrate(url);
    try {
      expect(pulled(url)).toBe(models(read(SQLITE_SCHEMA)));
    } finally {
      fs.rmSync(url.slice("file:".length), { force: true });
    }
  }, 60_000);

  it.skipIf(topology !== "cluster")("PostgreSQL's migrations build exactly the models", () => {
    expect(pulled(postgresUrl)).toBe(models(read(POSTGRES_SCHEMA)));
  }, 60_000);
});
