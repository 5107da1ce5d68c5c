#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests: initdb into a temporary folder, Unix socket
# only (no TCP listener), a free port number for the socket's name, trust authentication.
#
#   tests/pg/cluster.sh run COMMAND...   start, export PARTNERDESK_TEST_PG_URL, run COMMAND,
#                                        stop (also on failure or Ctrl+C), exit with its code
#
# Used by .ci/run (as root, where the server runs as the "postgres" user) and `make test-pg`
# (as a developer, where it runs as that developer). Needs the server binaries: Debian's
# postgresql package puts them in /usr/lib/postgresql/<version>/bin.
set -euo pipefail

[ "${1:-}" = "run" ] || { echo "usage: $0 run COMMAND..." >&2; exit 2; }
shift

bindir="${PG_BINDIR:-}"
if [ -z "$bindir" ]; then
  bindir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
fi
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
  echo "tests/pg/cluster.sh: no PostgreSQL server found (install the postgresql package)" >&2
  exit 1
fi

dir="$(mktemp -d "${TMPDIR:-/tmp}/partnerdesk-pg.XXXXXX")"
port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"

as_server_user() {
  # The server refuses to run as root; root (CI) runs it as the "postgres" user.
  if [ "$(id -u)" = 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

stop() {
  as_server_user "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap stop EXIT INT TERM

[ "$(id -u)" = 0 ] && chown postgres "$dir"
as_server_user "$bindir/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 \
  >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
as_server_user "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
  -o "-c listen_addresses='' -k $dir -p $port -c fsync=off -c full_page_writes=off" start \
  >/dev/null || { cat "$dir/server.log" >&2; exit 1; }

export PARTNERDESK_TEST_PG_URL="postgresql+psycopg://postgres@/postgres?host=$dir&port=$port"
echo "tests/pg/cluster.sh: PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on socket $dir, port $port"
set +e
"$@"
code=$?
exit $code
