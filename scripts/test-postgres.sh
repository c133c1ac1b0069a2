#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server on loopback for the tests (installing Debian's
# PostgreSQL first when missing and allowed) and prints: URL DATA_DIR BIN_DIR.
# Stop it with: pg_ctl -D DATA_DIR stop (as the postgres user when run as root).
set -euo pipefail
bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
if [ -z "$bin" ]; then
    if [ "$(id -u)" = 0 ]; then
        apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
        bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
    else
        echo "PostgreSQL is not installed (apt-get install postgresql)" >&2
        exit 1
    fi
fi
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
data="$(mktemp -d /tmp/wardrobe-pg.XXXXXX)"
run() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
if [ "$(id -u)" = 0 ]; then chown postgres "$data"; fi
run "$bin/initdb" -D "$data" -U postgres -A trust --no-sync >/dev/null
run "$bin/pg_ctl" -D "$data" -l "$data/server.log" -w \
    -o "-h 127.0.0.1 -p $port -k $data -c fsync=off -c max_connections=100" start >/dev/null
echo "postgresql+psycopg://postgres@127.0.0.1:$port/postgres $data $bin"
