"""`pakta desk --demo` starts the desk on a fresh demo folder with simulated devices."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

from tests.conftest import REPO_ROOT


def test_pakta_desk_demo_starts_and_keeps_running(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(tmp_path)}
    env.pop("PAKTA_DATA_DIR", None)
    proc = subprocess.Popen(
        [sys.executable, "-m", "desktop_app.cli.main", "desk", "--demo"],
        cwd=REPO_ROOT, env=env, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True,
    )  # fmt: skip
    try:
        assert proc.stderr is not None
        line = proc.stderr.readline()
        found = re.search(r"Demo data folder: (\S+)", line)
        assert found, line
        folder = Path(found.group(1))
        assert folder.is_relative_to(tmp_path)  # a fresh folder, never a real station's
        deadline = time.monotonic() + 120  # generous: a busy machine starts Qt slowly

        def up() -> bool:  # the desk wrote its log, opened its store and its printer folder
            return (
                all(p.exists() for p in (folder / "logs" / "desk.log", folder / "station.db"))
                and (folder / "printed").is_dir()
            )

        while not up() and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.1)
        assert up(), "the desk did not come up"
        assert proc.poll() is None, "the desk exited"
    finally:
        proc.terminate()
        proc.wait(10)
    assert "Traceback" not in proc.stderr.read()


def test_demo_refuses_a_real_station_folder(tmp_path: Path) -> None:
    real = tmp_path / "station"
    real.mkdir()
    (real / "station.db").write_bytes(b"")
    out = subprocess.run(
        [sys.executable, "-m", "desktop_app.cli.main", "--data-dir", str(real), "desk", "--demo"],
        cwd=REPO_ROOT, capture_output=True, text=True, timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    assert out.returncode == 2
    assert "not a demo data folder" in out.stderr
