#!/usr/bin/env bash
# A private PostgreSQL cluster of the project's (Debian's postgresql-15), for the cluster topology and the
# PostgreSQL tests. It never touches a system cluster: its data directory is $PG_DIR (default .tmp/postgres, or
# a directory under /tmp named after the checkout when the postgres user cannot enter the checkout, as in
# root's home), it listens on 127.0.0.1:$PG_PORT (default 5433) only, with its socket inside the data directory.
#   scripts/postgres.sh install   apt-get install postgresql when its binaries are missing
#   scripts/postgres.sh start     create the cluster on first use (database "notes"), start it, wait for it
#   scripts/postgres.sh stop      fast shutdown; restart: stop, then start
#   scripts/postgres.sh url       print the DATABASE_URL of the cluster
set -euo pipefail
cd "$(dirname "$0")/.."
PG_PORT="${PG_PORT:-5433}"
PG_DB="${PG_DB:-notes}"
PG_BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)"

# PostgreSQL refuses to run as root: as root, the cluster belongs to the postgres user Debian creates.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# As root, the cluster belongs to the postgres user (PostgreSQL refuses to run as root), who must be able to
# reach its directory (scripts/state-dir.sh).
# shellcheck source=scripts/state-dir.sh
. scripts/state-dir.sh
data_dir() {
  if [ -n "${PG_DIR:-}" ]; then mkdir -p "$PG_DIR" && (cd "$PG_DIR" && pwd); return; fi
  state_dir postgres postgres
}

install() {
  if [ -n "$PG_BIN" ] && [ -x "$PG_BIN/pg_ctl" ]; then return; fi
  command -v apt-get >/dev/null || { echo "Install PostgreSQL 15 (Debian: apt-get install postgresql)." >&2; exit 1; }
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq postgresql >/dev/null
  PG_BIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
}

start() {
  install
  PG_DIR="$(data_dir)"
  if [ ! -f "$PG_DIR/PG_VERSION" ]; then
    [ "$(id -u)" -eq 0 ] && chown postgres: "$PG_DIR"
    chmod 700 "$PG_DIR"
    # trust on loopback only: a throwaway cluster for one machine, reachable from nowhere else.
    as_owner "$PG_BIN/initdb" -D "$PG_DIR" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
    cat >>"$PG_DIR/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
port = $PG_PORT
unix_socket_directories = '$PG_DIR'
max_connections = 100
EOF
  fi
  if ! as_owner "$PG_BIN/pg_ctl" -D "$PG_DIR" status >/dev/null 2>&1; then
    # The port asked for now, whatever the cluster was first made with.
    as_owner "$PG_BIN/pg_ctl" -D "$PG_DIR" -l "$PG_DIR/server.log" -o "-p $PG_PORT" -w -t 30 start >/dev/null
  fi
  if ! "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$PG_DB'" postgres | grep -q 1; then
    "$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U postgres "$PG_DB"
  fi
}

stop() {
  PG_DIR="$(data_dir)"
  [ -n "$PG_BIN" ] && [ -f "$PG_DIR/PG_VERSION" ] || return 0
  as_owner "$PG_BIN/pg_ctl" -D "$PG_DIR" -m fast -w stop >/dev/null 2>&1 || true
}

case "${1:-}" in
  install) install ;;
  start) start ;;
  stop) stop ;;
  url) echo "postgresql://postgres@127.0.0.1:$PG_PORT/$PG_DB" ;;
  *) echo "usage: $0 install|start|stop|url" >&2; exit 2 ;;
esac
