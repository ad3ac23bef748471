#!/bin/sh
# Set up a real CUPS print queue that writes each job as a PDF file (for tests and demos).
#
# Idempotent; run as root. Installs cups, printer-driver-cups-pdf and poppler-utils when
# missing, starts cupsd when it is not running, adds the queue PaktaPDF (cups-pdf backend),
# and fixes cups-pdf's output folder. Prints the output folder on the last line of stdout.
#
#   PAKTA_CUPS_QUEUE   queue name             (default PaktaPDF)
#   PAKTA_CUPS_OUT     folder the PDFs land in (default /var/spool/cups-pdf/pakta)
set -eu

QUEUE="${PAKTA_CUPS_QUEUE:-PaktaPDF}"
OUT="${PAKTA_CUPS_OUT:-/var/spool/cups-pdf/pakta}"

log() { echo "setup-cups: $*" >&2; }

if [ "$(id -u)" != "0" ]; then
    log "must run as root (installs packages and configures CUPS)"
    exit 2
fi

need=""
command -v cupsd >/dev/null 2>&1 || need="$need cups"
[ -x /usr/lib/cups/backend/cups-pdf ] || need="$need printer-driver-cups-pdf"
command -v pdftoppm >/dev/null 2>&1 || need="$need poppler-utils"
if [ -n "$need" ]; then
    log "installing:$need"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2 || true
    # shellcheck disable=SC2086
    apt-get install -y -qq --no-install-recommends $need >&2
fi

# cups-pdf: one fixed output folder, whoever submits the job; no label, keep the title.
conf=/etc/cups/cups-pdf.conf
mkdir -p "$OUT"
chmod 0777 "$OUT"
if [ -f "$conf" ]; then
    sed -i -e '/^[#[:space:]]*Out[[:space:]]/d' -e '/^[#[:space:]]*AnonDirName[[:space:]]/d' \
        -e '/^[#[:space:]]*Label[[:space:]]/d' "$conf"
else
    : > "$conf"
fi
{
    echo "Out $OUT"
    echo "AnonDirName $OUT"
    echo "Label 0"
} >> "$conf"

running() { lpstat -r 2>/dev/null | grep -q "is running"; }
if ! running; then
    log "starting cupsd"
    mkdir -p /run/cups
    cupsd >&2 || true
    i=0
    while ! running; do
        i=$((i + 1))
        if [ "$i" -gt 50 ]; then
            log "cupsd did not start"
            exit 3
        fi
        sleep 0.2
    done
fi

if ! lpstat -p "$QUEUE" >/dev/null 2>&1; then
    model=$(lpinfo -m 2>/dev/null | awk '/CUPS-PDF/ {print $1; exit}')
    if [ -z "$model" ]; then
        ppd=$(ls /usr/share/ppd/cups-pdf/*.ppd 2>/dev/null | head -n 1 || true)
        [ -n "$ppd" ] || { log "no cups-pdf PPD found"; exit 3; }
        lpadmin -p "$QUEUE" -E -v cups-pdf:/ -P "$ppd" >&2
    else
        lpadmin -p "$QUEUE" -E -v cups-pdf:/ -m "$model" >&2
    fi
    log "added queue $QUEUE"
fi
cupsenable "$QUEUE" >&2
cupsaccept "$QUEUE" >&2
echo "$OUT"
