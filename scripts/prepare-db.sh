#!/usr/bin/env bash
# Brings the database to the current schema and writes the example notes on first start.
# DATABASE_URL is optional: the default is an SQLite file under data/ that git ignores.
set -euo pipefail
cd "$(dirname "$0")/.."
export DATABASE_URL="${DATABASE_URL:-file:./data/notes.db}"
mkdir -p "$(dirname "${DATABASE_URL#file:}")"
npm run --silent db:migrate >/dev/null
npx --no-install tsx --conditions=react-server scripts/seed.ts
