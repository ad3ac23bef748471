"""First-run steps without a screen: the step order, the checks, and taking a ceremony from a
real server process (published there by another station, pulled by the new one)."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from desktop_app.services.doctor import run_doctor
from desktop_app.services.first_run import (
    SetupAnswers,
    Step,
    check_ceremony,
    check_scanner,
    check_station_name,
    choose_ceremony,
    enrol_and_pull,
    finish_setup,
    needs_setup,
    next_step,
    start_answers,
    try_printer,
    try_scan,
)
from desktop_app.services.station_settings import check_pin_choice
from desktop_app.storage.store import Store
from tests.conftest import REPO_ROOT
from tests.server.helpers import new_ceremony, running_server, sqlite_url


def _code(db: str, name: str) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "desktop_app.cli.main", "--json", "server", "--db", db,
         "station", "add", name],
        cwd=REPO_ROOT, capture_output=True, text=True, timeout=120, check=True,
    )  # fmt: skip
    return str(json.loads(done.stdout)["code"])


def test_steps_in_order_and_the_server_step_left_out_after_a_pull() -> None:
    order, step = [], Step.STATION
    while step is not None:
        order.append(step)
        step = next_step(step, SetupAnswers())
    assert order == list(Step)
    assert next_step(Step.DEVICES, SetupAnswers(enrolled_url="http://x")) is Step.FINISH


@pytest.mark.parametrize(
    ("name", "problem"), [("Meja 1", None), ("   ", "empty"), ("x" * 121, "too_long")]
)
def test_station_name(name: str, problem: str | None) -> None:
    assert check_station_name(name) == problem


def test_ceremony_and_scanner_checks() -> None:
    assert check_ceremony("Ikrar", "2024-08-26", "Aula") is None
    assert check_ceremony("", "2024-08-26", "Aula") == "title"
    assert check_ceremony("Ikrar", "26/08/2024", "Aula") == "date"
    assert check_ceremony("Ikrar", "2024-08-26", " ") == "venue"
    assert check_scanner("keyboard", "") is None
    assert check_scanner("serial", "") == "port"
    assert check_scanner("laser", "") == "mode"


def test_printer_test_names_the_problem(tmp_path: Path) -> None:
    assert try_printer("").code == "no_printer"
    missing = try_printer("cups:NoSuchQueue-xyz")
    assert not missing.ok and missing.code in ("printer_not_found", "printer_unavailable")
    assert missing.detail == "cups:NoSuchQueue-xyz"  # data, not an English sentence
    assert try_printer(f"folder:{tmp_path / 'out'}").ok


@pytest.mark.parametrize(
    ("pin", "again", "required", "problem"),
    [
        ("2468", "2468", True, None),
        ("", "", True, "missing"),
        ("", "", False, None),  # a PIN is already set: keeping it is fine
        ("12", "12", True, "short"),
        ("12ab", "12ab", True, "short"),
        ("2468", "2469", True, "mismatch"),
        ("2468", "", False, "mismatch"),
    ],
)
def test_pin_choice(pin: str, again: str, required: bool, problem: str | None) -> None:
    assert check_pin_choice(pin, again, required=required) == problem


def test_no_station_is_set_up_without_a_pin(data_dir: Path) -> None:
    from desktop_app.domain.errors import InvalidInput
    from desktop_app.services.station_settings import check_operator_pin

    with Store.open(data_dir) as store:
        with pytest.raises(InvalidInput):
            finish_setup(store, SetupAnswers(station_name="Meja 1"))
        assert needs_setup(store)
        assert not check_operator_pin(store, "")  # no PIN: an empty one opens nothing
        finish_setup(store, SetupAnswers(station_name="Meja 1", pin="2468"))
        assert not needs_setup(store)
        assert check_operator_pin(store, "2468") and not check_operator_pin(store, "")
        assert start_answers(store).pin_set


def test_scan_test_answers_with_codes(data_dir: Path) -> None:
    from desktop_app.demo.setup import ensure_demo_ceremony

    with Store.open(data_dir) as store:
        ensure_demo_ceremony(store, attendees=3)
        unknown = try_scan(store, "199001012015031999")
        assert (unknown.ok, unknown.code, unknown.detail) == (
            False,
            "badge_unknown",
            "199001012015031999",
        )
        assert try_scan(store, "%%%").code == "badge_invalid"
        assert try_scan(store, "  ").code == "nothing_scanned"


def test_new_station_takes_its_ceremony_from_a_real_server(tmp_path: Path) -> None:
    db = sqlite_url(tmp_path)
    organiser_code, desk_code = _code(db, "Panitia"), _code(db, "Meja 2")
    with running_server(db, tmp_path / "server.log", workers=1) as server:
        with Store.open(tmp_path / "organiser") as organiser:  # publishes a ceremony of 12
            ceremony_id = new_ceremony(organiser, 12)
            outcome, _ = enrol_and_pull(organiser, server.url, organiser_code)
            assert outcome.ok, outcome.detail
        with Store.open(tmp_path / "desk") as desk:
            assert needs_setup(desk)
            bad, _ = enrol_and_pull(desk, server.url, "WRONG-CODE")
            assert (bad.ok, bad.code, bad.detail) == (False, "code_refused", server.url)
            outcome, ceremonies = enrol_and_pull(desk, server.url, desk_code)
            assert outcome.ok, outcome.detail
            assert [(c.id, c.roster) for c in ceremonies] == [(ceremony_id, 12)]
            choose_ceremony(desk, ceremony_id)
            answers = start_answers(desk)
            assert answers.enrolled_url == server.url and answers.ceremony_id == ceremony_id
            finish_setup(desk, replace(answers, pin="2468"))
            assert not needs_setup(desk)
        checks = {c.name: c for c in run_doctor(tmp_path / "desk")}
        assert checks["server"].ok and "reachable" in checks["server"].detail
        assert checks["ceremony"].ok
