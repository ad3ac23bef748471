"""The first-run wizard clicked through offscreen on a real temporary store, a simulated pad
on a real pty and a folder printer; screenshots of each step go to docs/screenshots."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QPushButton, QWizard
from pytestqt.qtbot import QtBot

from desktop_app.desk.station import DeskStation
from desktop_app.devices.simulators.pad_simulator import PadSimulator
from desktop_app.resources import resource_path
from desktop_app.services.first_run import Step, needs_setup
from desktop_app.services.lookup import LookupStatus, lookup_badge
from desktop_app.services.station_settings import check_operator_pin, load_settings
from desktop_app.storage.store import Store
from tests.conftest import REPO_ROOT
from ui.i18n import set_language
from ui.wizard.common import ResultLine
from ui.wizard.hook import first_run_if_needed, open_setup
from ui.wizard.station_page import StationPage
from ui.wizard.wizard import FirstRunWizard

SHOTS = REPO_ROOT / "docs" / "screenshots"
ROSTER = resource_path("samples", "roster-contoh.csv")
MESSY = resource_path("samples", "roster-berantakan.csv")  # bad rows and a duplicate NIP
FIRST_NIP = "197811072010101131"  # the first row of the sample roster


@pytest.fixture
def station(data_dir: Path) -> Iterator[DeskStation]:
    store = Store.open(data_dir)
    yield DeskStation(store, "id")
    store.close()


@pytest.fixture
def wizard(qtbot: QtBot, station: DeskStation) -> Iterator[FirstRunWizard]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    set_language(app, "id")  # Bahasa Indonesia first, as a new station starts
    setup, relay = open_setup(station)
    assert setup.needed is True
    w = FirstRunWizard(setup, relay)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    setup.stop()
    relay.detach()
    set_language(app, "en")


def shot(w: FirstRunWizard, name: str) -> None:
    """Take the screenshot every run; rewrite the committed one only when it is missing or
    PAKTA_UPDATE_SCREENSHOTS=1 (as the desk's screenshot test does)."""
    path = SHOTS / f"wizard-{name}.png"
    fresh = Path(tempfile.gettempdir()) / f"pakta-{path.name}"
    assert w.grab().save(str(fresh), "PNG")
    assert 0 < fresh.stat().st_size < 300_000
    if os.environ.get("PAKTA_UPDATE_SCREENSHOTS") == "1" or not path.exists():
        SHOTS.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(fresh, path)


def click(qtbot: QtBot, button: QPushButton) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def wait_result(qtbot: QtBot, line: ResultLine, ok: bool = True) -> None:
    qtbot.waitUntil(lambda: line.ok is not None, timeout=20_000)
    assert line.ok is ok, line.text()


def test_click_through_the_whole_setup(
    qtbot: QtBot, wizard: FirstRunWizard, station: DeskStation, tmp_path: Path
) -> None:
    assert needs_setup(station.store)
    nxt = wizard.button(QWizard.WizardButton.NextButton)
    station_page = wizard.pages[Step.STATION]
    assert isinstance(station_page, StationPage)

    # 1. station name and operator PIN: Next only with a name and the same PIN twice
    station_page.name.clear()
    assert not nxt.isEnabled()
    qtbot.keyClicks(station_page.name, "Meja 1 - Pintu Utara")
    assert not nxt.isEnabled()  # no PIN yet: a station is never set up without one
    qtbot.keyClicks(station_page.pin, "2468")
    qtbot.keyClicks(station_page.again, "2469")
    assert not nxt.isEnabled() and "tidak sama" in station_page.pin_hint.text()
    station_page.again.clear()
    qtbot.keyClicks(station_page.again, "2468")
    assert nxt.isEnabled()
    shot(wizard, "1-station")
    click(qtbot, nxt)

    # 2. ceremony from the sample roster file
    page = wizard.currentPage()
    assert not nxt.isEnabled()  # no ceremony yet
    qtbot.keyClicks(page.ceremony_title, "Ikrar Netralitas ASN Kota Malang")
    qtbot.keyClicks(page.venue, "Gedung Malang Islamic Center")
    page.roster.setText(str(ROSTER))
    click(qtbot, page.import_button)
    wait_result(qtbot, page.result)
    assert "40" in page.result.text()
    qtbot.waitUntil(nxt.isEnabled)
    shot(wizard, "2-ceremony")
    click(qtbot, nxt)

    # 3. devices: a simulated pad on a real pty, a folder printer, a scanned NIP
    page = wizard.currentPage()
    with PadSimulator("isdv4") as pad:
        qtbot.waitUntil(lambda: not wizard.state.setup.busy)  # device listing
        page.pad.setEditText(pad.port)
        click(qtbot, page.findChild(QPushButton, "testPad"))
        wait_result(qtbot, page.pad_result)
        printed = tmp_path / "printed"
        page.printer.setEditText(f"folder:{printed}")
        click(qtbot, page.findChild(QPushButton, "testPrinter"))
        wait_result(qtbot, page.printer_result)
        page.scan_field.setFocus()
        qtbot.keyClicks(page.scan_field, FIRST_NIP)
        qtbot.keyClick(page.scan_field, Qt.Key.Key_Return)
        wait_result(qtbot, page.scan_result)
        assert "Hendra Prasetyo" in page.scan_result.text()
        qtbot.waitUntil(nxt.isEnabled)
        shot(wizard, "3-devices")
        click(qtbot, nxt)
        pad_port = pad.port

    # 4. server: optional; an unreachable server says so, and Next still works
    page = wizard.currentPage()
    page.url.setText("http://127.0.0.1:9")
    page.code.setText("ABCD-1234")
    click(qtbot, page.findChild(QPushButton, "enrol"))
    wait_result(qtbot, page.result, ok=False)
    assert "periksa alamat dan jaringan" in page.result.text()
    assert "ConnectError" not in page.result.text() and "unreachable" not in page.result.text()
    shot(wizard, "4-server")
    qtbot.waitUntil(nxt.isEnabled)
    click(qtbot, nxt)

    # 5. summary, then Finish saves and closes
    page = wizard.currentPage()
    assert "Meja 1 - Pintu Utara" in page.summary.text()
    shot(wizard, "5-finish")
    with qtbot.waitSignal(wizard.accepted, timeout=10_000):
        click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))

    assert not needs_setup(station.store)
    settings = load_settings(station.store)
    assert settings.station_name == "Meja 1 - Pintu Utara"
    assert settings.pad_port == pad_port
    assert settings.printer == f"folder:{printed}"
    assert settings.scanner_mode == "keyboard"
    assert settings.active_ceremony and settings.ceremonies[0].title.startswith("Ikrar")
    assert settings.pin_set and check_operator_pin(station.store, "2468")


def _past_the_station_page(qtbot: QtBot, wizard: FirstRunWizard) -> None:
    station_page = wizard.pages[Step.STATION]
    assert isinstance(station_page, StationPage)
    qtbot.keyClicks(station_page.name, "Meja 2")
    qtbot.keyClicks(station_page.pin, "2468")
    qtbot.keyClicks(station_page.again, "2468")
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))


def test_refused_rows_are_listed_and_a_duplicate_nip_is_resolved(
    qtbot: QtBot, wizard: FirstRunWizard, station: DeskStation
) -> None:
    _past_the_station_page(qtbot, wizard)
    page = wizard.currentPage()
    qtbot.keyClicks(page.ceremony_title, "Apel Netralitas ASN")
    qtbot.keyClicks(page.venue, "Balai Kota")
    page.roster.setText(str(MESSY))
    click(qtbot, page.import_button)
    wait_result(qtbot, page.result)
    rejected = page.rejected
    table = rejected.table
    rows = {
        table.item(r, 0).text(): (table.item(r, 1).text(), table.item(r, 2).text())
        for r in range(table.rowCount())
    }
    assert rejected.isVisible() and len(rows) == len(rejected.result.rejected)  # every one
    assert all(problem and fix for problem, fix in rows.values())  # with a reason and a fix
    assert "kehilangan digit" in rows["12"][0] and "Teks" in rows["12"][1]
    assert "Nama kosong" in rows["13"][0]
    assert "NIP yang sama" in rows["4"][0] and "NIP yang sama" in rows["15"][0]
    for english in ("lost digits", "duplicate", "name is empty"):
        assert all(english not in problem for problem, _ in rows.values())
    genuine = "197811072010101131"  # Hendra, and a second row with his NIP
    assert lookup_badge(station.store, genuine).status is LookupStatus.UNKNOWN
    shot(wizard, "2-roster-refused")

    rejected.choose(genuine, 4)  # row 4 is the right person
    click(qtbot, rejected.apply)
    qtbot.waitUntil(lambda: genuine not in rejected.choosers, timeout=10_000)
    found = lookup_badge(station.store, genuine)
    assert found.status is LookupStatus.FOUND and found.employee is not None
    assert found.employee.name.startswith("Hendra Prasetyo")
    left = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert "4" not in left and "baris 4 yang dipilih" in left["15"]


def test_a_bad_roster_file_changes_nothing(
    qtbot: QtBot, wizard: FirstRunWizard, station: DeskStation, tmp_path: Path
) -> None:
    _past_the_station_page(qtbot, wizard)
    page = wizard.currentPage()
    bad = tmp_path / "bukan-daftar.csv"
    bad.write_text("just,some,words\n1,2,3\n", "utf-8")
    qtbot.keyClicks(page.ceremony_title, "Ikrar")
    qtbot.keyClicks(page.venue, "Aula")
    page.roster.setText(str(bad))
    click(qtbot, page.import_button)
    wait_result(qtbot, page.result, ok=False)
    assert "kolom Nama" in page.result.text()  # why, in the attendant's words
    assert load_settings(station.store).ceremonies == ()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_skipping_leaves_the_station_to_set_up_next_time(
    qtbot: QtBot, wizard: FirstRunWizard, station: DeskStation
) -> None:
    with qtbot.waitSignal(wizard.rejected):
        click(qtbot, wizard.button(QWizard.WizardButton.CancelButton))
    assert needs_setup(station.store)


def test_the_hook_leaves_demo_and_set_up_stations_alone(
    qapp: QApplication, station: DeskStation
) -> None:
    from desktop_app.demo.setup import ensure_demo_ceremony

    ensure_demo_ceremony(station.store, attendees=5)  # a ceremony with a roster: set up
    assert not needs_setup(station.store)
    assert first_run_if_needed(station) is False  # returns at once, shows nothing


def test_the_hook_shows_the_wizard_on_a_new_station(qtbot: QtBot, station: DeskStation) -> None:
    seen: list[str] = []

    def skip() -> None:
        shown = QApplication.activeModalWidget()
        assert isinstance(shown, FirstRunWizard)
        seen.append(shown.windowTitle())
        shown.reject()

    QTimer.singleShot(300, skip)
    assert first_run_if_needed(station) is False  # skipped: the desk starts anyway
    assert seen and needs_setup(station.store)
