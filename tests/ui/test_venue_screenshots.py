"""Screenshots of the desk in a venue at 1366×768, Indonesian and English: the counter with the
venue's totals (hub reachable, then not), the settings' host switch with its QR and code, and
the join dialog. Rewritten in docs/screenshots/ like test_screenshots.py's (missing, or
PAKTA_UPDATE_SCREENSHOTS=1). A real hub process on loopback."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from desktop_app.desk.station import DeskStation
from desktop_app.services.station_settings import load_settings, save_settings, with_changes
from desktop_app.sync.client import SyncError
from desktop_app.venue.client import VenueClient
from desktop_app.venue.host import stop_hub
from tests.server.helpers import free_port, sign
from tests.ui.conftest import FakeClock, start_desk
from tests.ui.test_screenshots import _clipped_buttons, _save
from tests.ui.test_venue_desk import found_item
from tests.venue.conftest import LOOPBACK, close_venue, start_venue
from ui.dialogs.settings import SettingsDialog
from ui.dialogs.venue_join import VenueJoinDialog

WAIT_MS = 30000  # only stops a hung test


def _gone(url: str) -> bool:
    try:
        with VenueClient.to_hub(url) as client:
            client.info()
    except SyncError:
        return True
    return False


@pytest.mark.parametrize("lang", ["id", "en"])
def test_venue_screenshots(
    qtbot: QtBot, station: DeskStation, clock: FakeClock, tmp_path: Path, lang: str
) -> None:
    store = station.store
    save_settings(store, with_changes(load_settings(store), language=lang))
    venue = start_venue(tmp_path / "venue")
    desk = start_desk(qtbot, station, clock, language=lang)
    ops = desk.desk.ops.venue_ops
    ops.mdns_interfaces, ops.host_bind, ops.host_port = LOOPBACK, "127.0.0.1", free_port()
    clipped: dict[str, list[str]] = {}
    try:
        # The host switch, on: its QR and one-time code.
        settings = SettingsDialog(desk.desk, desk.relay, desk.window)
        qtbot.addWidget(settings)
        settings.show()
        box = settings.venue
        qtbot.mouseClick(box.switch, Qt.MouseButton.LeftButton, pos=QPoint(8, 10))
        qtbot.waitUntil(lambda: not box.busy and box.code.isVisible(), timeout=WAIT_MS)
        assert ops.hosting is not None
        hosted = ops.hosting.url
        _save(settings, f"venue-host-{lang}")
        clipped["host"] = _clipped_buttons(settings)
        qtbot.mouseClick(box.switch, Qt.MouseButton.LeftButton, pos=QPoint(8, 10))
        qtbot.waitUntil(lambda: not box.busy and not box.code.isVisible(), timeout=WAIT_MS)
        settings.reject()
        qtbot.waitUntil(lambda: _gone(hosted), timeout=WAIT_MS)  # not listed as a hub any more

        # The other desks of the venue have signed some.
        member = venue.member("Meja B")
        venue.worker(venue.host)
        venue.worker(member)
        for i in range(3):
            sign(venue.host, venue.ceremony_id, i)
        for i in range(3, 5):
            sign(member, venue.ceremony_id, i)
        for worker in venue.workers:
            worker.nudge()

        # The join dialog: the hub found on the network, the code typed.
        dialog = VenueJoinDialog(desk.desk, desk.relay, desk.window, search_s=10.0)
        qtbot.addWidget(dialog)
        dialog.show()
        item = found_item(qtbot, dialog, venue.hub.local_url)
        rect = dialog.hubs.visualItemRect(item)  # the person clicks the hub in the list
        qtbot.mouseClick(dialog.hubs.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert dialog.address.text() == venue.hub.local_url
        dialog.code.setText(venue.code())
        _save(dialog, f"venue-join-{lang}")
        clipped["join"] = _clipped_buttons(dialog)
        dialog.submit()
        qtbot.waitUntil(lambda: dialog.joined is not None, timeout=WAIT_MS)

        view = desk.window.panel.counter.venue
        qtbot.waitUntil(
            lambda: (
                view.status is not None
                and view.status.board is not None
                and view.status.board.signed_total == 5
                # the hub's board lasts up to 5 s: a desk that just joined is on the next one
                and "Meja Demo 1: 0" in view.desks.text()
            ),
            timeout=WAIT_MS,
        )
        qtbot.waitUntil(lambda: desk.window.panel.counter.all_desks.value.text() == "5/12")
        _save(desk.window, f"venue-counter-{lang}")
        clipped["counter"] = _clipped_buttons(desk.window)

        stop_hub(venue.host)
        qtbot.waitUntil(lambda: view.status.state == "offline", timeout=WAIT_MS)
        qtbot.waitUntil(lambda: view.headline.property("level") == "error", timeout=WAIT_MS)
        _save(desk.window, f"venue-counter-offline-{lang}")
    finally:
        desk.close()
        close_venue(venue)
    assert {k: v for k, v in clipped.items() if v} == {}
