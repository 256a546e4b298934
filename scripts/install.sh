#!/usr/bin/env bash
# Installs what the project needs on a fresh machine: npm packages (exactly as locked) and, for the browser
# tests, Debian's Chromium (Playwright cannot download its own browser without internet access).
set -euo pipefail
cd "$(dirname "$0")/.."
# `npm install` rather than `npm ci`: it installs the locked versions all the same, but tolerates a registry
# mirror that lacks other platforms' optional binaries (which `npm ci` insists on finding).
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm install --no-audit --no-fund
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
