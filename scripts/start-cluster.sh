#!/usr/bin/env bash
# `npm run start:cluster`: the production topology on one machine, to try it. A private PostgreSQL cluster of
# the project's (installed from Debian when missing; data in .tmp/postgres, port PG_PORT, default 5433), the
# schema migrated and the example notes written, two app instances (PORT + 1, PORT + 2) and nginx with
# deploy/nginx.conf on PORT (default 8080). Ctrl-C, or a TERM to npm or to this script, stops the instances
# and nginx; the database keeps its data (`bash scripts/postgres.sh stop` stops it).
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
PORT="${PORT:-8080}"
bash scripts/install.sh
bash scripts/postgres.sh start
DATABASE_URL="$(bash scripts/postgres.sh url)"
export DATABASE_URL
bash scripts/prepare-db.sh
if [ ! -f .next/BUILD_ID ] || [ -n "$(find app components lib next.config.ts package-lock.json -newer .next/BUILD_ID -print -quit)" ]; then
  npx --no-install next build
fi
pids=()
# Ctrl-C sends INT to the whole foreground group, and npm passes it on to this script once more: the second
# one must not cut the stopping short (an `exit` inside the EXIT trap skips the rest of it). So stopping first
# ignores further signals, then stops the instances (each its own process group), then nginx.
stop() {
  trap '' INT TERM HUP
  for pid in "${pids[@]}"; do kill -- "-$pid" 2>/dev/null || true; done
  bash scripts/nginx.sh stop "$PORT" || true
}
trap stop EXIT
trap 'exit 0' INT TERM HUP
for instance in $((PORT + 1)) $((PORT + 2)); do
  setsid env PORT="$instance" TRUST_PROXY=127.0.0.1 npm run --silent serve &
  pids+=("$!")
done
for instance in $((PORT + 1)) $((PORT + 2)); do
  for _ in $(seq 120); do curl -fs "http://127.0.0.1:$instance/api/health" >/dev/null 2>&1 && break; sleep 0.5; done
done
bash scripts/nginx.sh start "$PORT" "127.0.0.1:$((PORT + 1))" "127.0.0.1:$((PORT + 2))"
echo "Midair Notes (2 instances on PostgreSQL, behind nginx) is ready on http://localhost:$PORT"
# A TERM sent to npm alone reaches only npm's direct child: under `sh -c` that is the shell, which dies and
# leaves this script running. So this script stops when its parent has gone, not only on its own signals.
while kill -0 "$PPID" 2>/dev/null; do sleep 1 & wait $!; done
