"""A closing through the server: the closing records are accepted and verified like any record,
never counted as attendees; the other desk learns the ceremony is closed; the public page
checks a berita acara's seal; an unknown kind stays refused."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from desktop_app.demo.factory import closing_request
from desktop_app.documents.closing_data import load_closing_minutes
from desktop_app.domain.errors import CeremonyClosed
from desktop_app.services.closing import close_ceremony
from desktop_app.services.lookup import LookupStatus, lookup_badge
from desktop_app.services.signing import void_pledge
from desktop_app.storage.models import SignedPledge
from desktop_app.storage.store import Store
from desktop_app.sync.client import API_PREFIX
from desktop_app.sync.cycle import sync_once
from desktop_app.sync.outbox import to_wire
from pakta_common.integrity.receipt_link import code_of_link
from server.models import Record
from server.stats import ceremony_summaries
from tests.server.helpers import enrol_in_process, new_ceremony, nip, sign, sqlite_url


def test_closing_records_are_accepted_not_counted_and_close_the_other_desk(
    station_a: Store, station_b: Store, app: FastAPI, http: TestClient
) -> None:
    a = enrol_in_process(station_a, app, http)
    b = enrol_in_process(station_b, app, http)
    ceremony = new_ceremony(station_a, 5)
    for i in range(3):
        sign(station_a, ceremony, i)
    assert sync_once(station_a, a).accepted == 3
    sync_once(station_b, b)  # B has the ceremony now
    close_ceremony(station_a, closing_request(station_a, ceremony))
    report = sync_once(station_a, a)
    assert (report.accepted, report.pending) == (2, 0)
    with app.state.db.transaction() as s:
        kinds = sorted(s.scalars(select(Record.kind)))
        (summary,) = ceremony_summaries(s)
    assert kinds == ["closing", "closing", "pledge", "pledge", "pledge"]
    assert summary.signed == 3 and summary.duplicates == 0  # the PPK and witness are not attendees

    sync_once(station_b, b)
    assert lookup_badge(station_b, nip(4), ceremony).status is LookupStatus.CLOSED
    with pytest.raises(CeremonyClosed):
        sign(station_b, ceremony, 4)

    # the berita acara's QR (a link once the desk synced) opens the public page: valid
    minutes = load_closing_minutes(station_a, ceremony)
    for block in (minutes.ppk, minutes.witness):
        page = http.get("/V/" + code_of_link(block.qr_text)).text
        assert 'data-status="valid"' in page and "berita acara penutupan" in page
        assert block.field("name") in page


def test_a_desk_that_does_not_own_the_ceremony_closes_no_one_else(
    station_a: Store, station_b: Store, app: FastAPI, http: TestClient
) -> None:
    """A rogue (or mistaken) desk closes a ceremony another desk owns: its records are kept,
    its own desk is closed, the owner's desk goes on signing."""
    a = enrol_in_process(station_a, app, http)
    b = enrol_in_process(station_b, app, http)
    ceremony = new_ceremony(station_a, 5)
    sign(station_a, ceremony, 0)
    sync_once(station_a, a)
    sync_once(station_b, b)  # B has A's ceremony
    close_ceremony(station_b, closing_request(station_b, ceremony))
    assert sync_once(station_b, b).accepted == 2  # stored: B's chain stays whole
    with app.state.db.transaction() as s:
        assert sorted(s.scalars(select(Record.kind))) == ["closing", "closing", "pledge"]
    sync_once(station_a, a)
    assert lookup_badge(station_a, nip(1), ceremony).status is LookupStatus.FOUND
    sign(station_a, ceremony, 1)  # the owner's desk is still open
    sync_once(station_a, a)
    with app.state.db.transaction() as s:
        (summary,) = ceremony_summaries(s)
    assert (summary.closed_at, summary.after_closing) == ("", 0)  # B's closing closes nothing
    assert lookup_badge(station_b, nip(2), ceremony).status is LookupStatus.CLOSED
    # the owner's own closing does close the other desk
    close_ceremony(station_a, closing_request(station_a, ceremony))
    sync_once(station_a, a)
    with app.state.db.transaction() as s:
        (summary,) = ceremony_summaries(s)
    assert summary.closed_at and summary.after_closing == 0  # A's signing came before it
    with station_a.read() as session:
        assert session.scalar(select(func.count()).where(SignedPledge.kind == "closing")) == 2


def test_an_unknown_kind_and_a_closing_without_consent_are_refused(
    station_a: Store, app: FastAPI, http: TestClient
) -> None:
    client = enrol_in_process(station_a, app, http)
    ceremony = new_ceremony(station_a, 3)
    sync_once(station_a, client)
    close_ceremony(station_a, closing_request(station_a, ceremony))
    with station_a.read() as session:
        row = session.scalars(select(SignedPledge).order_by(SignedPledge.station_seq)).first()
        assert row is not None
        wire = to_wire(station_a, row)
    headers = {"Authorization": f"Bearer {client.token}", "Content-Type": "application/json"}

    def push(**change: object) -> object:
        body = {"records": [wire.model_dump(mode="json") | change]}
        return http.post(API_PREFIX + "/push", json=body, headers=headers)

    assert push(kind="banana").status_code == 422
    refused = push(consent_method="")
    assert refused.status_code == 200
    (result,) = refused.json()["results"]
    assert result["status"] == "rejected" and "consent" in result["reason"]
    with app.state.db.transaction() as s:
        assert s.scalar(select(func.count()).select_from(Record)) == 0
    assert sync_once(station_a, client).accepted == 2  # the real ones go in


def test_an_organisers_ceremony_is_closed_everywhere_only_by_a_desk_the_admin_approved(
    station_a: Store, station_b: Store, app: FastAPI, http: TestClient
) -> None:
    """A ceremony made on the server has no owning desk: a closing from any enrolled desk (a
    desk of another venue, a rogue laptop with its own PIN) is stored but closes no one else;
    a desk the admin approved for the ceremony closes it at every desk."""
    from sqlalchemy import update

    from server.models import Ceremony
    from server.venue.trust import approve_hub

    a = enrol_in_process(station_a, app, http)
    b = enrol_in_process(station_b, app, http)
    first, second = new_ceremony(station_a, 5), new_ceremony(station_a, 5)
    sign(station_a, first, 0)
    sync_once(station_a, a)
    with app.state.db.transaction() as s:  # as if made on the server (organiser, campaign)
        s.execute(update(Ceremony).where(Ceremony.id.in_([first, second])).values(owner_station=""))
        approve_hub(s, station_b.station_name, second, actor="admin")
    sync_once(station_b, b)
    close_ceremony(station_b, closing_request(station_b, first))  # not approved for this one
    close_ceremony(station_b, closing_request(station_b, second))
    assert sync_once(station_b, b).accepted == 4
    sync_once(station_a, a)
    assert lookup_badge(station_a, nip(1), first).status is LookupStatus.FOUND
    assert lookup_badge(station_a, nip(1), second).status is LookupStatus.CLOSED


def test_signings_made_after_the_closing_are_shown_apart_whatever_reaches_the_server_first(
    station_a: Store, station_b: Store, app: FastAPI, http: TestClient, tmp_path: Path
) -> None:
    """B is offline while A (the owner) closes: B's signing before the closing is in the
    berita acara's time, the one after is not. Both are kept and counted; the late one is shown
    apart, on the report and the ceremony page, though it reached the server before the
    closing did. A voided late signing is not a signing."""
    from server.commands import report
    from server.stations import add_user
    from server.stats import ceremony_summary
    from tests.server.helpers import admin_sign_in

    a = enrol_in_process(station_a, app, http)
    b = enrol_in_process(station_b, app, http)
    ceremony = new_ceremony(station_a, 6)
    sign(station_a, ceremony, 0)
    sync_once(station_a, a)
    sync_once(station_b, b)  # B has the ceremony, then goes offline
    sign(station_b, ceremony, 1)  # before the closing
    close_ceremony(station_a, closing_request(station_a, ceremony))
    late = sign(station_b, ceremony, 2)  # B does not know yet
    voided = sign(station_b, ceremony, 3)
    void_pledge(station_b, voided.record_id, "salah orang")
    assert sync_once(station_b, b).accepted == 4  # B's records reach the server first

    def summary() -> tuple[str, int, int]:
        with app.state.db.transaction() as s:
            c = ceremony_summary(s, ceremony)
            assert c is not None
            return c.closed_at, c.after_closing, c.signed

    assert summary() == ("", 0, 3)  # no closing known yet: nothing is late
    assert sync_once(station_a, a).accepted == 2  # then the closing
    closed_at, after, signed = summary()
    assert closed_at and (after, signed) == (1, 3)  # counted, and shown apart

    outcome = report(sqlite_url(tmp_path))  # `pakta server report` on the same database
    (row,) = outcome.payload["ceremonies"]
    assert row["after_closing"] == 1 and row["closed_at"] == closed_at
    assert "closed, 1 signed after the closing" in outcome.human

    with app.state.db.transaction() as s:
        add_user(s, "admin", "admin", "sandi-admin-1", actor="test")
    admin_sign_in(http, "admin", "sandi-admin-1")
    page = http.get(f"/admin/ceremonies/{ceremony}").text
    assert "1 tanda tangan dibuat setelah penutupan" in page
    table = page.split('id="after-closing"', 1)[1].split("</table>", 1)[0]
    assert late.record_id in table and nip(2) in table
    assert nip(1) not in table and nip(3) not in table  # before the closing; voided
