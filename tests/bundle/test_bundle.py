"""The installable bundle: built from build_installer.spec in a clean environment, then its own
self-test run from the bundle (`pakta self-test --json`, `pakta-station --self-test`).

Slow (a few minutes: a fresh virtual environment and a PyInstaller build); CI runs it. Size
and desk cold-start time are written to build/bundle-metrics.json.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT

pytestmark = [pytest.mark.slow, pytest.mark.timeout(1800)]

EXE = ".exe" if sys.platform == "win32" else ""
# Libraries the bundle must carry itself: if ldd cannot find one of these, the spec dropped it.
OWN_LIBS = re.compile(r"^(libQt6|libpyside6|libshiboken6|libicu|libav|libsw|libpython)")


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("bundle")
    done = subprocess.run(
        ["bash", "scripts/build-bundle.sh", "--dist", str(out / "dist"), "--work", str(out / "w")],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=1700,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-4000:]
    assert "built in" in done.stdout
    return out / "dist" / "pakta-station"


def _clean_env(tmp: Path) -> dict[str, str]:
    """No display, no dev virtualenv on the path, a data folder of its own."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)  # the self-test must pick offscreen by itself
    env.pop("PYTHONPATH", None)
    env["PAKTA_DATA_DIR"] = str(tmp / "data")
    env["PATH"] = "/usr/bin:/bin"
    return env


def test_bundle_holds_both_programs_and_the_data(bundle: Path) -> None:
    assert (bundle / f"pakta{EXE}").is_file()
    assert (bundle / f"pakta-station{EXE}").is_file()
    internal = bundle / "_internal"
    for part in (
        "resources/fonts/DejaVuSans.ttf",
        "resources/pledges/pakta-netralitas-asn.txt",
        "resources/samples/roster-contoh.csv",
        "resources/icons/pakta-station.png",
        "desktop_app/storage/migrations/env.py",
        "server/migrations/env.py",
        "server/templates/base.html",
    ):
        assert (internal / part).is_file(), part
    plugins = internal / "PySide6" / "Qt" / "plugins"
    for plugin in ("platforms", "printsupport", "multimedia", "imageformats"):
        assert any((plugins / plugin).iterdir()), plugin
    assert list((plugins / "platforms").glob("*offscreen*"))
    for unused in ("QtWebEngineCore", "Qt3DCore", "QtCharts", "QtQuick", "QtPdf"):
        assert not list((internal / "PySide6").glob(f"{unused}.*")), unused


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ldd")
def test_no_library_the_bundle_should_carry_is_missing(bundle: Path) -> None:
    missing = set()
    for lib in bundle.rglob("*.so*"):
        out = subprocess.run(["ldd", str(lib)], capture_output=True, text=True, check=False)
        for line in out.stdout.splitlines():
            name = line.strip().split(" ")[0]
            if "not found" in line and OWN_LIBS.match(name):
                missing.add(f"{lib.name}: {name}")
    assert not missing


def test_self_test_from_the_bundle(bundle: Path, tmp_path: Path) -> None:
    env = _clean_env(tmp_path)
    done = subprocess.run(
        [str(bundle / f"pakta{EXE}"), "self-test", "--json"],
        capture_output=True, text=True, timeout=300, env=env, cwd=tmp_path, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr[-3000:]
    report = json.loads(done.stdout)
    names = [c["name"] for c in report["checks"]]
    assert report["ok"] and names == [
        "store", "ceremony_roster", "sign", "receipt", "serial_ports", "printers", "window",
        "camera_backend",
    ]  # fmt: skip

    start = time.perf_counter()
    desk = subprocess.run(
        [str(bundle / f"pakta-station{EXE}"), "--self-test", "--only", "window", "--json"],
        capture_output=True, text=True, timeout=300, env=env, cwd=tmp_path, check=False,
    )  # fmt: skip
    cold_start_s = time.perf_counter() - start
    assert desk.returncode == 0, desk.stdout + desk.stderr[-3000:]
    window = json.loads(desk.stdout)["checks"][0]
    shown = re.search(r"shown ([0-9.]+) s after start", window["detail"])
    assert shown, window

    full = subprocess.run(
        [str(bundle / f"pakta-station{EXE}"), "--self-test"],
        capture_output=True, text=True, timeout=300, env=env, cwd=tmp_path, check=False,
    )  # fmt: skip
    assert full.returncode == 0, full.stdout + full.stderr[-3000:]
    assert "semua OK" in full.stdout

    files = [f for f in bundle.rglob("*") if f.is_file() and not f.is_symlink()]
    metrics = {
        "bundle_mb": round(sum(f.stat().st_size for f in files) / 1e6, 1),
        "files": len(files),
        "desk_start_to_window_s": float(shown.group(1)),
        "desk_start_to_exit_s": round(cold_start_s, 2),
        "window_check_ms": window["ms"],
        "platform": sys.platform,
    }
    out = REPO_ROOT / "build" / "bundle-metrics.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(metrics, indent=2) + "\n", "utf-8")
    print(metrics)


def test_bundled_cli_answers_like_the_installed_one(bundle: Path, tmp_path: Path) -> None:
    env = _clean_env(tmp_path)
    pakta = str(bundle / f"pakta{EXE}")

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [pakta, "--data-dir", str(tmp_path / "st"), *args],
            capture_output=True, text=True, timeout=120, env=env, check=False,
        )  # fmt: skip

    assert (
        run("ceremony", "create", "--title", "T", "--date", "2026-01-02", "--venue", "V").returncode
        == 0
    )
    sample = bundle / "_internal" / "resources" / "samples" / "roster-contoh.csv"
    assert json.loads(run("roster", "import", str(sample), "--json").stdout)["imported"] == 40
    doctor = run("doctor", "--json", "--offline")
    assert doctor.returncode == 1  # no printer or pad chosen, not enrolled: needs attention
    checks = {c["name"]: c["ok"] for c in json.loads(doctor.stdout)["checks"]}
    assert checks["store"] and checks["chain"] and checks["ceremony"]
    assert (tmp_path / "st" / "logs" / "pakta.log").is_file()


def test_bundle_reads_the_installers_data_folder(bundle: Path, tmp_path: Path) -> None:
    env = _clean_env(tmp_path)
    del env["PAKTA_DATA_DIR"]
    chosen = tmp_path / "PaktaData"
    config = bundle / "pakta-station.ini"
    config.write_text(f"[station]\ndata_dir = {chosen}\n", "utf-8")
    try:
        done = subprocess.run(
            [str(bundle / f"pakta{EXE}"), "doctor", "--json", "--offline"],
            capture_output=True, text=True, timeout=120, env=env, check=False,
        )  # fmt: skip
    finally:
        config.unlink()
    assert json.loads(done.stdout)["data_dir"] == str(chosen)
