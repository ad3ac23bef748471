"""The venue from the desk GUI: join from the dialog (by code, by a hub found by mDNS, with a
wrong code), the venue's totals on the counter, the hub lost and back, hosting from the
settings, and the big screen from the venue menu. Real hub processes on loopback, a real
offscreen desk; every wait is on an event."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QListWidgetItem
from pytestqt.qtbot import QtBot

from desktop_app.desk.station import DeskStation
from desktop_app.services.ceremonies import list_ceremonies
from desktop_app.sync.client import SyncError
from desktop_app.venue.client import VenueClient
from desktop_app.venue.link import hub_link, join_hub
from desktop_app.venue.setup import after_join
from tests.server.helpers import free_port, new_station, sign
from tests.ui.conftest import FakeClock, click, press, start_desk, type_slowly, when_modal
from tests.venue.conftest import LOOPBACK, Venue, close_venue, start_venue
from ui.app import Desk
from ui.dialogs.pin import PinDialog
from ui.dialogs.settings import SettingsDialog
from ui.dialogs.venue_join import VenueJoinDialog

HUB_WAIT_MS = 30000  # only stops a hung test: the hub's process start, a retry after a loss


@pytest.fixture
def venue(tmp_path: Path) -> Iterator[Venue]:
    v = start_venue(tmp_path / "venue")
    try:
        yield v
    finally:
        close_venue(v)


@pytest.fixture
def desk(qtbot: QtBot, station: DeskStation, clock: FakeClock) -> Iterator[Desk]:
    running = start_desk(qtbot, station, clock)
    running.desk.ops.venue_ops.mdns_interfaces = LOOPBACK  # no mDNS leaves this machine
    running.desk.ops.venue_ops.host_bind = "127.0.0.1"
    running.desk.ops.venue_ops.host_port = free_port()
    yield running
    running.close()


def join_dialog(qtbot: QtBot, desk: Desk, search_s: float = 0.3) -> VenueJoinDialog:
    dialog = VenueJoinDialog(desk.desk, desk.relay, desk.window, search_s=search_s)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.search_again.isEnabled(), timeout=HUB_WAIT_MS)
    return dialog


def join_by_code(qtbot: QtBot, desk: Desk, venue: Venue) -> VenueJoinDialog:
    dialog = join_dialog(qtbot, desk)
    dialog.address.setText(venue.hub.local_url)
    dialog.code.setText(venue.code())
    click(qtbot, dialog.join_button)
    qtbot.waitUntil(lambda: dialog.joined is not None, timeout=HUB_WAIT_MS)
    return dialog


def hub_gone(url: str) -> bool:
    try:
        with VenueClient.to_hub(url) as client:
            client.info()
    except SyncError:
        return True
    return False


def venue_text(desk: Desk) -> str:
    view = desk.window.panel.counter.venue
    return f"{view.headline.text()}\n{view.desks.text()}" if view.isVisible() else ""


def test_join_by_code_takes_the_venues_ceremony_and_shows_its_totals(
    qtbot: QtBot, desk: Desk, venue: Venue
) -> None:
    assert not desk.window.panel.counter.venue.isVisible()  # no venue: no venue line
    join_by_code(qtbot, desk, venue)
    qtbot.waitUntil(
        lambda: desk.desk.settings.active_ceremony == venue.ceremony_id, timeout=HUB_WAIT_MS
    )
    # The venue's roster came from the hub: nothing imported by hand.
    assert venue.ceremony_id in [c.id for c in list_ceremonies(desk.station.store)]
    link = hub_link(desk.station.store)
    assert link is not None and link.role == "member"
    # The counter shows the venue: each desk, all desks, expected, the hub reachable.
    qtbot.waitUntil(lambda: "Meja A: 0" in venue_text(desk), timeout=HUB_WAIT_MS)
    assert "0/12 sudah tanda tangan" in venue_text(desk)
    assert "hub terjangkau" in venue_text(desk)

    # A signing at the other desk reaches this desk's counter: its venue line and its tiles.
    venue.worker(venue.host).nudge()
    sign(venue.host, venue.ceremony_id, 3)
    venue.workers[0].nudge()
    qtbot.waitUntil(lambda: "Meja A: 1" in venue_text(desk), timeout=HUB_WAIT_MS)
    assert "1/12" in venue_text(desk)
    tiles = desk.window.panel.counter
    qtbot.waitUntil(lambda: tiles.all_desks.value.text() == "1/12", timeout=HUB_WAIT_MS)
    assert tiles.this_desk.value.text() == "0"


def test_a_wrong_code_says_so_and_changes_nothing(qtbot: QtBot, desk: Desk, venue: Venue) -> None:
    before = desk.desk.settings.active_ceremony
    dialog = join_dialog(qtbot, desk)
    dialog.address.setText(venue.hub.local_url)
    dialog.code.setText("AAAA-BBBB-CCCC")
    click(qtbot, dialog.join_button)
    qtbot.waitUntil(lambda: dialog.join_button.isEnabled(), timeout=HUB_WAIT_MS)
    assert "salah atau sudah dipakai" in dialog.status.text(), venue.hub_log()
    assert dialog.isVisible() and dialog.joined is None
    # An address where no hub answers, and an empty code: clear words, nothing joined.
    dialog.address.setText(f"127.0.0.1:{free_port()}")
    dialog.code.setText(venue.code())
    click(qtbot, dialog.join_button)
    qtbot.waitUntil(lambda: dialog.join_button.isEnabled(), timeout=HUB_WAIT_MS)
    assert "tidak menjawab" in dialog.status.text()
    dialog.code.setText("")
    click(qtbot, dialog.join_button)
    qtbot.waitUntil(lambda: dialog.join_button.isEnabled(), timeout=HUB_WAIT_MS)
    assert "kode sekali pakai" in dialog.status.text()
    assert hub_link(desk.station.store) is None
    assert desk.desk.settings.active_ceremony == before


def found_item(qtbot: QtBot, dialog: VenueJoinDialog, url: str) -> QListWidgetItem:
    """The list's entry for the hub at ``url`` (other hubs on loopback may be listed too: a
    hub stopped a moment ago, another test's); searches again while it is missing."""
    for _ in range(5):
        qtbot.waitUntil(dialog.search_again.isEnabled, timeout=HUB_WAIT_MS)
        for row in range(dialog.hubs.count()):
            item = dialog.hubs.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == url:
                return item
        click(qtbot, dialog.search_again)
    raise AssertionError(f"{url} not found: {dialog.search_line.text()}")


def test_a_hub_found_by_mdns_is_listed_and_joined(qtbot: QtBot, desk: Desk, venue: Venue) -> None:
    dialog = join_dialog(qtbot, desk, search_s=5.0)
    item = found_item(qtbot, dialog, venue.hub.local_url)
    rect = dialog.hubs.visualItemRect(item)
    qtbot.mouseClick(dialog.hubs.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert dialog.address.text() == venue.hub.local_url  # the chosen hub's address
    type_slowly(qtbot, dialog.code, venue.code())  # a person's keys, not a scanner's burst
    press(qtbot, dialog.code, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.joined is not None, timeout=HUB_WAIT_MS)
    assert hub_link(desk.station.store) is not None


def test_the_typed_address_is_the_hub_joined_whatever_else_is_listed(
    qtbot: QtBot, desk: Desk, venue: Venue, tmp_path: Path
) -> None:
    """Two venues' hubs on the network: the attendant types one hub's address and code and
    clicks Join. The desk joins that hub, not the first one listed: the list used to take a
    current item when the Join button, disabled while joining, handed its focus on, and that
    replaced the typed address."""
    other = start_venue(tmp_path / "other", people=5)
    try:
        dialog = join_dialog(qtbot, desk, search_s=5.0)
        found_item(qtbot, dialog, other.hub.local_url)
        found_item(qtbot, dialog, venue.hub.local_url)
        first = dialog.hubs.item(0).data(Qt.ItemDataRole.UserRole)
        target = other if first == venue.hub.local_url else venue
        assert dialog.hubs.currentItem() is None  # two hubs: none is chosen for the person
        dialog.hubs.setFocus()
        dialog.address.setFocus()
        type_slowly(qtbot, dialog.address, target.hub.local_url)
        type_slowly(qtbot, dialog.code, target.code())
        click(qtbot, dialog.join_button)
        qtbot.waitUntil(
            lambda: dialog.joined is not None or dialog.join_button.isEnabled(),
            timeout=HUB_WAIT_MS,
        )
        assert dialog.joined is not None, dialog.status.text()
        link = hub_link(desk.station.store)
        assert link is not None and link.url == target.hub.local_url
        qtbot.waitUntil(
            lambda: desk.desk.settings.active_ceremony == target.ceremony_id,
            timeout=HUB_WAIT_MS,
        )  # the desk reloads with the venue's ceremony once joined
    finally:
        close_venue(other)


def test_the_hosts_qr_scanned_joins_at_once(qtbot: QtBot, desk: Desk, venue: Venue) -> None:
    dialog = join_dialog(qtbot, desk)
    # The scanner's text goes to the desk like a badge's; the desk hands it to the dialog.
    desk.desk.scanned(f"PAKTA-VENUE {venue.hub.local_url} {venue.code()}")
    qtbot.waitUntil(lambda: dialog.joined is not None, timeout=HUB_WAIT_MS)
    assert desk.desk.snapshot.state.name == "READY"  # never looked up as a badge
    # A damaged venue QR is not a badge either.
    desk.desk.scanned("PAKTA-VENUE http://x")
    assert desk.desk.snapshot.state.name == "READY"


def test_hub_loss_is_shown_with_its_time_and_recovery_clears_it(
    qtbot: QtBot, desk: Desk, venue: Venue
) -> None:
    join_by_code(qtbot, desk, venue)
    qtbot.waitUntil(lambda: "hub terjangkau" in venue_text(desk), timeout=HUB_WAIT_MS)
    from desktop_app.venue.host import stop_hub

    stop_hub(venue.host)
    qtbot.waitUntil(lambda: "Hub tidak terjangkau sejak" in venue_text(desk), timeout=HUB_WAIT_MS)
    text = venue_text(desk)
    assert "Angka per" in text and "Meja A: 0" in text  # the last figures, said to be old
    venue.restart_hub()
    qtbot.waitUntil(lambda: "hub terjangkau" in venue_text(desk), timeout=HUB_WAIT_MS)
    assert "tidak terjangkau" not in venue_text(desk)


def test_a_burst_of_venue_news_repaints_the_counter_at_most_twice(qtbot: QtBot, desk: Desk) -> None:
    from dataclasses import replace

    from desktop_app.desk.events import VenueChanged
    from desktop_app.venue.worker import VenueStatus

    view = desk.window.panel.counter.venue
    base = VenueStatus(state="connecting", hub_name="Aula")
    before = view.paints
    for i in range(50):
        desk.desk.bus.publish(VenueChanged(replace(base, waiting=i)))
    qtbot.waitUntil(lambda: view.status is not None and view.status.waiting == 49)
    assert view.paints - before <= 2  # the first at once, then the latest: not 50 repaints
    assert "Menghubungkan" in view.headline.text()


def test_host_from_settings_shows_the_qr_and_code_and_stops_with_the_desk(
    qtbot: QtBot, desk: Desk, tmp_path: Path
) -> None:
    dialog = SettingsDialog(desk.desk, desk.relay, desk.window)
    qtbot.addWidget(dialog)
    dialog.show()
    box = dialog.venue
    assert not box.code.isVisible()
    # on its box (a check box's click counts on the box and its words, not the empty rest)
    qtbot.mouseClick(box.switch, Qt.MouseButton.LeftButton, pos=QPoint(8, box.switch.height() // 2))
    assert box.switch.isChecked() and box.busy and not box.switch.isEnabled()
    qtbot.waitUntil(lambda: not box.busy, timeout=HUB_WAIT_MS)
    assert box.code.isVisible(), box.state.text()
    first = box.code.text()
    hosting = desk.desk.ops.venue_ops.hosting
    assert hosting is not None and hosting.qr.endswith(first) and len(hosting.matrix) > 20
    # Another desk joins with the code shown; the code works once, a new one is issued.
    other = new_station(tmp_path, "Meja B")
    join_hub(other, hosting.url, first)
    after_join(other)
    assert [c.id for c in list_ceremonies(other)] == [desk.desk.settings.active_ceremony]
    click(qtbot, box.renew)
    qtbot.waitUntil(lambda: box.code.text() not in ("", first), timeout=HUB_WAIT_MS)
    dialog.reject()
    url = hosting.url
    desk.close()  # the hub goes with the desk
    qtbot.waitUntil(lambda: hub_gone(url), timeout=HUB_WAIT_MS)


def test_the_venue_menu_joins_behind_the_pin_and_opens_the_big_screen(
    qtbot: QtBot, desk: Desk, venue: Venue
) -> None:
    menu = desk.window.venue
    menu.toggle_big_screen()  # not in a venue yet: said, nothing opens
    assert menu.screen is None

    def pin(dialog: object) -> None:
        assert isinstance(dialog, PinDialog)
        dialog.pin.setText("1234")
        dialog.submit()

        def join(join_dialog: object) -> None:
            assert isinstance(join_dialog, VenueJoinDialog)
            join_dialog.address.setText(venue.hub.local_url)
            join_dialog.code.setText(venue.code())
            join_dialog.submit()

        when_modal(VenueJoinDialog, join)

    when_modal(PinDialog, pin)
    menu.join_action.trigger()  # returns when the dialog closed (joined)
    assert hub_link(desk.station.store) is not None
    qtbot.waitUntil(lambda: "hub terjangkau" in venue_text(desk), timeout=HUB_WAIT_MS)
    menu.screen_action.trigger()
    screen = menu.screen
    assert screen is not None and screen.isVisible()
    qtbot.addWidget(screen)
    qtbot.waitUntil(lambda: screen.board is not None, timeout=HUB_WAIT_MS)
    assert screen.board is not None and screen.board.expected == 12
    menu.screen_action.trigger()
    assert not screen.isVisible()


def test_a_venue_qr_scanned_outside_the_dialog_is_not_a_badge(qtbot: QtBot, desk: Desk) -> None:
    with qtbot.waitSignal(desk.relay.message) as message:
        desk.desk.scanned("PAKTA-VENUE http://10.0.0.5:8765 K7QD-M2PX")
    assert message.args[0].code == "venue_qr_scanned"
    assert desk.desk.snapshot.state.name == "READY"


def test_a_hub_left_running_is_taken_back_by_the_settings_and_stopped_at_close(
    qtbot: QtBot, desk: Desk
) -> None:
    from desktop_app.venue.desk_actions import host_venue

    # As after a crash of the desk: its hub (a child in its own session) still runs.
    orphan = host_venue(desk.station.store, port=free_port(), bind="127.0.0.1")
    assert desk.desk.ops.venue_ops.hosting is None
    dialog = SettingsDialog(desk.desk, desk.relay, desk.window)
    qtbot.addWidget(dialog)
    dialog.show()
    box = dialog.venue
    qtbot.waitUntil(lambda: box.switch.isChecked() and box.code.isVisible(), timeout=HUB_WAIT_MS)
    assert box.code.text() not in ("", orphan.code)  # a fresh code for the next desk
    dialog.reject()
    desk.close()
    qtbot.waitUntil(lambda: hub_gone(orphan.url), timeout=HUB_WAIT_MS)
