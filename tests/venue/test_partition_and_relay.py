"""The hub lost and back, a duplicate made during a partition, and the relay to central."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from desktop_app.services.lookup import LookupStatus, lookup_badge
from desktop_app.sync.client import SyncClient
from desktop_app.sync.cycle import sync_once
from desktop_app.sync.enrolment import enroll, server_link
from desktop_app.venue.duplicates import venue_duplicates
from desktop_app.venue.host import refresh_central_link, stop_hub
from server.models import Record, Station
from tests.server.helpers import make_app, nip, running_server, sign, station_code
from tests.venue.conftest import Venue, wait_for


def test_desks_go_on_while_the_hub_is_away_and_a_double_signing_is_flagged_on_both_sides(
    venue: Venue,
) -> None:
    desk_b, wa, wb = venue.two_desks_online()
    stop_hub(venue.host)  # the hub's laptop is unplugged
    wait_for(lambda: wb.status.state == "offline", what="the desk to notice")
    # Both desks go on; the same person signs at both (neither can know of the other).
    sign(venue.host, venue.ceremony_id, 5)
    sign(desk_b, venue.ceremony_id, 5)
    sign(desk_b, venue.ceremony_id, 6)
    wa.nudge()
    wb.nudge()
    venue.restart_hub()
    wait_for(lambda: wa.status.waiting == 0 and wb.status.waiting == 0, 60, "records at the hub")
    wait_for(
        lambda: len(venue_duplicates(venue.host)) == 1 and len(venue_duplicates(desk_b)) == 1,
        60,
        "the duplicate to be flagged on both desks",
    )
    [on_a] = venue_duplicates(venue.host)
    [on_b] = venue_duplicates(desk_b)
    assert on_a.identifier == on_b.identifier == nip(5)
    assert on_a.record_id == on_b.other_record_id and on_b.record_id == on_a.other_record_id
    assert on_a.other_desk == "Meja B" and on_b.other_desk == "Meja A"
    # Nothing merged away: each desk keeps its own record, and the hub counts the pair.
    wait_for(lambda: (b := wa.status.board) is not None and b.duplicates == 1, 30)
    board = wa.status.board
    assert board is not None and board.signed_total == 2  # two persons, three records
    assert lookup_badge(venue.host, nip(6), venue.ceremony_id).status is (
        LookupStatus.ALREADY_SIGNED
    )


def test_the_hub_relays_every_desk_to_central_as_itself_exactly_once(
    venue: Venue, tmp_path: Path
) -> None:
    db_url = f"sqlite:///{tmp_path / 'central.db'}"
    make_app(db_url).state.db.dispose()  # the schema, migrated
    desk_b = venue.member("Meja B")  # never enrolled at central: only the hub knows its key
    with running_server(db_url, tmp_path / "central.log", workers=1) as central:
        app = make_app(db_url)
        enroll(venue.host, central.url, station_code(app.state.db, "Meja A"))
        link = server_link(venue.host)
        assert link is not None
        with SyncClient.connect(link.url, link.token) as client:
            assert sync_once(venue.host, client).published == 1  # the host owns the ceremony
        assert refresh_central_link(venue.host)  # the hub relays as the host desk's agent
        signed_a = sign(venue.host, venue.ceremony_id, 1)
        signed_b = [sign(desk_b, venue.ceremony_id, i).record_id for i in (2, 3)]
        wa, wb = venue.worker(venue.host), venue.worker(desk_b)
        wa.nudge()
        wb.nudge()

        def central_records() -> dict[str, str]:
            with app.state.db.transaction() as session:
                rows = session.execute(select(Record.id, Record.station_id)).all()
                return {r.id: r.station_id for r in rows}

        wait_for(lambda: len(central_records()) == 3, 60, "the relay to reach central")
        held = central_records()
        assert held[signed_a.record_id] == venue.host.station_id
        assert {held[r] for r in signed_b} == {desk_b.station_id}  # the desk itself, not the hub
        with app.state.db.transaction() as session:
            names = {s.station_uuid: s.name for s in session.scalars(select(Station))}
        assert names[desk_b.station_id] == "Meja B"  # introduced by the hub, signed by the desk
        # Desk A also pushes directly: the same records by both paths are stored once.
        with SyncClient.connect(link.url, link.token) as client:
            report = sync_once(venue.host, client)
        assert report.accepted + report.already_stored == 1
        assert len(central_records()) == 3
        app.state.db.dispose()
