#!/usr/bin/env bash
# Builds the one-folder bundle (dist/pakta-station: `pakta-station` desk + `pakta` CLI) from
# build_installer.spec, in a clean virtual environment under build/ that holds only the
# project (non-editable) and the locked bundle set (requirements/bundle.txt: exact versions,
# PyPI's sha256 checked, PyInstaller included), so nothing from a developer's .venv leaks in.
# Usage: bash scripts/build-bundle.sh [--fresh] [--dist DIR] [--work DIR]
#   --fresh  recreate the build environment even when the lock has not changed
set -euo pipefail
cd "$(dirname "$0")/.."

fresh=0
dist=dist
work=build/pyinstaller
while (($#)); do
  case $1 in
    --fresh) fresh=1 ;;
    --dist) dist=$2; shift ;;
    --work) work=$2; shift ;;
    *) echo "build-bundle: unknown option $1" >&2; exit 2 ;;
  esac
  shift
done

PYTHON=${PYTHON:-python3}
venv=build/bundle-venv
stamp=$venv/.pakta-bundle
# The environment is rebuilt when the lock or pyproject changes (or on --fresh); the project
# itself is reinstalled every time so the bundle always holds the current source.
lock=requirements/bundle.txt
want=$(cat pyproject.toml requirements/pip.txt "$lock" | sha256sum | cut -d' ' -f1)
pip=("$venv/bin/python" -m pip install -q --disable-pip-version-check)
if ((fresh)) || [[ ! -x $venv/bin/python || ! -f $stamp || $(cat "$stamp") != "$want" ]]; then
  echo "build-bundle: creating a clean build environment in $venv from $lock" >&2
  rm -rf "$venv"
  "$PYTHON" -m venv "$venv"
  "${pip[@]}" --require-hashes -r requirements/pip.txt
  "${pip[@]}" --require-hashes --no-deps -r "$lock"
  echo "$want" >"$stamp"
fi
"${pip[@]}" --no-deps --no-build-isolation --force-reinstall .

# Translations travel as the committed .qm files (python -m ui.i18n_catalogue makes them).
rm -rf "${dist:?}/pakta-station"
start=$(date +%s)
# The spec analyses the source tree (pathex) and adds resources and migrations by path; the
# environment supplies the dependencies and the project's metadata.
"$venv/bin/python" -m PyInstaller --noconfirm --log-level WARN \
  --distpath "$dist" --workpath "$work" build_installer.spec
end=$(date +%s)

bundle=$dist/pakta-station
size_mb=$(du -sm "$bundle" | cut -f1)
files=$(find "$bundle" -type f | wc -l)
echo "build-bundle: $bundle built in $((end - start)) s: ${size_mb} MB, $files files"
