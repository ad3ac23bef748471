#!/usr/bin/env bash
# Back up the Pakta Server database: one pg_dump archive (custom format, compressed).
#   deploy/backup.sh [OUT_FILE]
# The database comes from PAKTA_SERVER_DB (the URL `pakta server` uses; the env file sets it);
# OUT_FILE defaults to $PAKTA_BACKUP_DIR/pakta-YYYYmmdd-HHMMSS.dump (PAKTA_BACKUP_DIR default
# /var/backups/pakta). The archive is written to a temporary name and renamed when complete,
# so a failed or interrupted backup never leaves a file that looks whole. Keep the server data
# key file (PAKTA_SERVER_DATA_KEY_FILE) backed up separately: the signatures are encrypted with
# it, and a dump without the key restores records but not their signature images.
set -euo pipefail

url=${PAKTA_SERVER_DB:?set PAKTA_SERVER_DB (postgresql://...) or source the env file}
url=${url/postgresql+psycopg:/postgresql:}  # SQLAlchemy's driver name is not libpq's
dir=${PAKTA_BACKUP_DIR:-/var/backups/pakta}
out=${1:-${dir}/pakta-$(date -u +%Y%m%d-%H%M%S).dump}
mkdir -p "$(dirname "${out}")"
umask 077  # the dump holds personal data (names, NIPs)
tmp="${out}.partial"
trap 'rm -f "${tmp}"' EXIT
pg_dump --format=custom --compress=6 --no-owner --file="${tmp}" --dbname="${url}"
mv "${tmp}" "${out}"
trap - EXIT
echo "${out}"
