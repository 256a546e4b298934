#!/usr/bin/env bash
# Installs what the project needs on a fresh machine: npm packages (exactly as locked) and, for the browser
# tests, Debian's Chromium (Playwright cannot download its own browser without internet access); for the
# cluster tests, Debian's PostgreSQL, nginx and libfaketime.
set -euo pipefail
cd "$(dirname "$0")/.."
# `npm install` rather than `npm ci`: it installs the locked versions all the same, but tolerates a registry
# mirror that lacks other platforms' optional binaries (which `npm ci` insists on finding).
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm install --no-audit --no-fund
fi
# The Prisma Clients are generated on install (package.json "postinstall"), and again whenever a schema file
# changed since (a pull that changes the models but not the packages).
if [ ! -f lib/db/generated/sqlite/client.ts ] || [ ! -f lib/db/generated/postgresql/client.ts ] \
  || [ -n "$(find prisma -name schema.prisma -newer lib/db/generated/postgresql/client.ts -print -quit)" ]; then
  bash scripts/generate-clients.sh
fi
# --with-cluster: PostgreSQL, nginx and libfaketime from Debian, for the tests of the cluster topology.
if [ "${1:-}" = "--with-cluster" ]; then
  if [ ! -x /usr/sbin/nginx ] || [ ! -x /usr/bin/faketime ] || ! ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1; then
    command -v apt-get >/dev/null || { echo "Install PostgreSQL 15, nginx and faketime (the cluster tests use them)." >&2; exit 1; }
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq postgresql nginx faketime >/dev/null
  fi
  exit 0
fi
if [ "${1:-}" = "--with-browser" ] && [ ! -x /usr/bin/chromium ]; then
  if command -v apt-get >/dev/null; then
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
  else
    echo "Install Chromium at /usr/bin/chromium (the browser tests use it)." >&2
    exit 1
  fi
fi
