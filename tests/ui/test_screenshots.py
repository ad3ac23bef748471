"""Screenshots of every desk state at 1366×768 (Indonesian and English), of both screens (the
desk window and the attendee's own screen), and the fit at 1366×768 and 1920×1080: no button
text cut off, nothing larger than the screen.

Every run takes the screenshots; docs/screenshots/desk-*.png is rewritten only when a file
is missing or PAKTA_UPDATE_SCREENSHOTS=1 (clock times and temporary paths differ per run,
so rewriting them always would leave every checkout modified after the tests)."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from desktop_app.desk.flow import DeskState, Notice
from desktop_app.desk.station import DeskStation
from desktop_app.documents.pdf_reading import read_pdf
from desktop_app.services.receipt_check import ReceiptStatus
from desktop_app.services.station_settings import load_settings, save_settings, with_changes
from tests.conftest import REPO_ROOT
from tests.ui.conftest import (
    FakeClock,
    agree,
    click,
    scan,
    sign_on_pad,
    start_desk,
    type_slowly,
    wait_state,
)
from ui.app import Desk
from ui.attendee_screen import AttendeeScreen
from ui.dialogs.pin import PinDialog, SetPinDialog
from ui.dialogs.reason import ReasonDialog
from ui.dialogs.settings import SettingsDialog

SHOTS = REPO_ROOT / "docs" / "screenshots"
SCRATCH = Path(tempfile.mkdtemp(prefix="pakta-shots-"))
UPDATE = os.environ.get("PAKTA_UPDATE_SCREENSHOTS") == "1"
MAX_BYTES = 300_000


def _save(widget: QWidget, name: str, prefix: str = "desk") -> Path:
    SHOTS.mkdir(parents=True, exist_ok=True)
    path = SHOTS / f"{prefix}-{name}.png"
    fresh = SCRATCH / path.name
    assert widget.grab().save(str(fresh), "PNG")
    assert 0 < fresh.stat().st_size < MAX_BYTES, fresh
    if UPDATE or not path.exists():
        shutil.copyfile(fresh, path)
    return fresh


def _clipped_buttons(root: QWidget) -> list[str]:
    """Visible buttons whose text is wider than the button."""
    out = []
    for button in root.findChildren(QPushButton):
        if button.isVisible() and button.text():
            needed = button.fontMetrics().horizontalAdvance(button.text()) + 12
            if needed > button.width():
                out.append(f"{button.text()!r} needs {needed}px, has {button.width()}px")
    return out


def _attendee_screen(qtbot: QtBot, desk: Desk) -> AttendeeScreen:
    click(qtbot, desk.window.panel.screen_button)
    screen = desk.window.attendee_screen
    assert screen is not None
    screen.showNormal()
    screen.resize(1366, 768)
    qtbot.waitExposed(screen)
    qtbot.waitUntil(lambda: screen.view.scale == 1.0)
    return screen


def _walk(qtbot: QtBot, desk: Desk, lang: str, shoot: bool) -> dict[str, list[str]]:
    """Drive the desk through every state; screenshot each (``shoot``) on both screens;
    report clipping."""
    window, view = desk.window, desk.window.view
    screen = _attendee_screen(qtbot, desk)
    clipped: dict[str, list[str]] = {}

    def shot(name: str, attendee: bool = True) -> None:
        qtbot.wait(40)
        clipped[name] = _clipped_buttons(window)
        clipped[f"attendee-{name}"] = _clipped_buttons(screen)
        if shoot:
            _save(window, f"{name}-{lang}")
            if attendee:
                _save(screen, f"{name}-{lang}", prefix="attendee")

    qtbot.waitUntil(lambda: window.panel.lights.level_of("printer") == "ok", timeout=5000)
    shot("ready")
    scan(qtbot, desk)
    wait_state(qtbot, desk, DeskState.IDENTITY)
    shot("identity")
    for v in (view, screen.view):
        v.show_snapshot(replace(desk.desk.snapshot, state=DeskState.LOOKING_UP))
    shot("looking-up")
    for v in (view, screen.view):
        v.show_snapshot(desk.desk.snapshot)
    click(qtbot, view.identity.yes)
    shot("pledge")
    agree(qtbot, desk)
    sign_on_pad(qtbot, desk)
    shot("signing")
    for v in (view, screen.view):
        v.show_snapshot(replace(desk.desk.snapshot, state=DeskState.COMMITTING))
    shot("committing")
    for v in (view, screen.view):
        v.show_snapshot(
            replace(desk.desk.snapshot, state=DeskState.ERROR, notice=Notice.COMMIT_FAILED,
                    detail="database_busy")
        )  # fmt: skip
    shot("error")
    for v in (view, screen.view):
        v.show_snapshot(desk.desk.snapshot)
    click(qtbot, view.signing.confirm)
    wait_state(qtbot, desk, DeskState.DONE)
    qtbot.waitUntil(lambda: window.panel.recent.table.rowCount() == 1, timeout=3000)
    shot("done")
    _receipt_verdicts(qtbot, desk, shot)
    scan(qtbot, desk, "signed")
    wait_state(qtbot, desk, DeskState.ALREADY_SIGNED)
    shot("already-signed")
    scan(qtbot, desk, "unknown")
    wait_state(qtbot, desk, DeskState.NOT_FOUND)
    shot("not-found")
    type_slowly(qtbot, view.not_found.query, "Siti")
    qtbot.waitUntil(lambda: view.not_found.results.count() > 0, timeout=3000)
    shot("search")
    click(qtbot, view.not_found.walk_in)
    wait_state(qtbot, desk, DeskState.WALK_IN)
    view.walk_in.edits["name"].setText("Sri Wahyuni, S.Sos.")
    view.walk_in.edits["identifier"].setText("1990")
    click(qtbot, view.walk_in.submit)
    qtbot.waitUntil(lambda: desk.desk.snapshot.notice is Notice.WALK_IN_FAILED, timeout=3000)
    shot("walk-in")
    click(qtbot, view.walk_in.cancel)
    window.panel.tabs.setCurrentIndex(1)
    shot("progress", attendee=False)  # the attendant's tab: the attendee's screen is as before
    window.panel.tabs.setCurrentIndex(0)
    screen.close()
    for dialog, name in (
        (PinDialog(desk.desk, window), "pin"),
        (SetPinDialog(desk.desk, window), "set-pin"),
        (_void_dialog(desk), "void"),
        (SettingsDialog(desk.desk, desk.relay, window), "settings"),
    ):
        dialog.show()
        qtbot.waitExposed(dialog)
        qtbot.wait(60)
        clipped[name] = _clipped_buttons(dialog)
        size = dialog.size()
        too_big = size.width() > 1340 or size.height() > 740
        clipped[name] += [f"{size.width()}x{size.height()}"] if too_big else []
        if shoot:
            _save(dialog, f"{name}-{lang}")
        dialog.reject()
    return clipped


def _receipt_verdicts(qtbot: QtBot, desk: Desk, shot: Callable[[str], None]) -> None:
    """The printed receipt's QR scanned at the desk: valid, then a changed seal (not valid),
    then how the same receipt reads once voided (drawn from the snapshot: a real void would
    change the walk's later states)."""
    printed = desk.station.store.paths.printed
    qtbot.waitUntil(lambda: any(printed.glob("*.pdf")), timeout=15000)
    (page,) = read_pdf(next(printed.glob("*.pdf")))
    (code,) = page.codes
    rig = desk.station.rig
    assert rig is not None
    views = (desk.window.view, desk.window.attendee_screen.view)  # type: ignore[union-attr]
    assert rig.scan(code)
    qtbot.waitUntil(lambda: desk.desk.snapshot.state is DeskState.RECEIPT, timeout=5000)
    shot("receipt-valid")
    check = desk.desk.snapshot.receipt
    assert check is not None and check.status is ReceiptStatus.VALID
    for v in views:
        voided = replace(check, status=ReceiptStatus.VOIDED, problem="voided")
        v.show_snapshot(replace(desk.desk.snapshot, receipt=voided))
    shot("receipt-voided")
    forged = code[:200] + ("7" if code[200] != "7" else "8") + code[201:]
    desk.desk.cancel()
    wait_state(qtbot, desk, DeskState.READY)
    assert rig.scan(forged)
    qtbot.waitUntil(lambda: desk.desk.snapshot.state is DeskState.RECEIPT, timeout=5000)
    shot("receipt-not-valid")
    desk.desk.cancel()
    wait_state(qtbot, desk, DeskState.READY)


def _void_dialog(desk: Desk) -> ReasonDialog:
    """The void dialog as the panel opens it, after a wrong PIN (it says so)."""
    record = desk.window.panel.recent.last.records[0]
    dialog = desk.window.guarded.void_dialog(record.record_id, record.name)
    dialog.reason.setText("salah orang")
    dialog.status.setText(dialog.tr("Wrong PIN."))
    dialog.status.show()
    return dialog


def test_screenshots_of_every_state_in_indonesian(qtbot: QtBot, desk: Desk) -> None:
    clipped = _walk(qtbot, desk, "id", shoot=True)
    assert {k: v for k, v in clipped.items() if v} == {}
    assert len(list(SCRATCH.glob("desk-*-id.png"))) >= 17
    assert len(list(SCRATCH.glob("attendee-*-id.png"))) >= 12
    assert len(list(SHOTS.glob("desk-*-id.png"))) >= 17


def test_screenshots_in_english(qtbot: QtBot, station: DeskStation, clock: FakeClock) -> None:
    store = station.store  # the stored choice, as the settings dialog would save it
    save_settings(store, with_changes(load_settings(store), language="en"))
    desk = start_desk(qtbot, station, clock, language="en")
    assert desk.window.view.ready.title.text().startswith("Welcome")
    try:
        clipped = _walk(qtbot, desk, "en", shoot=True)
    finally:
        desk.close()
    assert {k: v for k, v in clipped.items() if v} == {}


@pytest.mark.parametrize("size", [(1920, 1080)])
def test_fits_full_hd(
    qtbot: QtBot, station: DeskStation, clock: FakeClock, size: tuple[int, int]
) -> None:
    desk = start_desk(qtbot, station, clock)
    try:
        desk.window.resize(*size)
        qtbot.wait(50)
        hint = desk.window.minimumSizeHint()
        assert hint.width() <= 1366 and hint.height() <= 768
        clipped = _walk(qtbot, desk, "id", shoot=False)
        assert {k: v for k, v in clipped.items() if v} == {}
    finally:
        desk.close()
