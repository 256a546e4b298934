// The two databases' schemas come from one model file (prisma/schema.prisma) through two migration histories.
// This fails when they drift apart: PostgreSQL's schema file is stale, a migration exists for one database
// only, the tables the migrations build (read back from the database) differ from the models, a generated
// Prisma Client was made from another version of its schema, or something the migrations build that Prisma
// does not model (triggers, the search index, functions) is missing once they have run.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { describe, expect, it } from "vitest";
import {
  MIGRATE_CLI, POSTGRES_CLIENT, POSTGRES_MIGRATIONS, POSTGRES_SCHEMA, postgresSchemaFrom, SQLITE_CLIENT, SQLITE_MIGRATIONS, SQLITE_SCHEMA,
} from "@/lib/db/schema-variants";
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
  const result = spawnSync("node", [MIGRATE_CLI, "db", "pull", "--print"], {
    cwd: root, env: { ...process.env, DATABASE_URL: databaseUrl }, encoding: "utf8",
  });
  expect(result.status, result.stderr).toBe(0);
  return models(result.stdout, modelNames(read(SQLITE_SCHEMA)));
}

function migrate(databaseUrl: string) {
  const result = spawnSync("node", [MIGRATE_CLI, "migrate", "deploy"], {
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

/** The schema a generated client was made from (Prisma keeps it inside the client, as `inlineSchema`). */
function schemaOfClient(clientDir: string): string {
  const source = read(path.join(clientDir, "internal", "class.ts"));
  const match = /"inlineSchema":\s*("(?:[^"\\]|\\.)*")/.exec(source);
  if (!match) throw new Error(`${clientDir} holds no inline schema: is it a generated Prisma Client?`);
  return JSON.parse(match[1]!) as string;
}

describe("the generated Prisma Clients", () => {
  it.each([
    ["SQLite", SQLITE_SCHEMA, SQLITE_CLIENT],
    ["PostgreSQL", POSTGRES_SCHEMA, POSTGRES_CLIENT],
  ])("%s's client was generated from its schema file as it is now (npm run db:generate)", (_name, schema, client) => {
    expect(models(schemaOfClient(client))).toBe(models(read(schema)));
    expect(schemaOfClient(client)).toMatch(new RegExp(`provider\\s*=\\s*"${schema === SQLITE_SCHEMA ? "sqlite" : "postgresql"}"`));
  });
});

/**
 * What the migrations leave that Prisma does not model: the names after CREATE TRIGGER, INDEX, FUNCTION,
 * VIRTUAL TABLE, less those a later statement drops.
 */
function unmodelledStructures(migrationsDir: string): string[] {
  const names = new Set<string>();
  for (const migration of fs.readdirSync(path.join(root, migrationsDir)).filter((name) => !name.endsWith(".toml"))) {
    const text = read(path.join(migrationsDir, migration, "migration.sql"));
    const statements = /(CREATE|DROP)\s+(?:OR\s+REPLACE\s+)?(?:TRIGGER|FUNCTION|VIRTUAL\s+TABLE|(?:UNIQUE\s+)?INDEX)\s+(?:IF\s+(?:NOT\s+)?EXISTS\s+)?"?(\w+)"?/gi;
    for (const [, verb, name] of text.matchAll(statements)) {
      if (verb!.toUpperCase() === "CREATE") names.add(name!);
      else names.delete(name!);
    }
  }
  return [...names].sort();
}

function sqliteNames(file: string): Set<string> {
  const database = new Database(file, { readonly: true });
  try {
    return new Set(database.prepare(`SELECT name FROM sqlite_master`).all().map((row) => (row as { name: string }).name));
  } finally {
    database.close();
  }
}

async function postgresNames(url: string): Promise<Set<string>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>(
      `SELECT tgname::text AS name FROM pg_trigger WHERE NOT tgisinternal
       UNION SELECT proname::text FROM pg_proc WHERE pronamespace = 'public'::regnamespace
       UNION SELECT relname::text FROM pg_class WHERE relnamespace = 'public'::regnamespace`);
    return new Set(rows.map((row) => row.name));
  } finally {
    await client.end();
  }
}

const missingFrom = (present: Set<string>, expected: string[]) => expected.filter((name) => !present.has(name));

describe("what Prisma does not model is there after migrating", () => {
  it("the migrations name the triggers, search structures and indexes they build", () => {
    expect(unmodelledStructures(SQLITE_MIGRATIONS)).toEqual(expect.arrayContaining(["NoteSearch", "Note_history_insert", "Note_history_update", "Note_search_insert"]));
    expect(unmodelledStructures(POSTGRES_MIGRATIONS)).toEqual(expect.arrayContaining(["Note_change_announce", "Note_history_insert", "note_search_document", "Note_search_idx"]));
  });

  it("SQLite: every one of them exists, and a dropped trigger is caught", () => {
    const file = path.join(root, ".tmp", `drift-structures-${process.pid}.db`);
    migrate(`file:${file}`);
    try {
      const expected = unmodelledStructures(SQLITE_MIGRATIONS);
      expect(missingFrom(sqliteNames(file), expected)).toEqual([]);
      const database = new Database(file);
      database.exec(`DROP TRIGGER "Note_history_update"`);
      database.close();
      expect(missingFrom(sqliteNames(file), expected)).toEqual(["Note_history_update"]);
    } finally {
      for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
    }
  }, 60_000);

  it.skipIf(topology !== "cluster")("PostgreSQL: every one of them exists", async () => {
    expect(missingFrom(await postgresNames(postgresUrl), unmodelledStructures(POSTGRES_MIGRATIONS))).toEqual([]);
  });
});
