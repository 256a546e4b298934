#!/usr/bin/env bash
# `npm start`: from a fresh clone to the running app on SQLite with example notes, at http://localhost:3000.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
bash scripts/install.sh
bash scripts/prepare-db.sh
# Build only when the sources changed since the last build.
if [ ! -f .next/BUILD_ID ] || [ -n "$(find app components lib next.config.ts package-lock.json -newer .next/BUILD_ID -print -quit)" ]; then
  npx --no-install next build
fi
export PORT="${PORT:-3000}"
exec npm run --silent serve
