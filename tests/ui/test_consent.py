"""The signing moment through the real widgets: consent is the attendee's own act (never the
attendant's keyboard), after the reading time, on both screens; the record binds the pledge
shown; the pad recovers from replugging; the compact form."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QInputDevice, QMouseEvent, QPointingDevice
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop_app.demo.factory import ceremony_with_roster
from desktop_app.desk.flow import DONE_RESET_S, DeskState, Notice
from desktop_app.services.ceremonies import create_ceremony, use_ceremony
from desktop_app.storage.models import SignedPledge
from tests.ui.conftest import (
    agree,
    click,
    read_pledge,
    scan,
    sign_on_pad,
    sign_on_screen,
    wait_state,
)
from ui.app import Desk
from ui.dialogs.pin import PinDialog
from ui.dialogs.settings import SettingsDialog
from ui.widgets.consent_button import ConsentButton

OTHER_TEXT = "PAKTA INTEGRITAS (UJI)\n\nTeks lain yang tidak pernah ditunjukkan.\n"


def _records(desk: Desk) -> list[SignedPledge]:
    with desk.station.store.read() as session:
        return list(session.scalars(select(SignedPledge).order_by(SignedPledge.station_seq)))


def _to_pledge(qtbot: QtBot, desk: Desk) -> None:
    scan(qtbot, desk)
    wait_state(qtbot, desk, DeskState.IDENTITY)
    click(qtbot, desk.window.view.identity.yes)
    wait_state(qtbot, desk, DeskState.PLEDGE)


def _confirm(qtbot: QtBot, desk: Desk, *, on_screen: bool = False) -> SignedPledge:
    if on_screen:
        sign_on_screen(qtbot, desk.window.view.signing.canvas)
    else:
        sign_on_pad(qtbot, desk)
    click(qtbot, desk.window.view.signing.confirm)
    qtbot.waitUntil(lambda: desk.desk.snapshot.state is not DeskState.COMMITTING, timeout=5000)
    s = desk.desk.snapshot
    assert s.state is DeskState.DONE, (s.state, s.notice, s.detail)
    return _records(desk)[-1]


def _keys(qtbot: QtBot, widget: QWidget, *keys: Qt.Key) -> None:
    for key in keys:
        qtbot.keyClick(widget, key)
        qtbot.wait(120)  # an attendant pressing again, 120 ms later


def test_double_enter_cannot_get_from_identity_to_signing(qtbot: QtBot, desk: Desk) -> None:
    view = desk.window.view
    scan(qtbot, desk)
    wait_state(qtbot, desk, DeskState.IDENTITY)
    view.identity.setFocus()
    _keys(qtbot, view.identity, Qt.Key.Key_Return, Qt.Key.Key_Return)
    assert desk.desk.snapshot.state is DeskState.PLEDGE
    read_pledge(qtbot, desk)  # even once the reading time is over, no key agrees
    focused = QApplication.focusWidget() or view.pledge
    for target in (view.pledge, focused, view.pledge.agree):
        _keys(qtbot, target, Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)
    view.pledge.agree.click()  # a programmatic click is no attendee's press either
    assert view.pledge.agree.focusPolicy() is Qt.FocusPolicy.NoFocus
    s = desk.desk.snapshot
    assert s.state is DeskState.PLEDGE and s.consent_at == "" and s.consent_method == ""
    click(qtbot, view.pledge.agree)  # the attendee's press does
    wait_state(qtbot, desk, DeskState.SIGNING)
    assert desk.desk.snapshot.consent_method == "screen_mouse"


def test_consent_before_the_reading_time_is_refused_on_both_screens(
    qtbot: QtBot, desk: Desk
) -> None:
    window = desk.window
    window.toggle_attendee_screen()
    assert window.attendee_screen is not None
    screens = (window.view.pledge, window.attendee_screen.view.pledge)
    _to_pledge(qtbot, desk)
    for page in screens:
        assert "NETRALITAS" in page.text.text()  # the pledge itself, on the attendee's screen
        assert not page.agree.isEnabled() and "5 detik" in page.how.text()
    assert "(5)" in screens[1].agree.text()
    assert "layar peserta" in screens[0].agree.text()  # the attendant's copy does not agree
    assert not window.attendee_screen.view.pledge.screen_signing.isVisible()

    click(qtbot, window.demo.tick)  # type: ignore[union-attr]  # the pad's box, too early
    qtbot.waitUntil(lambda: desk.desk.snapshot.notice is Notice.CONSENT_TOO_EARLY, timeout=5000)
    for page in screens:
        assert page.notice.isVisible() and "baca" in page.notice.text()
    assert desk.desk.snapshot.consent_at == "" and desk.desk.snapshot.state is DeskState.PLEDGE

    desk.desk.clock.advance(3)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: "(2)" in screens[1].agree.text(), timeout=3000)  # counting down
    desk.desk.clock.advance(2)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: screens[1].agree.isEnabled(), timeout=3000)
    assert not screens[0].notice.isVisible() and not screens[0].agree.isEnabled()
    QTest.mouseClick(screens[0].agree, Qt.MouseButton.LeftButton)  # the attendant's window
    assert desk.desk.snapshot.state is DeskState.PLEDGE
    # The attendee taps "Saya setuju" on their own (touch) screen.
    button = screens[1].agree
    touch = QTest.createTouchDevice()
    QTest.touchEvent(button, touch).press(0, QPoint(20, 20), button).commit()
    QTest.touchEvent(button, touch).release(0, QPoint(20, 20), button).commit()
    wait_state(qtbot, desk, DeskState.SIGNING)
    record = _confirm(qtbot, desk)
    assert (record.format, record.consent_method, record.timezone) == (
        2,
        "screen_touch",
        "Asia/Jakarta",
    )
    assert record.pledge_shown_at <= record.consent_at  # both UTC ISO, same format


def test_the_pledge_page_says_the_pens_timing_and_pressure_are_kept(
    qtbot: QtBot, desk: Desk
) -> None:
    """Consent to the pen dynamics (UU 27/2022): one sentence where the attendee consents, on
    both screens, in Indonesian, smaller than the pledge but readable."""
    window = desk.window
    window.toggle_attendee_screen()
    assert window.attendee_screen is not None
    _to_pledge(qtbot, desk)
    for page in (window.view.pledge, window.attendee_screen.view.pledge):
        notice = page.pen_data
        assert notice.isVisible()
        text = notice.text()
        assert "gerak pena" in text and "tekanan" in text and "dihapus" in text
        assert text.count(". ") == 0 and text.endswith(".")  # one sentence
        size = notice.fontInfo().pixelSize()
        assert 14 <= size < page.text.fontInfo().pixelSize()
        assert notice.geometry().bottom() < page.agree.geometry().top()  # read before agreeing


def test_a_pen_press_is_recorded_as_a_pen(qtbot: QtBot, desk: Desk) -> None:
    _to_pledge(qtbot, desk)
    read_pledge(qtbot, desk)
    button: ConsentButton = desk.window.view.pledge.agree
    pen = QPointingDevice(
        "test pen",
        7,
        QInputDevice.DeviceType.Stylus,
        QPointingDevice.PointerType.Pen,
        QInputDevice.Capability.Position | QInputDevice.Capability.Pressure,
        1,
        2,
    )
    at = QPointF(15, 15)
    for kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease):
        buttons = (
            Qt.MouseButton.LeftButton
            if kind == QEvent.Type.MouseButtonPress
            else Qt.MouseButton.NoButton
        )
        event = QMouseEvent(
            kind,
            at,
            button.mapToGlobal(at),
            Qt.MouseButton.LeftButton,
            buttons,
            Qt.KeyboardModifier.NoModifier,
            pen,
        )
        QApplication.sendEvent(button, event)
    wait_state(qtbot, desk, DeskState.SIGNING)
    assert _confirm(qtbot, desk).consent_method == "screen_pen"


def test_the_record_keeps_the_pledge_shown_when_settings_change_the_ceremony_mid_flow(
    qtbot: QtBot, desk: Desk
) -> None:
    store = desk.station.store
    other = create_ceremony(
        store, title="Upacara Uji Lain", date="2024-09-02", venue="Aula", pledge_text=OTHER_TEXT
    )
    desk.desk.reload()
    qtbot.waitUntil(lambda: other.id in {c.id for c in desk.desk.settings.ceremonies})
    shown = desk.desk.pledge
    assert shown is not None
    desk.window.toggle_attendee_screen()
    assert desk.window.attendee_screen is not None
    attendee_page = desk.window.attendee_screen.view.pledge
    _to_pledge(qtbot, desk)

    # The attendant cannot open the settings while an attendee is at the desk ...
    messages: list[str] = []
    desk.relay.message.connect(lambda m: messages.append(m.code))
    click(qtbot, desk.window.panel.settings_button)
    qtbot.waitUntil(lambda: "settings_not_ready" in messages, timeout=3000)
    assert not any(
        isinstance(w, (PinDialog, SettingsDialog))
        for w in QApplication.topLevelWidgets()
        if w.isVisible()
    )
    # ... but the active ceremony can still change underneath (`pakta ceremony use` on the same
    # data folder, a sync pull): the desk reloads, and the attendee's page does not change.
    use_ceremony(store, other.id)
    desk.desk.reload()
    qtbot.waitUntil(lambda: desk.desk.settings.active_ceremony == other.id, timeout=5000)
    for page in (desk.window.view.pledge, attendee_page):
        assert "NETRALITAS" in page.text.text() and "UJI" not in page.text.text()
    assert desk.desk.snapshot.pledge is shown

    agree(qtbot, desk)
    record = _confirm(qtbot, desk)
    assert (record.ceremony_id, record.text_sha256, record.template_id) == (
        shown.ceremony_id,
        shown.sha256,
        shown.template_id,
    )
    desk.desk.clock.advance(DONE_RESET_S)  # type: ignore[attr-defined]  # the next attendee
    wait_state(qtbot, desk, DeskState.READY)
    qtbot.waitUntil(
        lambda: desk.window.view.ready.ceremony.text() == "Upacara Uji Lain", timeout=3000
    )


def test_twenty_pad_replugs_then_a_signing_on_the_pad(qtbot: QtBot, desk: Desk) -> None:
    demo, lights, view = desk.window.demo, desk.window.panel.lights, desk.window.view
    assert demo is not None
    _to_pledge(qtbot, desk)
    for cycle in range(20):
        click(qtbot, demo.unplug)
        qtbot.waitUntil(lambda: lights.level_of("pad") == "error", timeout=5000)
        if cycle == 0:  # no pad: the attendant is offered on-screen signing, not the attendee
            qtbot.waitUntil(lambda: view.pledge.screen_signing.isVisible(), timeout=3000)
            read_pledge(qtbot, desk)
            click(qtbot, view.pledge.agree)
            assert desk.desk.snapshot.notice is Notice.PAD_NEEDED
            assert desk.desk.snapshot.state is DeskState.PLEDGE
        click(qtbot, demo.unplug)  # plug it back in
        qtbot.waitUntil(lambda: lights.level_of("pad") == "ok", timeout=8000)
    assert not view.pledge.screen_signing.isVisible()
    click(qtbot, demo.tick)  # the attendee ticks the box on the pad
    wait_state(qtbot, desk, DeskState.SIGNING)
    record = _confirm(qtbot, desk)
    assert record.consent_method == "pad_box" and '"source": "pad"' in record.device


def test_on_screen_signing_is_the_attendants_recorded_choice(qtbot: QtBot, desk: Desk) -> None:
    demo, view = desk.window.demo, desk.window.view
    assert demo is not None
    click(qtbot, demo.unplug)
    qtbot.waitUntil(lambda: desk.window.panel.lights.level_of("pad") == "error", timeout=5000)
    _to_pledge(qtbot, desk)
    read_pledge(qtbot, desk)
    click(qtbot, view.pledge.screen_signing)
    assert desk.desk.snapshot.screen_signing and not view.pledge.screen_signing.isVisible()
    click(qtbot, view.pledge.agree)
    wait_state(qtbot, desk, DeskState.SIGNING)
    assert view.signing.line_hint.isVisible()
    assert "area putih" in view.signing.title.text()


def test_compact_form_signing_under_the_consent_sentence_is_recorded_as_such(
    qtbot: QtBot, desk: Desk
) -> None:
    store = desk.station.store
    compact = ceremony_with_roster(
        store, 1, seed=7, title="Apel Pagi", date="2024-08-26", consent_form="compact"
    )
    nip = compact.identifiers[0]
    use_ceremony(store, compact.id)
    desk.desk.reload()
    qtbot.waitUntil(lambda: getattr(desk.desk.pledge, "consent_form", "") == "compact")
    assert desk.station.rig is not None and desk.station.rig.scan(nip)
    wait_state(qtbot, desk, DeskState.IDENTITY)
    click(qtbot, desk.window.view.identity.yes)
    wait_state(qtbot, desk, DeskState.SIGNING)  # no pledge page in the compact form
    page = desk.window.view.signing
    assert page.compact_side.isVisible() and page.consent.isVisible()
    assert "dibacakan bersama" in page.consent.text() and "NETRALITAS" in page.pledge_text.text()
    assert page.pen_data.isVisible() and "tekanan" in page.pen_data.text()  # what is kept, too
    record = _confirm(qtbot, desk, on_screen=True)
    assert record.ceremony_id == compact.id and record.consent_method == "compact_signature"
    assert record.pledge_shown_at <= record.consent_at


def test_the_pledge_is_shown_as_its_own_paragraphs_and_never_as_markup() -> None:
    from ui.pages.pledge import pledge_html

    shown = pledge_html("JUDUL\n\n1. satu\n2. <b>dua</b> & tiga\n\n\nAkhir", 12)
    assert shown.count("<p ") == 3 and "margin-bottom:12px" in shown
    assert "1. satu<br>2. &lt;b&gt;dua&lt;/b&gt; &amp; tiga" in shown  # text, not markup
