#!/usr/bin/env bash
# Runs deploy/nginx.conf locally, as an nginx of the project's own (Debian's package; installed when missing):
#   scripts/nginx.sh start PORT UPSTREAM...   e.g. start 8080 127.0.0.1:3001 127.0.0.1:3002
#   scripts/nginx.sh stop PORT
# Only the lines marked `# local` change: the port, the instances, and pid, logs and temp files under
# .tmp/nginx-PORT (scripts/state-dir.sh), so that it needs no system directories and never touches a system nginx.
set -euo pipefail
cd "$(dirname "$0")/.."
command="${1:-}"; port="${2:-}"
[ -n "$port" ] || { echo "usage: $0 start PORT UPSTREAM... | stop PORT" >&2; exit 2; }
# nginx's workers run as `nobody` when it is started as root: its pid, logs and temp files go where they can reach.
# shellcheck source=scripts/state-dir.sh
. scripts/state-dir.sh
dir="$(state_dir "nginx-$port" nobody)"

if ! command -v nginx >/dev/null && [ ! -x /usr/sbin/nginx ]; then
  command -v apt-get >/dev/null || { echo "Install nginx (Debian: apt-get install nginx-light)." >&2; exit 1; }
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq nginx >/dev/null
fi
NGINX="$(command -v nginx || echo /usr/sbin/nginx)"

case "$command" in
  start)
    shift 2
    [ "$#" -gt 0 ] || { echo "start needs at least one UPSTREAM (host:port)" >&2; exit 2; }
    mkdir -p "$dir/temp"
    servers=""
    for upstream in "$@"; do servers+="    server $upstream max_fails=1 fail_timeout=5s;\\n"; done
    # The first upstream line becomes every instance's line; the other marked upstream lines go.
    awk -v servers="$servers" -v port="$port" -v dir="$dir" '
      /# local: upstream/ { if (!done) { printf "%s", servers; done = 1 } next }
      /# local: listen/ { print "    listen 127.0.0.1:" port ";"; next }
      /# local: pid/ { print "pid " dir "/nginx.pid;"; next }
      /# local: error_log/ { print "error_log " dir "/error.log warn;"; next }
      /# local: access_log/ { print "  access_log off;"; next }
      /# local: temp/ { sub(/\/var\/lib\/nginx\//, dir "/temp/"); sub(/ *# local: temp/, ""); print; next }
      { print }
    ' deploy/nginx.conf | sed 's/\\n/\n/g' >"$dir/nginx.conf"
    # Included by nginx.conf, relative to its directory.
    cp deploy/security-headers.conf "$dir/security-headers.conf"
    # One worker: enough on a small machine, and it keeps the round robin strictly alternating.
    sed -i 's/^worker_processes auto;/worker_processes 1;/' "$dir/nginx.conf"
    if [ -f "$dir/nginx.pid" ] && kill -0 "$(cat "$dir/nginx.pid")" 2>/dev/null; then
      "$NGINX" -p "$dir" -c "$dir/nginx.conf" -s reload
    else
      "$NGINX" -p "$dir" -c "$dir/nginx.conf"
    fi
    ;;
  stop)
    if [ -f "$dir/nginx.pid" ] && kill -0 "$(cat "$dir/nginx.pid")" 2>/dev/null; then
      "$NGINX" -p "$dir" -c "$dir/nginx.conf" -s quit
      for _ in $(seq 50); do kill -0 "$(cat "$dir/nginx.pid" 2>/dev/null)" 2>/dev/null || break; sleep 0.1; done
    fi
    ;;
  *) echo "usage: $0 start PORT UPSTREAM... | stop PORT" >&2; exit 2 ;;
esac
