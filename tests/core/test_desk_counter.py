"""The desk's always-visible counter and the attendant's search, on a real store: this desk,
every desk known from pulls, the pace of the last hour and the time left."""

from __future__ import annotations

import datetime as dt

from desktop_app.clock import iso_utc, utc_now
from desktop_app.services.ceremonies import CeremonyInfo
from desktop_app.services.progress import desk_counter
from desktop_app.services.roster_search import search_roster
from desktop_app.services.signing import register_pledge, void_pledge
from desktop_app.storage.store import Store
from desktop_app.storage.sync_models import RemoteSigning
from tests.core.conftest import NIPS, pledge_request


def _remote(store: Store, ceremony: CeremonyInfo, rid: str, kind: str = "pledge",
            refers_to: str | None = None, identifier: str = NIPS[2]) -> None:  # fmt: skip
    """Another desk's signing as a sync pull stores it."""
    now = iso_utc(utc_now())
    with store.write() as session:
        session.add(
            RemoteSigning(
                id=rid, kind=kind, refers_to=refers_to, ceremony_id=ceremony.id,
                identifier=identifier, name="Ahmad Ja'far", unit="Dinas A",
                station_id="other-station", station_name="Meja 2", signed_at=now, pulled_at=now,
            )
        )  # fmt: skip


def test_counter_this_desk_all_desks_pace_and_time_left(
    store: Store, ceremony: CeremonyInfo
) -> None:
    empty = desk_counter(store)
    assert (empty.this_desk, empty.all_desks, empty.expected) == (0, 0, 3)
    assert empty.per_hour == 0 and empty.minutes_left is None  # no pace to estimate from

    first = register_pledge(store, pledge_request(NIPS[0]))
    register_pledge(store, pledge_request(NIPS[1]))
    soon = utc_now() + dt.timedelta(minutes=5)
    counter = desk_counter(store, now=soon)
    assert (counter.this_desk, counter.all_desks, counter.remaining) == (2, 2, 1)
    # two signings in the first minutes: the pace counts them over at least ten minutes
    assert counter.per_hour == 12.0 and counter.minutes_left == 5

    _remote(store, ceremony, "remote-1")  # pulled: Ahmad signed at Meja 2
    counter = desk_counter(store, now=soon)
    assert (counter.this_desk, counter.all_desks, counter.remaining) == (2, 3, 0)
    assert counter.minutes_left == 0

    _remote(store, ceremony, "remote-2", kind="void", refers_to="remote-1")
    void_pledge(store, first.record_id, "salah orang", operator="tester")
    counter = desk_counter(store, now=soon)
    assert (counter.this_desk, counter.all_desks) == (1, 1)

    later = desk_counter(store, now=utc_now() + dt.timedelta(hours=2))
    assert later.per_hour == 0 and later.minutes_left is None  # nothing in the last hour


def test_search_shows_who_signed_where(store: Store, ceremony: CeremonyInfo) -> None:
    register_pledge(store, pledge_request(NIPS[0]))
    _remote(store, ceremony, "remote-1")
    assert search_roster(store, "a") == []  # one letter: too short to search
    everyone = {h.identifier: h for h in [*search_roster(store, "Budi"),
                                          *search_roster(store, "Siti"),
                                          *search_roster(store, "Ahmad")]}  # fmt: skip
    assert everyone[NIPS[0]].signed and everyone[NIPS[0]].station_name == "Meja 1"
    assert not everyone[NIPS[1]].signed and everyone[NIPS[1]].signed_at == ""
    assert everyone[NIPS[2]].signed and everyone[NIPS[2]].station_name == "Meja 2"
    by_nip = search_roster(store, NIPS[1][:8])
    assert [h.name for h in by_nip] == ["Siti Nur'aini, S.E."]
