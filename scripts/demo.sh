#!/usr/bin/env bash
# Sets up .venv and opens the registration desk on a fresh demo data folder: a demo ceremony
# and roster, a simulated badge scanner and signature pad on pseudo-terminals, and receipts
# printed as PDF files into the data folder. Walk one attendee through with the yellow demo
# buttons (F5 scan a badge, F8 sign on the pad); the operator PIN is 1234.
# Usage: bash scripts/demo.sh [--fullscreen]
# Without a display (a server, CI) it runs the same demo headless: a rehearsal of 25 attendees.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
if [[ "$(uname)" == Linux && -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" && "${QT_QPA_PLATFORM:-}" != offscreen ]]; then
  data_dir=$(mktemp -d "${TMPDIR:-/tmp}/pakta-demo.XXXXXX")
  echo "demo: no display here, so the desk runs headless as a rehearsal in $data_dir" >&2
  pakta=(.venv/bin/pakta --data-dir "$data_dir")
  "${pakta[@]}" rehearse --attendees 25
  "${pakta[@]}" ceremony list
  exit 0
fi
exec .venv/bin/pakta desk --demo "$@"
