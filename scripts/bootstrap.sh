#!/usr/bin/env bash
# Sets up what Pakta Station needs on this machine: Debian packages (when run as root and
# missing) and the project's virtual environment in .venv, installed from the lock
# (requirements/dev.txt; re-installed when the lock or pyproject changes).
# Usage: bash scripts/bootstrap.sh [--test]   (--test adds the packages the test suite needs)
set -euo pipefail
cd "$(dirname "$0")/.."

# Qt's xcb platform plugin (a desktop session) needs the xcb-* libraries; offscreen needs none.
RUNTIME_PACKAGES=(libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libglib2.0-0
                  libdbus-1-3 libpulse0 fonts-dejavu-core libxcb-cursor0 libxcb-icccm4
                  libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0
                  libxcb-xinerama0 libxcb-xkb1)
TEST_PACKAGES=(cups printer-driver-cups-pdf cups-client poppler-utils postgresql chromium
               chromium-driver xvfb)

packages=("${RUNTIME_PACKAGES[@]}")
[[ "${1:-}" == "--test" ]] && packages+=("${TEST_PACKAGES[@]}")

missing=()
for pkg in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if ((${#missing[@]})); then
  if [[ $(id -u) -eq 0 ]]; then
    echo "bootstrap: installing Debian packages: ${missing[*]}" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "bootstrap: missing Debian packages (run as root to install): ${missing[*]}" >&2
  fi
fi

PYTHON=${PYTHON:-python3}
stamp=.venv/.pakta-installed
# Python packages come from the lock (requirements/*.txt, made by scripts/lock.sh): exact
# versions, every file checked against PyPI's sha256. The venv is re-installed whenever the
# lock or the project's metadata changes.
lock=requirements/dev.txt
want=$(cat pyproject.toml requirements/pip.txt "$lock" | sha256sum | cut -d' ' -f1)
if [[ ! -x .venv/bin/python ]]; then
  "$PYTHON" -m venv .venv
fi
if [[ ! -f $stamp || $(cat "$stamp") != "$want" ]]; then
  echo "bootstrap: installing Python packages into .venv from $lock" >&2
  pip=(.venv/bin/python -m pip install -q --disable-pip-version-check)
  "${pip[@]}" --require-hashes -r requirements/pip.txt
  "${pip[@]}" --require-hashes --no-deps -r "$lock"
  # The project itself, editable, built by the locked setuptools (nothing fetched unhashed).
  "${pip[@]}" --no-deps --no-build-isolation -e .
  echo "$want" >"$stamp"
fi
