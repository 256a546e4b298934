#!/usr/bin/env bash
# `npm test`: every check the project has, from a fresh clone. Installs what it needs first (npm packages,
# and Debian's Chromium for the browser tests).
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

step() { printf '\n=== %s\n' "$*"; }

step "install"
bash scripts/install.sh --with-browser
step "lint"
npx --no-install eslint --max-warnings=0 .
step "build (includes the type check of the app)"
npx --no-install next build
step "type check (everything, tests and scripts included)"
npx --no-install tsc --noEmit
step "unit tests"
npx --no-install vitest run --project unit
step "API tests against the real server (SQLite, one instance)"
npx --no-install vitest run --project api
step "API tests against two instances on PostgreSQL behind nginx"
bash scripts/install.sh --with-cluster
API_TOPOLOGY=cluster npx --no-install vitest run --project api
step "browser tests (Playwright, Chromium)"
npx --no-install playwright test
step "browser tests of the collision flow on two instances (PostgreSQL), one browser context on each"
bash scripts/e2e-cluster.sh
