"""One attendee after another through the real widgets: nothing typed survives to the next,
timeouts wait for the attendant's typing, search as you type picks by keyboard, Enter and Esc
work whatever was clicked, results have their colour and sound, the attendee's own screen
shows what is happening, and the counter is always in sight."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from desktop_app.desk.flow import IDLE_TIMEOUT_S, NOTICE_RESET_S, DeskState, Notice
from desktop_app.services.attendees import recent_records
from desktop_app.services.badges import issue_badge_payload
from tests.ui.conftest import (
    FakeClock,
    agree,
    click,
    press,
    roster,
    scan,
    sign_in_store,
    sign_on_pad,
    type_slowly,
    wait_state,
)
from ui.app import Desk
from ui.pages.base import KEY_HINT


def _scan_person(qtbot: QtBot, desk: Desk, identifier: str) -> None:
    rig = desk.station.rig
    assert rig is not None
    assert rig.scan(issue_badge_payload(desk.station.store, identifier))


def _background(widget: QWidget) -> QColor:
    return QColor(widget.grab().toImage().pixel(4, widget.height() // 2))


def test_nothing_typed_survives_to_the_next_attendee(qtbot: QtBot, desk: Desk) -> None:
    view = desk.window.view
    first, second = roster(desk, 2)
    sign_in_store(qtbot, desk, first)
    sign_in_store(qtbot, desk, second)

    _scan_person(qtbot, desk, first)
    wait_state(qtbot, desk, DeskState.ALREADY_SIGNED)
    type_slowly(qtbot, view.already_signed.reason, "salah tanda")  # half typed, not sent
    qtbot.waitUntil(lambda: view.already_signed.reason.text() == "salah tanda")
    visit = desk.desk.snapshot.visit
    _scan_person(qtbot, desk, second)  # the next person comes straight away
    qtbot.waitUntil(lambda: desk.desk.snapshot.visit != visit, timeout=5000)
    wait_state(qtbot, desk, DeskState.ALREADY_SIGNED)
    assert desk.desk.snapshot.identifier == second
    assert view.already_signed.reason.text() == ""
    view.already_signed.reason.setFocus()
    press(qtbot, view.already_signed.reason, Qt.Key.Key_Return)  # nothing to re-sign with
    assert desk.desk.snapshot.state is DeskState.ALREADY_SIGNED
    assert desk.desk.snapshot.resign_reason == ""

    press(qtbot, view.already_signed, Qt.Key.Key_Escape)
    wait_state(qtbot, desk, DeskState.READY)
    scan(qtbot, desk, "unknown")
    wait_state(qtbot, desk, DeskState.NOT_FOUND)
    type_slowly(qtbot, view.not_found.query, "Budi")
    qtbot.waitUntil(lambda: view.not_found.results.count() > 0, timeout=5000)
    press(qtbot, view.not_found.query, Qt.Key.Key_Escape)
    wait_state(qtbot, desk, DeskState.READY)
    scan(qtbot, desk, "unknown")
    wait_state(qtbot, desk, DeskState.NOT_FOUND)
    assert view.not_found.query.text() == "" and view.not_found.results.count() == 0

    press(qtbot, view.not_found, Qt.Key.Key_Escape)
    wait_state(qtbot, desk, DeskState.READY)
    type_slowly(qtbot, view.ready.query, "S")  # one letter: no search yet
    qtbot.waitUntil(lambda: view.ready.query.text() == "S")  # the key filter let it through
    scan(qtbot, desk)
    wait_state(qtbot, desk, DeskState.IDENTITY)
    assert view.ready.query.text() == ""


def test_timeouts_wait_while_the_attendant_types(
    qtbot: QtBot, desk: Desk, clock: FakeClock
) -> None:
    view = desk.window.view
    press(qtbot, desk.window, Qt.Key.Key_F4)
    wait_state(qtbot, desk, DeskState.WALK_IN)
    type_slowly(qtbot, view.walk_in.edits["name"], "Sri")
    clock.advance(IDLE_TIMEOUT_S - 10)
    type_slowly(qtbot, view.walk_in.edits["name"], " Wahyuni")  # still at it
    qtbot.waitUntil(lambda: view.walk_in.edits["name"].text() == "Sri Wahyuni")
    clock.advance(30)  # 110 s since the form opened, 30 s since the last key
    desk.desk.tick()
    assert desk.desk.snapshot.state is DeskState.WALK_IN

    clock.advance(IDLE_TIMEOUT_S)  # then nobody touches it
    wait_state(qtbot, desk, DeskState.READY)
    text = view.ready.notice.text()
    assert desk.desk.snapshot.notice is Notice.TIMED_OUT
    assert "Formulir peserta tambahan" in text and "tanda tangan" not in text
    assert view.walk_in.edits["name"].text() == ""

    person = roster(desk, 1)[0]
    sign_in_store(qtbot, desk, person)
    _scan_person(qtbot, desk, person)
    wait_state(qtbot, desk, DeskState.ALREADY_SIGNED)
    clock.advance(NOTICE_RESET_S - 5)
    type_slowly(qtbot, view.already_signed.reason, "kartu")
    qtbot.waitUntil(lambda: view.already_signed.reason.text() == "kartu")
    clock.advance(20)  # past the notice time since the page opened, not since the typing
    desk.desk.tick()
    assert desk.desk.snapshot.state is DeskState.ALREADY_SIGNED


def test_a_timeout_without_ink_does_not_claim_a_signature_was_discarded(
    qtbot: QtBot, desk: Desk, clock: FakeClock
) -> None:
    scan(qtbot, desk)
    wait_state(qtbot, desk, DeskState.IDENTITY)
    clock.advance(IDLE_TIMEOUT_S + 1)
    wait_state(qtbot, desk, DeskState.READY)
    text = desk.window.view.ready.notice.text()
    assert text and "dibuang" not in text and "Tidak ada yang dicatat" in text


def test_search_as_you_type_picks_with_arrows_and_enter(qtbot: QtBot, desk: Desk) -> None:
    view = desk.window.view
    hits = [h for h in _search_store(desk, "Siti")]
    assert len(hits) >= 2
    sign_in_store(qtbot, desk, hits[0].identifier)  # one of them signed already
    press(qtbot, desk.window, Qt.Key.Key_F3)
    assert view.ready.query.hasFocus()
    type_slowly(qtbot, view.ready.query, "Siti")  # no Enter: results come as one types
    wait_state(qtbot, desk, DeskState.NOT_FOUND)
    page = view.not_found
    qtbot.waitUntil(lambda: page.results.count() == len(hits), timeout=5000)
    assert page.query.text() == "Siti" and page.query.hasFocus()  # the search carried on
    texts = [page.results.item(i).text() for i in range(page.results.count())]
    assert "sudah menandatangani" in texts[0] and "Meja Demo 1" in texts[0]
    assert all("belum menandatangani" in t for t in texts[1:])

    assert page.results.currentRow() == 0
    press(qtbot, page.query, Qt.Key.Key_Down)
    press(qtbot, page.query, Qt.Key.Key_Up)
    assert page.results.currentRow() == 0
    press(qtbot, page.query, Qt.Key.Key_Down)
    assert page.results.currentRow() == 1
    press(qtbot, page.query, Qt.Key.Key_Return)
    wait_state(qtbot, desk, DeskState.IDENTITY)
    assert desk.desk.snapshot.identifier == hits[1].identifier


def _search_store(desk: Desk, text: str) -> list:  # type: ignore[type-arg]
    from desktop_app.services.roster_search import search_roster

    return search_roster(desk.station.store, text)


def test_enter_and_esc_work_after_clicking_the_operator_panel(qtbot: QtBot, desk: Desk) -> None:
    panel = desk.window.panel
    scan(qtbot, desk)
    wait_state(qtbot, desk, DeskState.IDENTITY)
    table = panel.recent.table
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(20, 20))
    table.setFocus()  # offscreen windows take no focus from a click; a real one does
    assert table.hasFocus()
    press(qtbot, table, Qt.Key.Key_Return)
    wait_state(qtbot, desk, DeskState.PLEDGE)

    tab = panel.tabs.tabBar()
    qtbot.mouseClick(tab, Qt.MouseButton.LeftButton, pos=tab.tabRect(1).center())
    tab.setFocus()
    press(qtbot, tab, Qt.Key.Key_Escape)
    wait_state(qtbot, desk, DeskState.READY)

    mute = panel.mute
    mute.setFocus()
    press(qtbot, desk.window, Qt.Key.Key_F4)
    wait_state(qtbot, desk, DeskState.WALK_IN)
    mute.setFocus()
    press(qtbot, mute, Qt.Key.Key_Escape)
    wait_state(qtbot, desk, DeskState.READY)


def test_results_have_their_colour_and_their_sound(qtbot: QtBot, desk: Desk) -> None:
    window, view = desk.window, desk.window.view
    played: list[str] = []
    window.sounds.played.connect(played.append)
    click(qtbot, window.panel.screen_button)
    screen = window.attendee_screen
    assert screen is not None

    scan(qtbot, desk)
    wait_state(qtbot, desk, DeskState.IDENTITY)
    click(qtbot, view.identity.yes)
    agree(qtbot, desk)
    sign_on_pad(qtbot, desk)
    with qtbot.waitSignal(window.sounds.played, timeout=10000) as done:
        click(qtbot, view.signing.confirm)
    assert done.args == ["ok"]
    name = desk.desk.snapshot.record.name
    for page in (view.done, screen.view.done):
        assert page.property("result") == "ok" and page.name.text() == name
        colour = _background(page)
        assert colour.green() > 2 * colour.red() and colour.green() > 80  # green

    with qtbot.waitSignal(window.sounds.played, timeout=5000) as already:
        scan(qtbot, desk, "signed")
    assert already.args == ["already"]
    for page in (view.already_signed, screen.view.already_signed):
        colour = _background(page)
        assert colour.red() > 200 and colour.green() > 150 and colour.blue() < 60  # amber
    assert "pukul" in screen.view.already_signed.when.text()

    window.panel.mute.setChecked(True)  # muted: the next result plays nothing
    qtbot.waitUntil(lambda: desk.desk.settings.sound_muted, timeout=5000)  # and stored
    scan(qtbot, desk, "unknown")
    wait_state(qtbot, desk, DeskState.NOT_FOUND)
    for page in (view.not_found, screen.view.not_found):
        colour = _background(page)
        assert colour.red() > 2 * colour.green() and colour.red() > 120  # red
    assert "belum terdapat dalam daftar peserta" in screen.view.not_found.message.text()
    window.panel.mute.setChecked(False)
    qtbot.waitUntil(lambda: not desk.desk.settings.sound_muted, timeout=5000)
    with qtbot.waitSignal(window.sounds.played, timeout=5000) as again:
        scan(qtbot, desk, "signed")
    assert again.args == ["already"]
    assert played == ["ok", "already", "already"]  # the muted not-found played nothing


def test_the_attendee_screen_shows_what_is_happening_when_it_opens(
    qtbot: QtBot, desk: Desk
) -> None:
    window = desk.window
    title = desk.desk.pledge.ceremony_title  # type: ignore[union-attr]
    scan(qtbot, desk)
    wait_state(qtbot, desk, DeskState.IDENTITY)
    click(qtbot, window.view.identity.yes)
    wait_state(qtbot, desk, DeskState.PLEDGE)

    click(qtbot, window.panel.screen_button)  # opened only now, mid-signing
    screen = window.attendee_screen
    assert screen is not None
    screen.showNormal()
    screen.resize(1366, 768)
    qtbot.waitUntil(lambda: screen.view.scale == 1.0)
    pledge = screen.view.pledge
    assert screen.view.currentWidget() is pledge
    assert "NETRALITAS" in pledge.text.text()  # the full pledge, not just a name
    assert pledge.text.font().pixelSize() >= 28  # read from a metre
    qtbot.waitUntil(lambda: pledge.text_area.verticalScrollBar().maximum() == 0)  # all of it
    assert screen.view.ready.ceremony.text() == title
    hints = [
        b.text() for b in screen.findChildren(QPushButton) if b.isVisible() and b.text()
        if KEY_HINT.search(b.text())
    ]  # fmt: skip
    assert hints == []  # no "(Enter)" or "(Esc)" for the attendee

    screen.resize(1920, 1080)
    qtbot.waitUntil(lambda: pledge.text.font().pixelSize() >= 38)  # grows with the screen

    agree(qtbot, desk)
    sign_on_pad(qtbot, desk)
    window.toggle_attendee_screen()
    window.toggle_attendee_screen()  # reopened mid-signature: the ink so far is there
    assert window.attendee_screen is screen and screen.view.signing.pad_ink.signature


def test_the_counter_is_in_sight_in_every_state(qtbot: QtBot, desk: Desk) -> None:
    counter = desk.window.panel.counter
    qtbot.waitUntil(lambda: counter.last is not None, timeout=5000)
    assert counter.isVisible() and counter.all_desks.value.text() == "0/120"
    for person in roster(desk, 3):
        sign_in_store(qtbot, desk, person)
    desk.desk.ops.refresh()
    qtbot.waitUntil(lambda: counter.this_desk.value.text() == "3", timeout=5000)
    assert counter.all_desks.value.text() == "3/120"
    assert int(counter.pace.value.text()) > 0 and counter.left.value.text() != "–"
    scan(qtbot, desk, "unknown")
    wait_state(qtbot, desk, DeskState.NOT_FOUND)
    desk.window.panel.tabs.setCurrentIndex(1)
    assert counter.isVisible()  # not behind a tab
    assert len(recent_records(desk.station.store)) == 3
