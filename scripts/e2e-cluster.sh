#!/usr/bin/env bash
# The browser tests that need two instances: a fresh database on the project's private PostgreSQL cluster
# (PG_PORT, default 5433; started when nothing answers there), two instances of the build at E2E_PORT + 1 and
# + 2 (default 3101 and 3102), and Playwright with E2E_BASE_URL at the first and E2E_SECOND_URL at the second,
# so that each browser context can talk to an instance of its own. Arguments go to Playwright (default: the
# specs that use the second instance). Needs `next build` first, like the other browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p .tmp
export NEXT_TELEMETRY_DISABLED=1
port="${E2E_PORT:-3100}"
PG_PORT="${PG_PORT:-5433}"
database="notes_e2e_$port"
export DATABASE_URL="postgresql://postgres@127.0.0.1:$PG_PORT/$database"

if ! { command -v pg_isready >/dev/null && pg_isready -q -h 127.0.0.1 -p "$PG_PORT"; }; then
  PG_PORT="$PG_PORT" bash scripts/postgres.sh start
fi
export PGOPTIONS="-c client_min_messages=warning"
admin=(psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -qAtc)
"${admin[@]}" "DROP DATABASE IF EXISTS \"$database\" WITH (FORCE)"
"${admin[@]}" "CREATE DATABASE \"$database\""
npm run --silent db:migrate >.tmp/e2e-cluster-migrate.log 2>&1 || { cat .tmp/e2e-cluster-migrate.log >&2; exit 1; }

pids=()
stop() {
  for pid in "${pids[@]}"; do kill -- "-$pid" 2>/dev/null || true; done
  wait
  "${admin[@]}" "DROP DATABASE IF EXISTS \"$database\" WITH (FORCE)" || true
}
trap stop EXIT
trap 'exit 1' INT TERM
for instance in $((port + 1)) $((port + 2)); do
  setsid env PORT="$instance" TRUST_PROXY=127.0.0.1 npm run --silent serve >/dev/null &
  pids+=("$!")
done
for instance in $((port + 1)) $((port + 2)); do
  for _ in $(seq 120); do curl -fs "http://127.0.0.1:$instance/api/health" >/dev/null 2>&1 && break; sleep 0.5; done
done
[ "$#" -gt 0 ] || set -- e2e/two-instances.spec.ts
E2E_BASE_URL="http://127.0.0.1:$((port + 1))" E2E_SECOND_URL="http://127.0.0.1:$((port + 2))" \
  npx --no-install playwright test "$@"
