"""The attendant's tools through the real widgets: records chosen by id while new ones stream
in, void and reprint behind the PIN and a reason, the PIN dialog by keyboard, no settings
without a PIN or away from the ready screen, and dialogs legible under every platform style."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QDialog, QStyleFactory, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop_app.desk.flow import DeskState
from desktop_app.printing.queue import list_jobs
from desktop_app.services.attendees import recent_records
from desktop_app.services.station_settings import load_settings
from desktop_app.settings import OPERATOR_PIN, set_setting
from desktop_app.storage.models import AuditEvent
from tests.ui.conftest import (
    click,
    press,
    roster,
    scan,
    sign_in_store,
    type_slowly,
    wait_state,
    when_modal,
)
from ui.app import Desk
from ui.dialogs.pin import PinDialog, SetPinDialog
from ui.dialogs.reason import ReasonDialog
from ui.dialogs.settings import SettingsDialog


def _refresh(qtbot: QtBot, desk: Desk, rows: int) -> None:
    desk.desk.ops.refresh()
    qtbot.waitUntil(lambda: desk.window.panel.recent.table.rowCount() == rows, timeout=5000)


def _row_named(desk: Desk, name: str) -> int:
    table = desk.window.panel.recent.table
    return next(r for r in range(table.rowCount()) if table.item(r, 1).text() == name)


def test_void_picks_the_record_by_id_while_new_records_stream_in(qtbot: QtBot, desk: Desk) -> None:
    people = roster(desk, 8)
    first = sign_in_store(qtbot, desk, people[0])
    sign_in_store(qtbot, desk, people[1])
    _refresh(qtbot, desk, 2)
    recent = desk.window.panel.recent
    name = next(r.name for r in recent.last.records if r.record_id == first)
    row = _row_named(desk, name)
    rect = recent.table.visualItemRect(recent.table.item(row, 1))
    qtbot.mouseClick(recent.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert recent.selected() is not None and recent.selected()[0] == first  # type: ignore[index]

    for count, person in enumerate(people[2:], start=3):  # the day goes on at other desks
        sign_in_store(qtbot, desk, person)
        _refresh(qtbot, desk, count)
        chosen = recent.selected()
        assert chosen is not None and chosen[0] == first, "the highlight moved to another person"
        selected_rows = {i.row() for i in recent.table.selectionModel().selectedRows()}
        assert selected_rows == {_row_named(desk, name)}

    def void(dialog: QDialog) -> None:
        assert isinstance(dialog, ReasonDialog)
        assert name in dialog.question.text()  # the dialog names the chosen person
        dialog.reason.setText("salah orang")
        dialog.pin.setText("1234")
        dialog.ok.click()

    when_modal(ReasonDialog, void)
    click(qtbot, recent.void)
    records = recent_records(desk.station.store, 20)
    qtbot.waitUntil(lambda: any(r.kind == "void" for r in recent_records(desk.station.store, 20)))
    voids = [r for r in recent_records(desk.station.store, 20) if r.kind == "void"]
    assert len(voids) == 1 and voids[0].identifier == people[0]
    assert len(records) >= 8


def test_void_and_reprint_need_the_right_pin_and_a_reason(qtbot: QtBot, desk: Desk) -> None:
    record = sign_in_store(qtbot, desk, roster(desk, 1)[0])
    _refresh(qtbot, desk, 1)
    recent = desk.window.panel.recent
    recent.table.selectRow(0)
    said: list[str] = []

    def wrong_then_right(dialog: QDialog) -> None:
        assert isinstance(dialog, ReasonDialog)
        dialog.reason.setText("kertas macet")
        dialog.pin.setText("9999")
        dialog.ok.click()

        def again() -> None:
            said.append(dialog.status.text())
            dialog.pin.setText("1234")
            dialog.ok.click()

        qtbot.waitUntil(lambda: dialog.status.text() == "PIN salah.", timeout=5000)
        assert dialog.isVisible()  # a wrong PIN leaves it open
        assert [j.kind for j in list_jobs(desk.station.store)].count("reprint") == 0
        again()

    when_modal(ReasonDialog, wrong_then_right)
    click(qtbot, recent.reprint)
    assert said == ["PIN salah."]
    jobs = [j for j in list_jobs(desk.station.store) if j.kind == "reprint"]
    assert len(jobs) == 1 and jobs[0].record_id == record
    with desk.station.store.read() as session:
        audit = session.scalars(
            select(AuditEvent).where(AuditEvent.kind == "receipt_reprint")
        ).one()
    assert json.loads(audit.detail)["reason"] == "kertas macet"  # audited with its reason

    # the core itself refuses without the PIN, whatever the screen does
    outcomes: list[str] = []
    desk.desk.ops.void(record, "salah orang", "", outcomes.append)
    desk.desk.ops.void(record, "salah orang", "0000", outcomes.append)
    qtbot.waitUntil(lambda: len(outcomes) == 2)
    assert outcomes == ["wrong_pin", "wrong_pin"]
    assert all(r.kind != "void" for r in recent_records(desk.station.store))


def test_pin_dialog_by_keyboard(qtbot: QtBot, desk: Desk) -> None:
    seen: list[str] = []

    def keyboard(dialog: QDialog) -> None:
        assert isinstance(dialog, PinDialog)
        type_slowly(qtbot, dialog.pin, "0000")
        press(qtbot, dialog.pin, Qt.Key.Key_Return)
        qtbot.waitUntil(dialog.status.isVisible, timeout=5000)
        seen.append(dialog.status.text())
        assert dialog.isVisible() and dialog.pin.text() == ""  # stays open, ready again
        type_slowly(qtbot, dialog.pin, "1234")
        press(qtbot, dialog.pin, Qt.Key.Key_Enter)

    def settings(dialog: QDialog) -> None:
        seen.append(type(dialog).__name__)
        dialog.reject()

    when_modal(PinDialog, keyboard)
    when_modal(SettingsDialog, settings)
    press(qtbot, desk.window, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=10000)
    assert seen == ["PIN salah.", "SettingsDialog"]


def test_no_settings_without_a_pin_nor_away_from_the_ready_screen(qtbot: QtBot, desk: Desk) -> None:
    with desk.station.store.write() as session:
        set_setting(session, OPERATOR_PIN, "")  # a station set up without a PIN
    desk.desk.settings = load_settings(desk.station.store)
    assert not desk.desk.settings.pin_set
    checked: list[bool] = []
    desk.desk.ops.check_pin("", checked.append)  # an empty PIN opens nothing
    qtbot.waitUntil(lambda: bool(checked))
    assert checked == [False]

    steps: list[str] = []

    def refuse_then_set(dialog: QDialog) -> None:
        assert isinstance(dialog, SetPinDialog)
        steps.append("asked to set a PIN")
        dialog.pin.setText("2468")
        dialog.again.setText("2469")
        dialog.ok.click()
        steps.append(dialog.status.text())
        assert dialog.isVisible()
        dialog.again.setText("2468")
        dialog.ok.click()

    when_modal(SetPinDialog, refuse_then_set)
    when_modal(SettingsDialog, lambda dialog: (steps.append("settings"), dialog.reject()))
    click(qtbot, desk.window.panel.settings_button)
    qtbot.waitUntil(lambda: "settings" in steps, timeout=10000)
    assert steps == ["asked to set a PIN", "Kedua PIN tidak sama. Ketik ulang.", "settings"]
    assert desk.desk.settings.pin_set and load_settings(desk.station.store).pin_set

    scan(qtbot, desk)  # an attendee in progress: settings stay shut
    wait_state(qtbot, desk, DeskState.IDENTITY)
    click(qtbot, desk.window.panel.settings_button)
    qtbot.waitUntil(lambda: "layar siap" in desk.window.panel.message.text())
    assert QApplication.activeModalWidget() is None


def _luminance(colour: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def _contrast(dialog: QWidget, part: QWidget) -> tuple[float, float]:
    """(background luminance, contrast of the darkest pixel against it) where ``part`` is, as
    the dialog draws it."""
    image: QImage = dialog.grab(part.geometry()).toImage()
    background = QColor(image.pixel(2, 2))
    darkest = min(
        (QColor(image.pixel(x, y)) for x in range(0, image.width(), 2)
         for y in range(0, image.height(), 2)),
        key=_luminance,
    )  # fmt: skip
    lb, ld = _luminance(background), _luminance(darkest)
    return lb, (max(lb, ld) + 0.05) / (min(lb, ld) + 0.05)


def test_void_dialog_is_legible_under_every_platform_style(qtbot: QtBot, desk: Desk) -> None:
    sign_in_store(qtbot, desk, roster(desk, 1)[0])
    _refresh(qtbot, desk, 1)
    recent = desk.window.panel.recent
    recent.table.selectRow(0)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.style().name()
    measured: dict[str, tuple[float, float]] = {}
    try:
        for style in QStyleFactory.keys():  # noqa: SIM118 (a Qt list) — Fusion and the platform's default here
            app.setStyle(style)

            def look(dialog: QDialog, style: str = style) -> None:
                assert isinstance(dialog, ReasonDialog)
                qtbot.waitExposed(dialog)
                measured[style] = _contrast(dialog, dialog.question)
                dialog.reject()

            when_modal(ReasonDialog, look)
            click(qtbot, recent.void)
    finally:
        app.setStyle(before)
    assert len(measured) >= 2
    for style, (background, contrast) in measured.items():
        assert background > 0.8, f"{style}: the dialog is dark ({background:.2f})"
        assert contrast >= 4.5, f"{style}: text contrast {contrast:.1f} is below WCAG AA"
