# Sourced by the scripts that start a server which runs as another user (PostgreSQL as `postgres`, nginx's
# workers as `nobody`): that user must be able to reach the server's files.
#   state_dir NAME USER   prints the directory for NAME's files, creating it: .tmp/NAME in the checkout, or,
#                         when root runs this and USER cannot enter the checkout (a clone in root's home, mode
#                         0700), /tmp/midair-notes-<a checksum of the checkout's path>/NAME, so that each
#                         checkout still keeps its own.
state_dir() {
  local name="$1" user="$2" inside outside
  inside="$(pwd)/.tmp/$name"
  mkdir -p "$inside"
  if [ "$(id -u)" -ne 0 ] || ! id "$user" >/dev/null 2>&1 || runuser -u "$user" -- test -x "$inside" 2>/dev/null; then
    echo "$inside"
    return
  fi
  outside="/tmp/midair-notes-$(printf '%s' "$(pwd)" | cksum | cut -d' ' -f1)"
  mkdir -p "$outside/$name"
  chmod 755 "$outside"
  echo "$outside/$name"
}
