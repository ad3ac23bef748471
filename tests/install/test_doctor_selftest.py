"""`pakta doctor`, `pakta self-test` and the log files, through the real CLI on real stores."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.cli.main import main
from desktop_app.logging_setup import configure_logging, log_path
from desktop_app.selftest import run_core_checks
from desktop_app.services.doctor import DoctorOptions, format_report, run_doctor
from desktop_app.services.first_run import SetupAnswers, finish_setup, needs_setup
from desktop_app.storage.store import Store
from tests.conftest import REPO_ROOT


def _station(data_dir: Path, printer: str = "") -> None:
    with Store.open(data_dir) as store:
        assert needs_setup(store)
        from desktop_app.demo.setup import ensure_demo_ceremony

        ensure_demo_ceremony(store, attendees=20)
        answers = SetupAnswers(station_name="Meja Uji", printer=printer, pin="2468")
        finish_setup(store, answers)


def test_core_self_test_passes_and_names_each_check() -> None:
    checks = run_core_checks()
    assert [c.name for c in checks] == [
        "store", "ceremony_roster", "sign", "receipt", "serial_ports", "printers",
    ]  # fmt: skip
    assert all(c.ok for c in checks), checks


def test_self_test_names_what_failed(tmp_path: Path) -> None:
    (tmp_path / "station").write_text("a file where the data folder should be")
    checks = run_core_checks(tmp_path)
    failed = {c.name: c.detail for c in checks if not c.ok}
    assert set(failed) == {"store", "ceremony_roster", "sign", "receipt"}
    assert failed["sign"].startswith("skipped:")


def test_cli_self_test_with_the_window_in_its_own_process(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["self-test", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["ok"], report
    assert [c["name"] for c in report["checks"][-2:]] == ["window", "camera_backend"]


def test_doctor_on_a_set_up_station(data_dir: Path, tmp_path: Path) -> None:
    _station(data_dir, printer=f"folder:{tmp_path / 'printed'}")
    checks = {c.name: c for c in run_doctor(data_dir, DoctorOptions(check_server=True))}
    assert checks["store"].ok and checks["chain"].ok and checks["ceremony"].ok
    assert checks["printer"].ok and checks["print_queue"].ok
    assert not checks["pad"].ok  # no pad chosen: someone should look
    assert not checks["server"].ok and "enroll" in checks["server"].detail
    report = format_report(list(checks.values()))
    assert " 1. OK" in report and "PERLU DICEK" in report
    # read over the phone in Bahasa Indonesia: the findings are worded, not the English detail
    assert "belum memilih port pad" in report and "belum terdaftar di server" in report
    assert "sudah menandatangani" in report and "rantai hash" in report
    for english in ("not enrolled", "no pad port", "records, hash chain", "on the roster"):
        assert english not in report
    assert all(c.code for c in checks.values())
    english = format_report(list(checks.values()), "en")
    assert "not enrolled" in english and "PERLU" not in english


def test_doctor_json_and_exit_code(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _station(data_dir)
    code = main(["--data-dir", str(data_dir), "doctor", "--json", "--offline"])
    payload = json.loads(capsys.readouterr().out)
    assert code == 1 and not payload["ok"]
    assert all(set(c) == {"name", "ok", "detail", "code", "data"} for c in payload["checks"])
    assert {c["name"] for c in payload["checks"] if not c["ok"]} == {"printer", "pad", "server"}


def test_doctor_does_not_create_a_station(tmp_path: Path) -> None:
    missing = tmp_path / "nothing-here"
    checks = run_doctor(missing)
    assert [(c.name, c.ok) for c in checks] == [("store", False)]
    assert not missing.exists()


def test_cli_logs_into_the_data_folder_without_personal_data(data_dir: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    args = [sys.executable, "-m", "desktop_app.cli.main", "--data-dir", str(data_dir)]
    first = subprocess.run([*args, "ceremony", "list"], capture_output=True, text=True, env=env)
    again = subprocess.run([*args, "ceremony", "list"], capture_output=True, text=True, env=env)
    assert first.returncode == again.returncode == 0
    assert again.stderr == ""  # INFO lines go to the file, never to a person's terminal
    log = log_path(data_dir).read_text("utf-8")
    # Migrations ran in the first (the folder had no log yet); the second says what it ran.
    assert "pakta.cli: command ceremony" in log


def test_log_rotation_and_signature_filter(tmp_path: Path) -> None:
    root = logging.getLogger()
    before = list(root.handlers)
    try:
        path = configure_logging(tmp_path)
        assert path is not None and configure_logging(tmp_path) == path  # idempotent
        added = [h for h in root.handlers if h not in before]
        assert len(added) == 1
        log = logging.getLogger("pakta.test")
        log.info("saved signature_blob=%s", "deadbeef" * 4)
        for _ in range(3000):
            log.info("x" * 500)
        added[0].flush()
        text = path.read_text("utf-8") if path.exists() else ""
        rotated = sorted(p.name for p in path.parent.glob("pakta.log*"))
        assert len(rotated) > 1 and len(rotated) <= 6
        assert all(p.stat().st_size <= 1_100_000 for p in path.parent.glob("pakta.log*"))
        everything = "".join(p.read_text("utf-8") for p in path.parent.glob("pakta.log*"))
        assert "deadbeef" not in everything and "withheld" in everything
        assert text is not None
    finally:
        for handler in list(root.handlers):
            if handler not in before:
                root.removeHandler(handler)
                handler.close()
