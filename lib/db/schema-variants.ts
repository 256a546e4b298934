// The models are described once, in prisma/schema.prisma (SQLite). PostgreSQL's schema file is that text with
// another datasource block, written by `npm run db:schemas`; Prisma needs one file per provider, and keeping
// the copy derived (and checked by a test) is what stops the two from drifting apart.
export const SQLITE_SCHEMA = "prisma/schema.prisma";
export const POSTGRES_SCHEMA = "prisma/postgresql/schema.prisma";
export const SQLITE_MIGRATIONS = "prisma/migrations";
export const POSTGRES_MIGRATIONS = "prisma/postgresql/migrations";

/** The CLI that migrates and reads a database back (Prisma 6.19's, as the package alias `prisma-migrate`). */
export const MIGRATE_CLI = "node_modules/prisma-migrate/build/index.js";

const DATASOURCE = /datasource db \{[^}]*\}/;
const CLIENT_OUTPUT = /output\s*=\s*"\.\.\/lib\/db\/generated\/sqlite"/;

/** Where each schema's generated client goes (relative to the project). */
export const SQLITE_CLIENT = "lib/db/generated/sqlite";
export const POSTGRES_CLIENT = "lib/db/generated/postgresql";

const POSTGRES_DATASOURCE = `datasource db {
  provider = "postgresql"
  // Unused at run time (the driver adapter's URL is used), but the 6.19 CLI needs the line to stay offline.
  url      = "postgresql://unused"
}`;

export function postgresSchemaFrom(sqliteSchema: string): string {
  if (!DATASOURCE.test(sqliteSchema)) throw new Error("prisma/schema.prisma has no `datasource db` block");
  if (!CLIENT_OUTPUT.test(sqliteSchema)) throw new Error(`prisma/schema.prisma's generator must write to ${SQLITE_CLIENT}`);
  const header = `// Written by \`npm run db:schemas\` from ${SQLITE_SCHEMA}: edit that file, not this one.\n\n`;
  // The output path is relative to the schema file, one folder deeper here.
  return header + sqliteSchema.replace(DATASOURCE, POSTGRES_DATASOURCE).replace(CLIENT_OUTPUT, `output     = "../../${POSTGRES_CLIENT}"`);
}
