"""The whole desk flow with real widgets: found, already signed, unknown, walk-in."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from desktop_app.desk.flow import DONE_RESET_S, DeskState, Notice
from desktop_app.printing.queue import list_jobs
from desktop_app.services.attendees import recent_records
from desktop_app.services.lookup import lookup_badge
from tests.ui.conftest import (
    FakeClock,
    agree,
    click,
    scan,
    sign_on_pad,
    sign_on_screen,
    type_slowly,
    wait_state,
    when_modal,
)
from ui.app import Desk
from ui.dialogs.reason import ReasonDialog


def _printed(desk: Desk) -> list[Path]:
    return sorted(desk.station.store.paths.printed.glob("*.pdf"))


def test_found_attendee_signs_on_the_pad_and_gets_a_receipt(
    qtbot: QtBot, desk: Desk, clock: FakeClock
) -> None:
    view = desk.window.view
    scan(qtbot, desk)
    wait_state(qtbot, desk, DeskState.IDENTITY)
    employee = desk.desk.snapshot.lookup.employee
    assert view.identity.card.name.text() == employee.name
    assert employee.identifier in view.identity.card.nip.text().replace(" ", "")
    assert view.identity.card.unit.text() == employee.unit

    click(qtbot, view.identity.yes)
    wait_state(qtbot, desk, DeskState.PLEDGE)
    assert "NETRALITAS" in view.pledge.text.text()
    agree(qtbot, desk)
    wait_state(qtbot, desk, DeskState.SIGNING)
    assert desk.desk.snapshot.consent_at

    sign_on_pad(qtbot, desk)
    assert view.signing.pad_ink.signature is not None  # live ink reached the screen
    assert recent_records(desk.station.store) == []  # nothing before the attendee confirms
    click(qtbot, view.signing.confirm)
    wait_state(qtbot, desk, DeskState.DONE)
    assert view.done.name.text() == employee.name

    records = recent_records(desk.station.store)
    assert [(r.identifier, r.kind) for r in records] == [(employee.identifier, "pledge")]
    qtbot.waitUntil(lambda: len(_printed(desk)) == 1, timeout=10000)
    qtbot.waitUntil(lambda: desk.window.panel.recent.table.rowCount() == 1, timeout=3000)
    assert "1 dari" in desk.window.panel.progress.total.text()

    clock.advance(DONE_RESET_S + 0.5)  # back to ready by itself
    wait_state(qtbot, desk, DeskState.READY)
    assert view.signing.pad_ink.signature is None


def test_already_signed_shows_when_and_where_then_reprint_and_resign(
    qtbot: QtBot, desk: Desk
) -> None:
    view = desk.window.view
    scan(qtbot, desk)
    wait_state(qtbot, desk, DeskState.IDENTITY)
    click(qtbot, view.identity.yes)
    agree(qtbot, desk)
    sign_on_pad(qtbot, desk)
    click(qtbot, view.signing.confirm)
    wait_state(qtbot, desk, DeskState.DONE)
    name = desk.desk.snapshot.record.name

    scan(qtbot, desk, "signed")
    wait_state(qtbot, desk, DeskState.ALREADY_SIGNED)
    page = view.already_signed
    assert page.card.name.text() == name
    assert page.when.text().startswith("Sudah menandatangani di Meja Demo 1 pukul ")
    assert page.when.text().endswith(" WIB")
    assert page.property("result") == "already"

    def copy(dialog: QDialog) -> None:  # a reprint needs a reason and the PIN
        assert isinstance(dialog, ReasonDialog)
        dialog.reason.setText("kertas macet")
        dialog.pin.setText("1234")
        dialog.ok.click()

    when_modal(ReasonDialog, copy)
    click(qtbot, page.reprint)
    qtbot.waitUntil(
        lambda: any(j.kind == "reprint" for j in list_jobs(desk.station.store)), timeout=3000
    )

    click(qtbot, page.resign)  # no reason yet: nothing happens
    assert desk.desk.snapshot.state is DeskState.ALREADY_SIGNED
    page.reason.setText("tanda tangan pertama tidak jelas")
    click(qtbot, page.resign)
    wait_state(qtbot, desk, DeskState.PLEDGE)
    assert "tidak jelas" in view.pledge.resign.text()
    agree(qtbot, desk)
    wait_state(qtbot, desk, DeskState.SIGNING)
    sign_on_screen(qtbot, view.signing.canvas)
    click(qtbot, view.signing.confirm)
    wait_state(qtbot, desk, DeskState.DONE)
    kinds = sorted(r.kind for r in recent_records(desk.station.store))
    assert kinds == ["pledge", "resign"]


def test_unknown_badge_then_search_by_name(qtbot: QtBot, desk: Desk) -> None:
    view = desk.window.view
    scan(qtbot, desk, "unknown")
    wait_state(qtbot, desk, DeskState.NOT_FOUND)
    page = view.not_found
    assert page.message.isVisible()
    assert "belum terdapat dalam daftar peserta" in page.message.text()
    assert page.property("result") == "not_found"

    target = lookup_badge(desk.station.store, _some_nip(desk)).employee
    assert target is not None
    type_slowly(qtbot, page.query, target.name.split()[0])  # results come as one types
    qtbot.waitUntil(lambda: page.results.count() > 0, timeout=3000)
    matches = [page.results.item(i).text() for i in range(page.results.count())]
    row = next(i for i, text in enumerate(matches) if target.identifier in text)
    page.results.setCurrentRow(row)
    click(qtbot, page.choose)
    wait_state(qtbot, desk, DeskState.IDENTITY)
    assert view.identity.card.name.text() == target.name


def test_walk_in_is_registered_flagged_and_signs(qtbot: QtBot, desk: Desk) -> None:
    view = desk.window.view
    scan(qtbot, desk, "unknown")
    wait_state(qtbot, desk, DeskState.NOT_FOUND)
    click(qtbot, view.not_found.walk_in)
    wait_state(qtbot, desk, DeskState.WALK_IN)
    page = view.walk_in
    page.edits["name"].setText("Sri Wahyuni, S.Sos.")
    page.edits["identifier"].setText("12345")  # not a NIP and digits only: refused
    page.edits["unit"].setText("Kecamatan Klojen")
    click(qtbot, page.submit)
    qtbot.waitUntil(lambda: desk.desk.snapshot.notice is Notice.WALK_IN_FAILED, timeout=3000)
    assert page.notice.isVisible() and "NIP" in page.notice.text()

    page.edits["identifier"].setText("199001012015032004")
    click(qtbot, page.submit)
    wait_state(qtbot, desk, DeskState.IDENTITY)
    card = view.identity.card
    assert card.name.text() == "Sri Wahyuni, S.Sos."
    assert card.flag.isVisible()
    click(qtbot, view.identity.yes)
    agree(qtbot, desk)
    wait_state(qtbot, desk, DeskState.SIGNING)
    sign_on_screen(qtbot, view.signing.canvas)
    click(qtbot, view.signing.confirm)
    wait_state(qtbot, desk, DeskState.DONE)
    record = recent_records(desk.station.store)[0]
    assert record.identifier == "199001012015032004" and record.flagged is False
    assert lookup_badge(desk.station.store, "199001012015032004").employee.flagged  # type: ignore[union-attr]


def _some_nip(desk: Desk) -> str:
    from desktop_app.services.rehearsal import unsigned_attendees

    return next(i for i in unsigned_attendees(desk.station.store, None, 50) if i.isdigit())
