#!/usr/bin/env bash
# Restore a Pakta Server backup (deploy/backup.sh) into a NEW, empty database.
#   deploy/restore.sh DUMP_FILE TARGET_URL
# TARGET_URL is a postgresql:// URL whose database does not exist yet: it is created, the
# archive restored into it in one transaction (all or nothing), and its schema upgraded to
# this release (`pakta server migrate`, when the pakta command is on PATH). Point
# PAKTA_SERVER_DB at it (env file) and restart the service to switch over; the old database
# stays untouched until you drop it yourself.
set -euo pipefail

dump=${1:?usage: restore.sh DUMP_FILE TARGET_URL}
target=${2:?usage: restore.sh DUMP_FILE TARGET_URL}
target=${target/postgresql+psycopg:/postgresql:}
[ -r "${dump}" ] || { echo "cannot read ${dump}" >&2; exit 2; }
pg_restore --list "${dump}" >/dev/null || { echo "${dump} is not a pg_dump archive" >&2; exit 2; }

name=${target##*/}
name=${name%%\?*}
admin=${target%/*}/postgres
case "${name}" in
    ''|*[!A-Za-z0-9_]*) echo "target database name must be letters, digits and _" >&2; exit 2 ;;
esac
psql --quiet --no-psqlrc --dbname="${admin}" -v ON_ERROR_STOP=1 \
    -c "CREATE DATABASE ${name}" >/dev/null
pg_restore --no-owner --single-transaction --exit-on-error --dbname="${target}" "${dump}"
if command -v pakta >/dev/null 2>&1; then
    pakta server migrate --db "${target}" >/dev/null
fi
echo "restored ${dump} into ${name}"
