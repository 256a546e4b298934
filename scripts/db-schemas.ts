// `npm run db:schemas`: writes PostgreSQL's schema file from prisma/schema.prisma (see lib/db/schema-variants.ts).
// After changing the models, run it, then create a migration for each database (README, "Deploy").
import fs from "node:fs";
import { POSTGRES_SCHEMA, postgresSchemaFrom, SQLITE_SCHEMA } from "@/lib/db/schema-variants";

fs.writeFileSync(POSTGRES_SCHEMA, postgresSchemaFrom(fs.readFileSync(SQLITE_SCHEMA, "utf8")));
console.log(`wrote ${POSTGRES_SCHEMA}`);
