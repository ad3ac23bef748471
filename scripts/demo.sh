#!/usr/bin/env bash
# Sets up .venv and runs the demo on a fresh demo data folder with simulated devices.
# Usage: bash scripts/demo.sh   (the data folder is printed; delete it when done)
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
data_dir=$(mktemp -d "${TMPDIR:-/tmp}/pakta-demo.XXXXXX")
echo "Demo data folder: $data_dir" >&2
pakta=(.venv/bin/pakta --data-dir "$data_dir")
"${pakta[@]}" rehearse --attendees 25
"${pakta[@]}" ceremony list
"${pakta[@]}" export progress --format csv --out "$data_dir/exports/progress.csv"
