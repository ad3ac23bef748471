#!/usr/bin/env bash
# Sets up everything the tests need (Debian packages, .venv, CUPS, PostgreSQL) and runs them all:
# lint, types, import contracts, the whole pytest suite (slow tests included) and a quick benchmark pass.
# Usage: bash scripts/test.sh [pytest args]
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh --test
for service in scripts/setup-cups.sh scripts/setup-postgres.sh scripts/setup-chromium.sh; do
  if [[ -f $service ]]; then
    bash "$service" >/dev/null
  fi
done
export QT_QPA_PLATFORM=offscreen
.venv/bin/ruff check pakta_common desktop_app ui server tests benchmarks
.venv/bin/ruff format --check pakta_common desktop_app ui server tests benchmarks
.venv/bin/mypy
.venv/bin/lint-imports  # the layer contracts (pyproject.toml, [tool.importlinter])
exec .venv/bin/python -m pytest "$@"
