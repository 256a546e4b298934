#!/usr/bin/env bash
# The server the browser tests run against: a fresh SQLite file with the example notes, on port 3100.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
export DATABASE_URL="file:./.tmp/e2e.db"
mkdir -p .tmp && rm -f .tmp/e2e.db .tmp/e2e.db-wal .tmp/e2e.db-shm
bash scripts/prepare-db.sh
export PORT="${E2E_PORT:-3100}"
exec npm run --silent serve
