#!/usr/bin/env bash
# A longer schemathesis run over API v1 than CI's: tests/server/test_api_schema.py with many
# more cases per operation, random rather than repeatable. Usage:
#   bash scripts/api-fuzz.sh [CASES_PER_OPERATION]     (default 2000)
set -euo pipefail
cd "$(dirname "$0")/.."
export PAKTA_API_FUZZ_EXAMPLES="${1:-2000}" PAKTA_API_FUZZ_RANDOM=1
exec .venv/bin/python -m pytest -q -p no:cacheprovider --timeout=0 tests/server/test_api_schema.py
