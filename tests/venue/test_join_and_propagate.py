"""Desks join a real hub process (by discovery and by code) and see each other's signings."""

from __future__ import annotations

import pytest

from desktop_app.services.ceremonies import list_ceremonies
from desktop_app.services.lookup import LookupStatus, lookup_badge
from desktop_app.sync.client import NotAuthorised, RequestRefused
from desktop_app.venue.discovery import discover_hubs
from desktop_app.venue.link import hub_link, join_hub
from tests.server.helpers import new_station, nip, sign
from tests.venue.conftest import LOOPBACK, Venue, wait_for


def test_a_desk_finds_the_hub_by_mdns_and_joins_with_the_hosts_code(venue: Venue) -> None:
    link = hub_link(venue.host)
    assert link is not None
    # this venue's hub, among any others answering on the machine
    hubs = discover_hubs(10.0, interfaces=LOOPBACK, hub_id=link.hub_id)
    assert [(h.hub_id, h.url) for h in hubs] == [(link.hub_id, venue.hub.local_url)]
    assert discover_hubs(1.0, interfaces=LOOPBACK, hub_id="no-such-hub") == []

    desk = venue.member("Meja B")
    # The venue's ceremony, pledge and roster came from the hub: nothing imported by hand.
    [ceremony] = list_ceremonies(desk)
    assert ceremony.id == venue.ceremony_id and ceremony.active
    assert lookup_badge(desk, nip(1), venue.ceremony_id).status is LookupStatus.FOUND


def test_a_join_code_works_once_and_a_wrong_code_changes_nothing(venue: Venue) -> None:
    code = venue.code()
    venue.member("Meja B", code=code)
    late = new_station(venue.root, "Meja C")
    with pytest.raises((NotAuthorised, RequestRefused)):
        join_hub(late, venue.hub.local_url, code)  # already used
    with pytest.raises((NotAuthorised, RequestRefused)):
        join_hub(late, venue.hub.local_url, "AAAA-BBBB-CCCC")
    assert hub_link(late) is None


def test_a_signing_at_one_desk_shows_at_the_other_as_already_signed(venue: Venue) -> None:
    desk_b = venue.member("Meja B")
    worker_a = venue.worker(venue.host)
    venue.worker(desk_b)
    sign(venue.host, venue.ceremony_id, 3)
    worker_a.nudge()
    wait_for(
        lambda: (
            lookup_badge(desk_b, nip(3), venue.ceremony_id).status is LookupStatus.ALREADY_SIGNED
        ),
        what="the signing at Meja A to reach Meja B",
    )
    result = lookup_badge(desk_b, nip(3), venue.ceremony_id)
    assert result.signed is not None and result.signed.station_name == "Meja A"
    assert lookup_badge(desk_b, nip(4), venue.ceremony_id).status is LookupStatus.FOUND
    # The venue's totals reach every desk's worker (for the counters).
    wait_for(lambda: (b := venue.workers[1].status.board) is not None and b.signed_total == 1)
    board = venue.workers[1].status.board
    assert board is not None and board.expected == 12
    assert {d.name: d.signed for d in board.desks} == {"Meja A": 1, "Meja B": 0}
