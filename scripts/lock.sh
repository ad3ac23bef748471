#!/usr/bin/env bash
# Re-locks every Python dependency set the project installs into requirements/*.txt: exact
# versions with the sha256 of every file PyPI serves for them (all platforms: Linux, Windows,
# macOS), resolved by uv from PyPI alone (never a local mirror: the hashes must be PyPI's).
#   requirements/pip.txt      pip itself (bootstrap and build-bundle install it first)
#   requirements/dev.txt      base + desk + server + dev + bundle: what scripts/bootstrap.sh installs
#   requirements/runtime.txt  base + desk: the desk and the station's CLI
#   requirements/server.txt   base + server: the central server alone (no Qt, no device library)
#   requirements/bundle.txt   base + desk + server + PyInstaller: what scripts/build-bundle.sh installs
# Every set also holds the build backend (requirements/build.in), so the project itself installs
# with --no-deps --no-build-isolation and nothing is fetched unhashed.
# The smaller sets are resolved under dev.txt as a constraint, so one package has one version in
# all of them. Existing pins are kept unless asked to move:
# Usage: bash scripts/lock.sh                      # after editing pyproject: add what is new
#        bash scripts/lock.sh --upgrade            # move everything to the newest allowed
#        bash scripts/lock.sh --upgrade-package X  # move X (repeatable)
#        bash scripts/lock.sh --check              # exit 1 if the lock is out of date
set -euo pipefail
cd "$(dirname "$0")/.."

UV_VERSION=0.13.8  # the locking tool is pinned too
PYTHON=${PYTHON:-python3}
tools=build/lock-tools
if [[ ! -x $tools/bin/uv || $("$tools/bin/uv" --version | cut -d' ' -f2) != "$UV_VERSION" ]]; then
  rm -rf "$tools"
  "$PYTHON" -m venv "$tools"
  PIP_DISABLE_PIP_VERSION_CHECK=1 "$tools/bin/python" -m pip install -q --isolated --index-url https://pypi.org/simple \
    "uv==$UV_VERSION"
fi

check=0
args=()
while (($#)); do
  case $1 in
    --check) check=1 ;;
    --upgrade) args+=(--upgrade) ;;
    --upgrade-package) args+=(--upgrade-package "$2"); shift ;;
    *) echo "lock: unknown option $1" >&2; exit 2 ;;
  esac
  shift
done

out=requirements
if ((check)); then  # lock in place, compare with what was committed, put that back
  saved=$(mktemp -d)
  cp requirements/*.txt "$saved/"
  trap 'cp "$saved"/*.txt requirements/; rm -rf "$saved"' EXIT
fi

# PyPI only, whatever pip.conf or UV_* variables say on this machine.
export UV_NO_CONFIG=1 UV_INDEX_URL=https://pypi.org/simple UV_EXTRA_INDEX_URL= UV_FIND_LINKS=
compile() {  # compile OUTPUT [uv pip compile arguments...]
  local target=$1; shift
  "$tools/bin/uv" pip compile --quiet --universal --python-version 3.11 --generate-hashes \
    --custom-compile-command "bash scripts/lock.sh" "${args[@]}" "$@" -o "$out/$target"
}
compile pip.txt requirements/pip.in
compile dev.txt pyproject.toml requirements/build.in --extra desk --extra server --extra dev \
  --extra bundle
compile runtime.txt pyproject.toml requirements/build.in --extra desk -c "$out/dev.txt"
compile server.txt pyproject.toml requirements/build.in --extra server -c "$out/dev.txt"
compile bundle.txt pyproject.toml requirements/build.in --extra desk --extra server \
  --extra bundle \
  -c "$out/dev.txt"

if ((check)); then
  if ! diff -r -u --exclude='*.in' "$saved" requirements >&2; then
    echo "lock: requirements/*.txt are out of date: run bash scripts/lock.sh" >&2
    exit 1
  fi
  echo "lock: requirements/*.txt match pyproject.toml" >&2
fi
