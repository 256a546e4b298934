// Configuration of the CLI that migrates, Prisma 6.19's (the package alias `prisma-migrate`; `npm run db:migrate`),
// for both databases: its JavaScript (WebAssembly) schema engine and a driver adapter let it migrate with no
// native engine download, which Prisma 7's CLI cannot (docs/decisions/0006). DATABASE_URL picks the schema
// file, the migrations and the adapter (lib/db/schema-variants.ts has the paths). The adapters are the app's
// own (7.10), which this CLI drives as well.
import { defineConfig } from "prisma-migrate/config";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { databaseKind, postgresConfig, sqliteFilePath } from "./lib/db/database-url";
import { POSTGRES_MIGRATIONS, POSTGRES_SCHEMA, SQLITE_MIGRATIONS, SQLITE_SCHEMA } from "./lib/db/schema-variants";

// adapter-pg cannot map the catalog types the schema engine reads (name, char, ...): report them as
// text, which is what they are to the engine.
const TEXT_LIKE = new Set([18, 19, 22, 24, 194, 2205, 3734, 4089]); // char name int2vector regproc pg_node_tree regclass regconfig regnamespace
const TEXT_ARRAY_LIKE = new Set([1002, 1003]); // char[] name[]

type Fields = { fields?: Array<{ dataTypeID: number }> };
function reportCatalogTypesAsText<T>(adapter: T): T {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  let proto: any = adapter;
  while (proto && !Object.hasOwn(proto, "performIO")) proto = Object.getPrototypeOf(proto);
  if (!proto || proto.__catalogTypesAsText) return adapter;
  const performIO = proto.performIO;
  proto.performIO = async function (query: unknown) {
    const result: Fields = await performIO.call(this, query);
    for (const field of result.fields ?? []) {
      if (TEXT_LIKE.has(field.dataTypeID)) field.dataTypeID = 25;
      else if (TEXT_ARRAY_LIKE.has(field.dataTypeID)) field.dataTypeID = 1009;
    }
    return result;
  };
  proto.__catalogTypesAsText = true;
  return adapter;
}

// adapter-pg (6.19 and 7.10 alike) runs a migration by splitting it on every ";", which cuts a PL/pgSQL function body (a
// trigger's) apart. PostgreSQL's simple query protocol takes the whole script in one query, as psql sends it.
type ScriptRunner = { client: { query(sql: string): Promise<unknown> }; onError(error: unknown): never };
function runScriptsWhole<T extends object>(adapter: T): T {
  const runner = adapter as unknown as ScriptRunner & { executeScript(script: string): Promise<void> };
  runner.executeScript = async (script: string) => {
    await runner.client.query(script).catch((error: unknown) => runner.onError(error));
  };
  return adapter;
}

function postgresAdapter() {
  const config = postgresConfig();
  const factory = new PrismaPg(config);
  const connect = factory.connect.bind(factory);
  factory.connect = async () => runScriptsWhole(reportCatalogTypesAsText(await connect()));
  // The stock shadow database (for `migrate dev` and `migrate diff --from-migrations`) is dropped while its
  // pool is still open ("being accessed by other users"): close the pool first.
  factory.connectToShadowDb = async () => {
    const main = await factory.connect();
    const shadow = `prisma_shadow_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
    await main.executeScript(`CREATE DATABASE "${shadow}"`);
    const adapter = await new PrismaPg({ ...config, database: shadow }).connect();
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await dispose();
      await main.executeScript(`DROP DATABASE IF EXISTS "${shadow}"`);
      await main.dispose();
    };
    return runScriptsWhole(reportCatalogTypesAsText(adapter));
  };
  return factory;
}

const postgres = databaseKind() === "postgresql";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: postgres ? POSTGRES_SCHEMA : SQLITE_SCHEMA,
  migrations: { path: postgres ? POSTGRES_MIGRATIONS : SQLITE_MIGRATIONS },
  adapter: async () => (postgres ? postgresAdapter() : new PrismaBetterSqlite3({ url: sqliteFilePath() })),
});
