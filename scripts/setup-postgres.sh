#!/usr/bin/env bash
# Start (idempotently) a PostgreSQL cluster on loopback for tests and benchmarks.
# Installs PostgreSQL with apt when run as root and it is missing; creates the test database;
# the last line on stdout is  PAKTA_TEST_PG_URL=postgresql://...  (eval-able).
#   PAKTA_PG_DIR   cluster folder        (default /tmp/pakta-pg)
#   PAKTA_PG_PORT  TCP port on 127.0.0.1 (default 54329)
#   PAKTA_PG_DB    database to create    (default pakta_test)
set -euo pipefail

PG_DIR=${PAKTA_PG_DIR:-/tmp/pakta-pg}
PORT=${PAKTA_PG_PORT:-54329}
DB=${PAKTA_PG_DB:-pakta_test}

find_bin() {
    ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

BIN=$(find_bin || true)
if [ -z "${BIN}" ] || [ ! -x "${BIN}/pg_ctl" ]; then
    if [ "$(id -u)" -ne 0 ]; then
        echo "PostgreSQL is not installed and this is not root: apt-get install postgresql" >&2
        exit 1
    fi
    echo "installing PostgreSQL with apt-get ..." >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y -q postgresql >&2 || { apt-get update -q >&2 && apt-get install -y -q postgresql >&2; }
    BIN=$(find_bin)
fi

# initdb and the server refuse to run as root: run them as the postgres user.
as_pg() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

if [ "$(id -u)" -eq 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql postgres
    mkdir -p "${PG_DIR}"
    chown postgres: "${PG_DIR}"
else
    mkdir -p "${PG_DIR}"
fi

if [ ! -f "${PG_DIR}/data/PG_VERSION" ]; then
    as_pg "${BIN}/initdb" -D "${PG_DIR}/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >&2
fi

if ! as_pg "${BIN}/pg_ctl" -D "${PG_DIR}/data" status >/dev/null 2>&1; then
    as_pg "${BIN}/pg_ctl" -D "${PG_DIR}/data" -l "${PG_DIR}/server.log" -w -t 60 start \
        -o "-c listen_addresses=127.0.0.1 -p ${PORT} -c unix_socket_directories=${PG_DIR} -c max_connections=300" >&2
fi

PSQL=("${BIN}/psql" -h 127.0.0.1 -p "${PORT}" -U postgres -v ON_ERROR_STOP=1 -qtA)
for _ in $(seq 1 50); do
    if "${PSQL[@]}" -d postgres -c "SELECT 1" >/dev/null 2>&1; then break; fi
    sleep 0.2
done
if [ "$("${PSQL[@]}" -d postgres -c "SELECT 1 FROM pg_database WHERE datname = '${DB}'")" != "1" ]; then
    "${PSQL[@]}" -d postgres -c "CREATE DATABASE ${DB}" >&2
fi

echo "PAKTA_TEST_PG_URL=postgresql://postgres@127.0.0.1:${PORT}/${DB}"
