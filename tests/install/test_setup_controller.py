"""The first-run setup controller without Qt: its jobs run on its one worker, results come back
as events on the owner thread (a plain queue stands in for the GUI's event loop)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.desk.events import EventBus
from desktop_app.resources import resource_path
from desktop_app.services.ceremonies import list_ceremonies
from desktop_app.services.first_run import Step, needs_setup
from desktop_app.services.station_settings import check_operator_pin, load_settings
from desktop_app.setup import events as ev
from desktop_app.setup.controller import SetupController
from desktop_app.storage.store import Store
from tests.desk.test_controller_headless import Loop

ROSTER = resource_path("samples", "roster-contoh.csv")
MESSY = resource_path("samples", "roster-berantakan.csv")


class Seen:
    """Every event the controller published, and whether each came on the owner thread."""

    def __init__(self, bus: EventBus) -> None:
        self.events: list[object] = []
        self.off_thread: list[object] = []
        self.owner = threading.get_ident()
        bus.subscribe(object, self._seen)

    def _seen(self, event: object) -> None:
        self.events.append(event)
        if threading.get_ident() != self.owner:
            self.off_thread.append(event)

    def last(self, kind: type[object]) -> object | None:
        return next((e for e in reversed(self.events) if isinstance(e, kind)), None)


@pytest.fixture
def setup(tmp_path: Path) -> Iterator[tuple[SetupController, Loop, Seen]]:
    store = Store.open(tmp_path / "station")
    loop = Loop()
    bus = EventBus()
    controller = SetupController(store, call_soon=loop.call_soon, bus=bus)
    seen = Seen(bus)
    assert controller.start()
    loop.until(lambda: controller.needed is not None)
    yield controller, loop, seen
    controller.stop()
    store.close()


def _idle(loop: Loop, controller: SetupController) -> None:
    loop.until(lambda: not controller.busy)


def test_a_new_station_loads_as_needing_setup(setup: tuple[SetupController, Loop, Seen]) -> None:
    controller, _loop, seen = setup
    loaded = seen.last(ev.SetupLoaded)
    assert isinstance(loaded, ev.SetupLoaded) and loaded.needed
    assert controller.answers == loaded.answers and not controller.answers.pin_set
    assert controller.next_step(Step.STATION) is Step.CEREMONY


def test_a_roster_import_reports_on_the_owner_thread_and_refuses_a_second_job(
    setup: tuple[SetupController, Loop, Seen],
) -> None:
    controller, loop, seen = setup
    assert controller.import_roster(
        title="Ikrar", date="2026-11-23", venue="Aula", organizer="BKPSDM", roster=ROSTER
    )
    assert controller.busy and seen.last(ev.BusyChanged) == ev.BusyChanged(True)
    assert not controller.test_printer("folder:/tmp/x")  # one job at a time: refused, not queued
    _idle(loop, controller)
    imported = seen.last(ev.RosterImported)
    assert isinstance(imported, ev.RosterImported) and imported.result.imported == 40
    assert controller.answers.ceremony_id == imported.ceremony.id
    assert seen.events[-2:] == [ev.BusyChanged(False), imported]  # not busy when it arrives
    assert seen.off_thread == []
    assert not any(isinstance(e, ev.DeviceTested) for e in seen.events)


def test_duplicate_rows_are_added_through_the_controller(
    setup: tuple[SetupController, Loop, Seen],
) -> None:
    controller, loop, seen = setup
    controller.import_roster(
        title="Apel", date="2026-11-23", venue="Aula", organizer="", roster=MESSY
    )
    _idle(loop, controller)
    imported = seen.last(ev.RosterImported)
    assert isinstance(imported, ev.RosterImported)
    duplicate = next(r for r in imported.result.rejected if r.candidate is not None)
    assert controller.use_rows(imported.result, [duplicate.row])
    _idle(loop, controller)
    used = seen.last(ev.RowsUsed)
    assert isinstance(used, ev.RowsUsed)
    assert len(used.result.rejected) < len(imported.result.rejected)


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (b"just,some,words\n1,2,3\n", "no_header"),
        (b'Nama,NIP\n"Ani,197811072010101131\nBudi,197811072010101132\n', "bad_quote"),
        (b"PK\x03\x04 not really a workbook", "not_a_roster"),
    ],
)
def test_a_bad_roster_is_refused_with_its_code_and_changes_nothing(
    setup: tuple[SetupController, Loop, Seen], tmp_path: Path, content: bytes, code: str
) -> None:
    controller, loop, seen = setup
    bad = tmp_path / ("bad.xlsx" if content.startswith(b"PK") else "bad.csv")
    bad.write_bytes(content)
    controller.import_roster(
        title="Ikrar", date="2026-11-23", venue="Aula", organizer="", roster=bad
    )
    _idle(loop, controller)
    refused = seen.last(ev.RosterRefused)
    assert isinstance(refused, ev.RosterRefused) and refused.code == code, refused
    assert list_ceremonies(controller.store) == [] and controller.answers.ceremony_id == ""


def test_finishing_needs_a_pin_then_saves(setup: tuple[SetupController, Loop, Seen]) -> None:
    controller, loop, seen = setup
    controller.update(station_name="  Meja   7 ", printer="folder:/tmp/printed")
    assert controller.finish()
    _idle(loop, controller)
    failed = seen.last(ev.SetupFailed)
    assert isinstance(failed, ev.SetupFailed) and failed.action == "finish"
    assert "PIN" in failed.error and needs_setup(controller.store)

    controller.update(pin="2468")
    controller.finish()
    _idle(loop, controller)
    assert isinstance(seen.events[-1], ev.SetupSaved) and controller.needed is False
    assert not needs_setup(controller.store)
    settings = load_settings(controller.store)
    assert settings.station_name == "Meja 7" and settings.printer == "folder:/tmp/printed"
    assert check_operator_pin(controller.store, "2468")


def test_device_tests_answer_with_codes(
    setup: tuple[SetupController, Loop, Seen], tmp_path: Path
) -> None:
    controller, loop, seen = setup
    for ask in (
        lambda: controller.test_printer(f"folder:{tmp_path / 'printed'}"),
        lambda: controller.test_printer(""),
        lambda: controller.test_pad(""),
        lambda: controller.test_scan("   "),
    ):
        assert ask()
        _idle(loop, controller)
    tested = [(e.device, e.outcome.code) for e in seen.events if isinstance(e, ev.DeviceTested)]
    assert tested == [
        ("printer", "printer_ready"),
        ("printer", "no_printer"),
        ("pad", "no_pad"),
        ("scanner", "nothing_scanned"),
    ]


def test_a_job_before_start_is_a_programming_error(tmp_path: Path) -> None:
    with Store.open(tmp_path / "s") as store:
        controller = SetupController(store, call_soon=Loop().call_soon)
        with pytest.raises(RuntimeError, match="start"):
            controller.test_pad("")
