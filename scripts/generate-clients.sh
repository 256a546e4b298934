#!/usr/bin/env bash
# `npm run db:generate` (also run on install): the Prisma Client of each schema file, offline. A generated client
# is bound to one database, so SQLite's and PostgreSQL's are both generated and lib/db/client.ts picks one at
# run time by DATABASE_URL.
set -euo pipefail
cd "$(dirname "$0")/.."
for schema in prisma/schema.prisma prisma/postgresql/schema.prisma; do
  npx --no-install prisma generate --schema "$schema" >/dev/null
done
