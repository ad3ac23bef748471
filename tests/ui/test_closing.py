"""Closing the ceremony at a real desk (demo store, simulated pad on a real pty, offscreen
widgets): behind the PIN, the PPK signs on the pad and the witness on the screen, each after
their own consent; cancel leaves nothing; afterwards both screens refuse new signings."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desktop_app.desk.closing_desk import NOT_CLOSED, SIGN_ON_PAD, ClosingStep
from desktop_app.desk.flow import DeskState
from desktop_app.printing.queue import list_jobs
from desktop_app.storage.models import SignedPledge
from tests.ui.conftest import click, scan, sign_on_screen, wait_state, when_modal
from ui.app import Desk
from ui.dialogs.closing import ClosingDialog


def _closing_records(desk: Desk) -> int:
    with desk.station.store.read() as session:
        return int(session.scalar(select(func.count()).where(SignedPledge.kind == "closing")) or 0)


def _step(dialog: ClosingDialog) -> ClosingStep | None:
    return dialog.view.step if dialog.view is not None else None


def _open(qtbot: QtBot, desk: Desk, pin: str = "1234") -> ClosingDialog:
    dialog = desk.window.guarded.closing_dialog()
    assert isinstance(dialog, ClosingDialog)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.pin.setText(pin)
    click(qtbot, dialog.begin_button)
    return dialog


def _pad_sign(qtbot: QtBot, desk: Desk) -> None:
    rig = desk.station.rig
    assert rig is not None
    for _ in range(2):  # the fast simulated hand can be under the 0.3 s minimum: sign on
        rig.sign()
        qtbot.waitUntil(lambda: desk.desk.ink.stroke_count > 0, timeout=5000)
        qtbot.waitUntil(lambda: rig.pad.wait_idle(0), timeout=10000)
        qtbot.wait(150)  # the last packets cross the pty and reach the GUI thread


def test_a_rogue_without_the_pin_gets_nothing(qtbot: QtBot, desk: Desk) -> None:
    dialog = _open(qtbot, desk, pin="0000")
    qtbot.waitUntil(lambda: dialog.status.isVisible(), timeout=5000)
    assert dialog.view is None and not desk.desk.closing.active
    assert dialog.pages.currentIndex() == 0  # the statement is not even shown
    # the service behind the dialog re-checks the PIN where it writes: a direct call with a
    # wrong PIN is refused the same way
    outcomes: list[object] = []
    desk.desk.closing.begin("9999", outcomes.append)
    qtbot.waitUntil(lambda: bool(outcomes), timeout=5000)
    assert str(outcomes[0]) == "wrong_pin" and not desk.desk.closing.active
    dialog.reject()
    assert _closing_records(desk) == 0


def test_cancel_after_the_ppk_signed_leaves_nothing(qtbot: QtBot, desk: Desk) -> None:
    dialog = _open(qtbot, desk)
    qtbot.waitUntil(lambda: _step(dialog) is ClosingStep.PPK, timeout=5000)
    dialog.name.setText("Drs. H. Wahyu Hidayat, M.M.")
    dialog.third.setText("Sekretaris Daerah")
    assert not dialog.sign_button.isEnabled()  # no consent yet
    assert desk.station.rig is not None
    desk.station.rig.tick_consent()  # the PPK ticks the pad's consent box
    qtbot.waitUntil(lambda: bool(dialog.view and dialog.view.consent_method), timeout=5000)
    assert dialog.view is not None and dialog.view.consent_method == "pad_box"
    _pad_sign(qtbot, desk)
    click(qtbot, dialog.sign_button)
    qtbot.waitUntil(lambda: _step(dialog) is ClosingStep.WITNESS, timeout=5000)
    dialog.reject()  # the witness never signs
    assert not desk.desk.closing.active and _closing_records(desk) == 0
    scan(qtbot, desk)  # the desk is back to taking attendees
    wait_state(qtbot, desk, DeskState.IDENTITY)


def test_a_pin_changed_before_the_commit_writes_nothing(qtbot: QtBot, desk: Desk) -> None:
    """The PIN is checked again in the job that writes: a closing opened with the old PIN
    (another attendant changed it meanwhile) commits nothing."""
    from desktop_app.services.station_settings import set_operator_pin

    dialog = _open(qtbot, desk)
    qtbot.waitUntil(lambda: _step(dialog) is ClosingStep.PPK, timeout=5000)
    dialog.name.setText("Drs. H. Wahyu Hidayat, M.M.")
    dialog.third.setText("Sekretaris Daerah")
    assert desk.station.rig is not None
    desk.station.rig.tick_consent()
    qtbot.waitUntil(lambda: dialog.sign_button.isEnabled(), timeout=5000)
    _pad_sign(qtbot, desk)
    click(qtbot, dialog.sign_button)
    qtbot.waitUntil(lambda: _step(dialog) is ClosingStep.WITNESS, timeout=5000)
    set_operator_pin(desk.station.store, "5678")
    dialog.name.setText("Rina Kartika")
    dialog.third.setText("Bawaslu Kota Malang")
    click(qtbot, dialog.consent)
    _pad_sign(qtbot, desk)
    click(qtbot, dialog.sign_button)
    qtbot.waitUntil(lambda: _step(dialog) is ClosingStep.DONE, timeout=20000)
    assert dialog.view is not None and dialog.view.closed is None
    assert dialog.view.problem == NOT_CLOSED and _closing_records(desk) == 0
    dialog.reject()


def test_close_with_both_signers_then_both_screens_refuse(qtbot: QtBot, desk: Desk) -> None:
    dialog = _open(qtbot, desk)
    qtbot.waitUntil(lambda: _step(dialog) is ClosingStep.PPK, timeout=5000)
    assert "Diharapkan" in dialog.statement.text() or "Expected" in dialog.statement.text()
    # the attendant's Enter is not consent, and an unsigned confirm is refused
    assert not dialog.sign_button.isEnabled()
    dialog.submit()
    assert dialog.view is not None and dialog.view.problem  # needs consent / details
    dialog.name.setText("Drs. H. Wahyu Hidayat, M.M.")
    dialog.identifier.setText("196805121990031005")
    dialog.third.setText("Sekretaris Daerah Kota Malang")
    assert desk.station.rig is not None
    desk.station.rig.tick_consent()
    qtbot.waitUntil(lambda: dialog.sign_button.isEnabled(), timeout=5000)
    _pad_sign(qtbot, desk)
    assert dialog.pad_ink.signature is not None  # the pad's ink shows in the dialog
    click(qtbot, dialog.sign_button)
    qtbot.waitUntil(lambda: _step(dialog) is ClosingStep.WITNESS, timeout=5000)
    assert dialog.name.text() == ""  # a fresh form for the witness
    dialog.name.setText("Rina Kartika")
    dialog.third.setText("Bawaslu Kota Malang")
    click(qtbot, dialog.consent)  # the witness presses the consent button (mouse)
    qtbot.waitUntil(lambda: dialog.sign_button.isEnabled(), timeout=5000)
    sign_on_screen(qtbot, dialog.canvas)  # the on-screen pen while the pad works: refused
    click(qtbot, dialog.sign_button)
    qtbot.waitUntil(lambda: bool(dialog.view and dialog.view.problem == SIGN_ON_PAD))
    assert _step(dialog) is ClosingStep.WITNESS and _closing_records(desk) == 0
    desk.station.rig.unplug_pad()  # no pad works now: the on-screen pen is the fallback
    qtbot.waitUntil(lambda: not desk.desk.snapshot.pad_ok, timeout=10000)
    click(qtbot, dialog.sign_button)
    qtbot.waitUntil(lambda: _step(dialog) is ClosingStep.DONE, timeout=20000)
    assert dialog.view is not None and dialog.view.closed is not None
    assert dialog.view.document.endswith(".pdf")
    assert _closing_records(desk) == 2
    with desk.station.store.read() as session:
        ppk = session.get(SignedPledge, dialog.view.closed.ppk_record_id)
        witness = session.get(SignedPledge, dialog.view.closed.witness_record_id)
        assert ppk is not None and witness is not None
        assert (ppk.consent_method, witness.consent_method) == ("pad_box", "screen_mouse")
        assert ppk.name == "Drs. H. Wahyu Hidayat, M.M." and witness.refers_to == ppk.id
    qtbot.waitUntil(
        lambda: any(j.kind == "file" for j in list_jobs(desk.station.store)), timeout=5000
    )
    click(qtbot, dialog.cancel_button)  # "Close"
    assert dialog.result() == QDialog.DialogCode.Rejected and not desk.desk.closing.active

    desk.window.toggle_attendee_screen()
    scan(qtbot, desk)
    wait_state(qtbot, desk, DeskState.NOT_FOUND)
    assert desk.desk.snapshot.lookup is not None
    assert str(desk.desk.snapshot.lookup.status) == "closed"
    main = desk.window.view.not_found
    qtbot.waitUntil(lambda: "ditutup" in main.title.text(), timeout=3000)
    screen = desk.window.attendee_screen
    assert screen is not None
    assert "ditutup" in screen.view.not_found.title.text()
    assert "ditutup" in screen.view.not_found.message.text()


def test_the_panel_button_opens_the_dialog_behind_the_pin(qtbot: QtBot, desk: Desk) -> None:
    seen: list[str] = []

    def cancel(dialog: QDialog) -> None:
        assert isinstance(dialog, ClosingDialog)
        seen.append(dialog.pin.objectName())
        dialog.reject()

    when_modal(ClosingDialog, cancel)
    click(qtbot, desk.window.panel.close_button)
    assert seen == ["closingPin"] and _closing_records(desk) == 0
