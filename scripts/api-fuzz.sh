#!/usr/bin/env bash
# A longer schemathesis run over API v1 than CI's: tests/server/test_api_schema.py with many
# more cases per operation, random rather than repeatable. Usage:
#   bash scripts/api-fuzz.sh [CASES_PER_OPERATION]     (default 500)
# 300 cases per operation (2,100 in all) took 12 minutes on a busy 2-core machine; push, with
# its generated batches of large records, takes 70% of it.
set -euo pipefail
cd "$(dirname "$0")/.."
export PAKTA_API_FUZZ_EXAMPLES="${1:-500}" PAKTA_API_FUZZ_RANDOM=1
exec .venv/bin/python -m pytest -q -s -p no:cacheprovider --timeout=0 tests/server/test_api_schema.py
