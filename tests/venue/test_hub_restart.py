"""A hub stopped and started again at once (the host desk's "stop" then "host", or a restart
after a hiccup) comes back on the same port and the same mDNS announcement, while desks are
still waiting on it."""

from __future__ import annotations

import os
import uuid

import pytest

from desktop_app.venue.discovery import discover_hubs
from desktop_app.venue.host import stop_hub
from desktop_app.venue.link import hub_link
from server.venue.advertise import Advertisement
from tests.server.helpers import free_port
from tests.venue.conftest import LOOPBACK, Venue, wait_for


def test_a_hub_stopped_while_desks_wait_on_it_is_gone_when_stop_returns_and_starts_again(
    venue: Venue,
) -> None:
    _, wa, wb = venue.two_desks_online()
    old_pid = venue.hub.pid
    assert stop_hub(venue.host)
    with pytest.raises(ProcessLookupError):  # stopped and collected, not still answering
        os.kill(old_pid, 0)
    assert not stop_hub(venue.host)  # nothing left to stop
    venue.restart_hub()  # at once, same port, same hub id and name
    assert venue.hub.pid != old_pid
    wait_for(lambda: wa.status.state == "online" and wb.status.state == "online", 60)
    link = hub_link(venue.host)
    assert link is not None
    [found] = discover_hubs(10.0, interfaces=LOOPBACK, hub_id=link.hub_id)
    assert found.url == venue.hub.local_url


def test_a_second_announcement_of_the_same_hub_name_does_not_stop_the_first_or_itself() -> None:
    hub_id = str(uuid.uuid4())
    first = Advertisement(hub_id, "Aula Utama", free_port(), LOOPBACK)
    try:
        second = Advertisement(hub_id, "Aula Utama", free_port(), LOOPBACK)  # no exception
        try:
            assert second.info.name != first.info.name  # it took another name, not the first's
        finally:
            second.close()
    finally:
        first.close()
