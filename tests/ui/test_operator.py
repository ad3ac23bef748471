"""The attendant's side: keyboard only, settings behind the PIN (with the live pad test and a
language switch), void with a reason, reprint, the attendee screen, and no tracebacks."""

from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from desktop_app.desk.events import OperatorMessage
from desktop_app.desk.flow import DeskState
from desktop_app.printing.queue import list_jobs
from desktop_app.services.attendees import recent_records
from desktop_app.services.badges import issue_badge_payload
from desktop_app.services.rehearsal import unsigned_attendees
from desktop_app.services.station_settings import load_settings
from tests.ui.conftest import agree, click, scan, sign_on_pad, wait_state, when_modal
from ui.app import Desk
from ui.dialogs.pin import PinDialog
from ui.dialogs.reason import ReasonDialog
from ui.dialogs.settings import SettingsDialog
from ui.excepthook import install, setup_logging


def _sign_one(qtbot: QtBot, desk: Desk) -> str:
    scan(qtbot, desk)
    wait_state(qtbot, desk, DeskState.IDENTITY)
    click(qtbot, desk.window.view.identity.yes)
    agree(qtbot, desk)
    sign_on_pad(qtbot, desk)
    click(qtbot, desk.window.view.signing.confirm)
    wait_state(qtbot, desk, DeskState.DONE)
    return str(desk.desk.snapshot.record.record_id)


def _key(qtbot: QtBot, widget: QWidget, key: Qt.Key) -> None:
    qtbot.keyClick(widget, key)
    qtbot.wait(120)  # Enter waits in the scan filter until it is clearly a person's key


def test_keyboard_only(qtbot: QtBot, desk: Desk) -> None:
    window, view = desk.window, desk.window.view
    store = desk.station.store
    badge = issue_badge_payload(store, unsigned_attendees(store, None, 1)[0])
    view.ready.query.setFocus()
    qtbot.keyClicks(view.ready.query, badge)  # a keyboard-wedge scanner types fast
    qtbot.keyClick(view.ready.query, Qt.Key.Key_Return)
    wait_state(qtbot, desk, DeskState.IDENTITY)
    assert view.ready.query.text() == ""  # the scan did not leak into the field
    _key(qtbot, view.identity, Qt.Key.Key_Return)
    wait_state(qtbot, desk, DeskState.PLEDGE)
    _key(qtbot, view.pledge, Qt.Key.Key_Return)  # consent is the attendee's, never a key
    assert desk.desk.snapshot.state is DeskState.PLEDGE
    _key(qtbot, view.pledge, Qt.Key.Key_Escape)
    wait_state(qtbot, desk, DeskState.READY)
    _key(qtbot, window, Qt.Key.Key_F4)
    wait_state(qtbot, desk, DeskState.WALK_IN)
    assert view.walk_in.edits["name"].hasFocus()
    _key(qtbot, view.walk_in.edits["name"], Qt.Key.Key_Escape)
    wait_state(qtbot, desk, DeskState.READY)
    _key(qtbot, window, Qt.Key.Key_F3)
    assert view.ready.query.hasFocus()


def test_settings_need_the_pin_then_save_and_switch_language(qtbot: QtBot, desk: Desk) -> None:
    tried: list[str] = []

    def wrong_then_right(dialog: QDialog) -> None:
        assert isinstance(dialog, PinDialog)
        dialog.pin.setText("0000")
        dialog.ok.click()

        def retry() -> None:
            if not dialog.status.isVisible():
                QTimer.singleShot(20, retry)
                return
            tried.append(dialog.status.text())
            dialog.pin.setText("1234")
            dialog.ok.click()

        QTimer.singleShot(20, retry)

    def change(dialog: QDialog) -> None:
        assert isinstance(dialog, SettingsDialog)
        dialog.station.setText("Meja 7 - Pintu Utara")
        dialog.language.setCurrentIndex(dialog.language.findData("en"))
        dialog.save.click()

    when_modal(PinDialog, wrong_then_right)
    when_modal(SettingsDialog, change)
    click(qtbot, desk.window.panel.settings_button)
    assert tried == ["PIN salah."]
    qtbot.waitUntil(
        lambda: desk.window.view.ready.title.text() == "Welcome. Please scan your badge.",
        timeout=5000,
    )
    assert desk.window.panel.station.text() == "Meja 7 - Pintu Utara"
    stored = load_settings(desk.station.store)
    assert stored.language == "en" and stored.station_name == "Meja 7 - Pintu Utara"
    from ui.i18n import set_language

    set_language(QApplication.instance(), "id")  # type: ignore[arg-type]


def test_live_pad_test_in_the_settings(qtbot: QtBot, desk: Desk) -> None:
    dialog = SettingsDialog(desk.desk, desk.relay, desk.window)
    dialog.show()
    qtbot.waitExposed(dialog)
    click(qtbot, dialog.test_button)
    assert desk.desk.pad_test
    desk.station.rig.sign()  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: not dialog.test_area._path.isEmpty(), timeout=5000)
    assert dialog.test_status.text()
    assert desk.desk.ink.stroke_count == 0  # test strokes are never a signature
    dialog.reject()
    assert not desk.desk.pad_test


def test_void_with_a_reason_and_reprint_from_the_panel(qtbot: QtBot, desk: Desk) -> None:
    record_id = _sign_one(qtbot, desk)
    recent = desk.window.panel.recent
    qtbot.waitUntil(lambda: recent.table.rowCount() == 1, timeout=3000)
    recent.table.selectRow(0)

    def copy(dialog: QDialog) -> None:
        assert isinstance(dialog, ReasonDialog)
        dialog.reason.setText("kertas macet")
        dialog.pin.setText("1234")
        dialog.ok.click()

    when_modal(ReasonDialog, copy)
    click(qtbot, recent.reprint)
    qtbot.waitUntil(
        lambda: [j.kind for j in list_jobs(desk.station.store)].count("reprint") == 1,
        timeout=3000,
    )

    def cancel(dialog: QDialog) -> None:
        dialog.reject()

    when_modal(ReasonDialog, cancel)
    click(qtbot, recent.void)
    assert len(recent_records(desk.station.store)) == 1  # cancelled: nothing voided

    def void(dialog: QDialog) -> None:
        assert isinstance(dialog, ReasonDialog)
        dialog.ok.click()  # no reason yet: stays open
        assert dialog.isVisible() and dialog.status.isVisible()
        dialog.reason.setText("salah orang")
        dialog.ok.click()  # no PIN yet: stays open
        assert dialog.isVisible()
        dialog.pin.setText("1234")
        dialog.ok.click()

    when_modal(ReasonDialog, void)
    click(qtbot, recent.void)
    qtbot.waitUntil(lambda: recent.table.rowCount() == 2, timeout=3000)
    records = recent_records(desk.station.store)
    void_row = next(r for r in records if r.kind == "void")
    assert void_row.identifier == next(r for r in records if r.record_id == record_id).identifier
    assert "dibatalkan" in desk.window.panel.message.text()
    qtbot.waitUntil(lambda: "0 dari" in desk.window.panel.progress.total.text(), timeout=3000)


def test_attendee_screen_mirrors_the_flow(qtbot: QtBot, desk: Desk) -> None:
    click(qtbot, desk.window.panel.screen_button)
    screen = desk.window.attendee_screen
    assert screen is not None and screen.isVisible()
    scan(qtbot, desk)
    wait_state(qtbot, desk, DeskState.IDENTITY)
    assert screen.view.currentWidget() is screen.view.identity
    assert screen.view.identity.card.name.text() == desk.window.view.identity.card.name.text()
    click(qtbot, screen.view.identity.yes)  # the attendee may press on their own screen
    wait_state(qtbot, desk, DeskState.PLEDGE)
    desk.desk.cancel()
    wait_state(qtbot, desk, DeskState.READY)
    assert desk.window.view.ready.query.isVisible()
    assert not screen.view.ready.query.isVisible()  # the attendant's tools stay on theirs
    click(qtbot, desk.window.panel.screen_button)
    assert not screen.isVisible()


def test_unexpected_errors_are_logged_and_said_briefly(
    qtbot: QtBot, desk: Desk, tmp_path: Path
) -> None:
    old_hook, old_thread_hook = sys.excepthook, threading.excepthook
    root = logging.getLogger()
    handlers = list(root.handlers)
    log_file = setup_logging(tmp_path / "logs")
    try:
        install(lambda: desk.relay.call_soon(
            lambda: desk.desk.bus.publish(OperatorMessage("crash", error=True))))  # fmt: skip
        try:
            raise RuntimeError("boom")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]
        thread = threading.Thread(target=lambda: 1 / 0)
        thread.start()
        thread.join()
        qtbot.waitUntil(lambda: desk.window.panel.message.isVisible(), timeout=3000)
        assert "Terjadi kesalahan" in desk.window.panel.message.text()
        text = log_file.read_text("utf-8")
        assert "RuntimeError: boom" in text and "ZeroDivisionError" in text
    finally:
        sys.excepthook, threading.excepthook = old_hook, old_thread_hook
        for handler in root.handlers[:]:
            if handler not in handlers:
                root.removeHandler(handler)
                handler.close()
