"""Who may change a ceremony and its pledge: the rogue-desk attack of issue 11, reproduced.

Real desks (SQLite stores) and the in-process server; the forged publications are sent the way
a rogue desk would, as raw JSON with its own valid token."""

from __future__ import annotations

import hashlib
import uuid
from typing import Any

from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import select

from desktop_app.services.attendees import pledge_text, register_walk_in
from desktop_app.storage.models import Ceremony as DeskCeremony
from desktop_app.storage.models import Employee, PledgeTemplate
from desktop_app.storage.store import Store
from desktop_app.sync.catalog import apply_pull, publication_of, publications_due
from desktop_app.sync.client import SyncClient
from desktop_app.sync.cycle import sync_once
from pakta_common.integrity.record_hash import text_sha256
from pakta_common.wire import PullResponse, WireTemplate
from server.models import Ceremony, RosterEntry, Template
from server.organiser import create_ceremony, new_pledge_version
from server.stations import AdminError
from tests.server.helpers import enrol_in_process, new_ceremony, nip, sign

FORGED_TEXT = "Saya TIDAK berjanji menjaga netralitas."


def _publication(store: Store, cid: str) -> dict[str, Any]:
    return publication_of(store, cid).model_dump()


def _post(http: TestClient, client: SyncClient, body: dict[str, Any]) -> Any:
    return http.post(
        "/api/v1/ceremonies", json=body, headers={"Authorization": f"Bearer {client.token}"}
    )


def _server_ceremony(app: FastAPI, cid: str) -> tuple[Ceremony, Template, dict[str, str]]:
    with app.state.db.transaction() as s:
        row = s.get(Ceremony, cid)
        assert row is not None
        template = s.get(Template, row.template_id)
        assert template is not None
        names = {
            r.identifier: r.name
            for r in s.scalars(select(RosterEntry).where(RosterEntry.ceremony_id == cid))
        }
        return row, template, names


def _desk_view(store: Store, cid: str) -> tuple[str, str, str, str, dict[str, str]]:
    with store.read() as s:
        row = s.get(DeskCeremony, cid)
        assert row is not None
        template = s.get(PledgeTemplate, row.template_id)
        assert template is not None
        names = {
            e.identifier: e.name
            for e in s.scalars(select(Employee).where(Employee.ceremony_id == cid))
        }
        return row.title, row.date, row.venue, template.text, names


def test_rogue_desk_cannot_rewrite_another_desks_ceremony(
    app: FastAPI, http: TestClient, station_a: Store, station_b: Store
) -> None:
    cid = new_ceremony(station_a, 4)
    ca = enrol_in_process(station_a, app, http)
    cb = enrol_in_process(station_b, app, http)
    assert sync_once(station_a, ca).published == 1
    sync_once(station_b, cb)  # B now holds A's ceremony, as any desk would
    before_server = _server_ceremony(app, cid)
    before_desk = _desk_view(station_a, cid)
    genuine = _publication(station_a, cid)

    details = {**genuine, "ceremony": {**genuine["ceremony"], "title": "Rapat Biasa"}}
    details["ceremony"].update(date="2030-01-01", venue="Tempat Lain")
    answer = _post(http, cb, details)
    assert answer.status_code == 403
    assert "belongs to desk 'Meja A'" in answer.json()["detail"]
    assert "title, date, venue" in answer.json()["detail"]

    renamed = {
        **genuine,
        "roster": [{**e, "name": "Orang Palsu"} for e in genuine["roster"]],
    }
    answer = _post(http, cb, renamed)
    assert answer.status_code == 403 and "4 changed" in answer.json()["detail"]

    # A forged pledge under a new id that claims the genuine text's sha256.
    forged_id = str(uuid.uuid4())
    forged_template = {
        **genuine["template"],
        "id": forged_id,
        "text": FORGED_TEXT,
        "sha256": genuine["template"]["sha256"],
    }
    forged = {
        "ceremony": {**genuine["ceremony"], "template_id": forged_id},
        "template": forged_template,
        "roster": genuine["roster"],
    }
    answer = _post(http, cb, forged)
    assert answer.status_code == 422 and "does not match its sha256" in answer.json()["detail"]

    # The same forged text, honestly hashed: still not B's ceremony to change.
    forged["template"] = {**forged_template, "sha256": text_sha256(FORGED_TEXT)}
    answer = _post(http, cb, forged)
    assert answer.status_code == 403 and "template_id" in answer.json()["detail"]

    # Another text under the genuine template's own id: a template never changes its text.
    same_id = {
        **genuine,
        "template": {
            **genuine["template"],
            "text": FORGED_TEXT,
            "sha256": text_sha256(FORGED_TEXT),
        },
    }
    answer = _post(http, cb, same_id)
    assert answer.status_code == 409

    all_at_once = {**details, "roster": renamed["roster"], "template": forged["template"]}
    all_at_once["ceremony"] = {**details["ceremony"], "template_id": forged_id}
    assert _post(http, cb, all_at_once).status_code in (403, 409, 422)

    after_server = _server_ceremony(app, cid)
    assert (after_server[0].title, after_server[0].date, after_server[0].venue) == (
        before_server[0].title,
        before_server[0].date,
        before_server[0].venue,
    )
    assert after_server[1].sha256 == before_server[1].sha256
    assert after_server[2] == before_server[2]
    with app.state.db.transaction() as s:
        assert s.get(Template, forged_id) is None
    sync_once(station_a, ca)  # the first desk's next sync changes nothing of its ceremony
    assert _desk_view(station_a, cid) == before_desk
    assert FORGED_TEXT not in pledge_text(station_a, cid).text


def test_refused_publication_does_not_stop_the_rogue_desks_own_sync(
    app: FastAPI, http: TestClient, station_a: Store, station_b: Store
) -> None:
    """A desk that edits a ceremony it does not own locally: the server says no with a reason
    the desk reports, its records still go up, and it does not resend until something
    changes."""
    cid = new_ceremony(station_a, 3)
    ca = enrol_in_process(station_a, app, http)
    cb = enrol_in_process(station_b, app, http)
    sync_once(station_a, ca)
    sync_once(station_b, cb)
    with station_b.write() as s:
        row = s.get(DeskCeremony, cid)
        assert row is not None
        row.title = "Judul Baru dari Meja B"
    sign(station_b, cid, 1)
    report = sync_once(station_b, cb)
    assert report.accepted == 1
    (refusal,) = report.refused_updates
    assert refusal["ceremony"] == cid and refusal["by"] == "server"
    assert "belongs to desk 'Meja A'" in refusal["reason"]
    assert sync_once(station_b, cb).refused_updates == []  # not resent while nothing changed
    assert _server_ceremony(app, cid)[0].title == "Ikrar Netralitas ASN"


def test_owner_changes_its_ceremony_and_other_desks_add_walk_ins(
    app: FastAPI, http: TestClient, station_a: Store, station_b: Store
) -> None:
    cid = new_ceremony(station_a, 3)
    ca = enrol_in_process(station_a, app, http)
    cb = enrol_in_process(station_b, app, http)
    sync_once(station_a, ca)
    sync_once(station_b, cb)
    with station_a.write() as s:
        row = s.get(DeskCeremony, cid)
        assert row is not None
        row.venue = "Gedung Baru"
    assert sync_once(station_a, ca).published == 1
    assert sync_once(station_b, cb).refused_updates == []
    assert _desk_view(station_b, cid)[2] == "Gedung Baru"
    register_walk_in(
        station_b, name="Tamu Undangan", identifier=nip(77), unit="Bappeda", ceremony_ref=cid
    )
    report = sync_once(station_b, cb)
    assert report.published == 1 and report.refused_updates == []
    assert _server_ceremony(app, cid)[2][nip(77)] == "Tamu Undangan"
    sync_once(station_a, ca)
    assert _desk_view(station_a, cid)[4][nip(77)] == "Tamu Undangan"


def test_pledge_changes_only_by_a_new_version_before_the_first_signing(
    app: FastAPI, http: TestClient, station_a: Store
) -> None:
    cid = new_ceremony(station_a, 3)
    ca = enrol_in_process(station_a, app, http)
    sync_once(station_a, ca)
    genuine = _publication(station_a, cid)
    new_text = "Versi kedua ikrar."
    version_two = {
        **genuine,
        "ceremony": {**genuine["ceremony"], "template_id": str(uuid.uuid4())},
    }
    version_two["template"] = {
        **genuine["template"],
        "id": version_two["ceremony"]["template_id"],
        "version": 2,
        "text": new_text,
        "sha256": text_sha256(new_text),
    }
    assert _post(http, ca, version_two).status_code == 200  # the owner, before any signing
    sign_under = {**genuine}  # back to the first text, then sign: the pledge is now fixed
    assert _post(http, ca, sign_under).status_code == 200
    sign(station_a, cid, 0)
    assert sync_once(station_a, ca).accepted == 1
    refused = _post(http, ca, version_two)
    assert refused.status_code == 409 and "make a new ceremony" in refused.json()["detail"]
    assert _server_ceremony(app, cid)[1].sha256 == genuine["template"]["sha256"]


def test_organiser_ceremony_is_pulled_and_only_an_admin_changes_its_pledge(
    app: FastAPI, http: TestClient, station_a: Store
) -> None:
    text = "Ikrar dari penyelenggara.\nSaya berjanji netral."
    with app.state.db.transaction() as s:
        made = create_ceremony(
            s,
            title="Apel Netralitas",
            date="2026-12-01",
            venue="Alun-alun",
            pledge_text=text,
            actor="admin",
        )
        cid = made.id
    ca = enrol_in_process(station_a, app, http)
    sync_once(station_a, ca)
    assert _desk_view(station_a, cid)[:4] == ("Apel Netralitas", "2026-12-01", "Alun-alun", text)
    request = _publication(station_a, cid)
    moved = {**request, "ceremony": {**request["ceremony"], "venue": "Lain"}}
    answer = _post(http, ca, moved)
    assert answer.status_code == 403 and "the organiser" in answer.json()["detail"]
    with app.state.db.transaction() as s:
        v2 = new_pledge_version(s, cid, "Ikrar versi dua.", actor="admin")
    sync_once(station_a, ca)
    assert _desk_view(station_a, cid)[3] == "Ikrar versi dua."
    assert v2.version == 2
    # The organiser's roster is empty: the first signing is a walk-in's.
    register_walk_in(station_a, name="Tamu", identifier=nip(5), ceremony_ref=cid)
    sign(station_a, cid, 5)
    sync_once(station_a, ca)
    with app.state.db.transaction() as s:
        try:
            new_pledge_version(s, cid, "Ikrar versi tiga.", actor="admin")
        except AdminError as exc:
            assert "cannot change now" in str(exc)
        else:
            raise AssertionError("a pledge changed after signings")


def test_desk_refuses_a_pulled_pledge_whose_hash_does_not_match(station_a: Store) -> None:
    """A compromised or buggy server: the desk keeps its pledge, applies the rest, says why."""
    cid = new_ceremony(station_a, 2)
    (publication,) = publications_due(station_a)
    genuine = publication.request
    bad = WireTemplate(
        **{
            **genuine.template.model_dump(),
            "id": str(uuid.uuid4()),
            "text": FORGED_TEXT,
        }
    )
    moved = genuine.ceremony.model_copy(update={"template_id": bad.id, "title": "Palsu"})
    other = genuine.roster[0].model_copy(update={"ceremony_id": str(uuid.uuid4())})
    new_entry = genuine.roster[1].model_copy(update={"identifier": nip(40), "name": "Baru"})
    result = apply_pull(
        station_a,
        PullResponse(
            cursor="c9",
            more=False,
            templates=[bad],
            ceremonies=[moved],
            employees=[new_entry, other],
            signings=[],
        ),
    )
    (refusal,) = result.refused
    assert refusal.ceremony_id == cid and "does not match its sha256" in refusal.reason
    title, _, _, text, names = _desk_view(station_a, cid)
    assert title == "Ikrar Netralitas ASN" and FORGED_TEXT not in text
    assert nip(40) not in names  # that ceremony's update refused whole
    with station_a.read() as s:
        assert s.get(PledgeTemplate, bad.id) is None


def test_desk_keeps_the_pledge_of_a_ceremony_it_has_signed_under(station_a: Store) -> None:
    cid = new_ceremony(station_a, 2)
    sign(station_a, cid, 0)
    (publication,) = publications_due(station_a)
    text = "Teks baru yang sah."
    new = WireTemplate(
        **{
            **publication.request.template.model_dump(),
            "id": str(uuid.uuid4()),
            "version": 7,
            "text": text,
            "sha256": hashlib.sha256(text.encode()).hexdigest(),
        }
    )
    result = apply_pull(
        station_a,
        PullResponse(
            cursor="c3",
            more=False,
            templates=[new],
            ceremonies=[publication.request.ceremony.model_copy(update={"template_id": new.id})],
            employees=[],
            signings=[],
        ),
    )
    (refusal,) = result.refused
    assert "already has signings" in refusal.reason
    assert pledge_text(station_a, cid).text == publication.request.template.text


def test_a_ceremony_made_on_the_server_refuses_bad_input(app: FastAPI) -> None:
    with app.state.db.transaction() as s:
        for kwargs in (
            {"title": " ", "date": "2026-01-01", "venue": "V"},
            {"title": "T", "date": "01-01-2026", "venue": "V"},
            {"title": "T", "date": "2026-01-01", "venue": "x" * 301},
        ):
            try:
                create_ceremony(s, **kwargs, pledge_text="Ikrar.", actor="admin")  # type: ignore[arg-type]
            except AdminError:
                continue
            raise AssertionError(f"accepted {kwargs}")
        try:
            create_ceremony(s, title="T", date="2026-01-01", venue="V", actor="admin")
        except AdminError as exc:
            assert "pledge" in str(exc)
        else:
            raise AssertionError("a ceremony without a pledge")
    with app.state.db.transaction() as s:
        assert s.scalars(select(Ceremony)).first() is None


def test_the_sync_worker_shows_a_refused_update(
    app: FastAPI, http: TestClient, station_a: Store, station_b: Store
) -> None:
    """What the desk shows after a cycle in which the server refused its edit of another desk's
    ceremony: synced (its records went up), with the reason in last_error."""
    from desktop_app.sync.worker import SyncWorker
    from tests.sync.test_worker import own_client

    cid = new_ceremony(station_a, 2)
    ca = enrol_in_process(station_a, app, http)
    cb = enrol_in_process(station_b, app, http)
    sync_once(station_a, ca)
    sync_once(station_b, cb)
    with station_b.write() as s:
        row = s.get(DeskCeremony, cid)
        assert row is not None
        row.venue = "Tempat Palsu"
    worker = SyncWorker(station_b, client_factory=lambda link: own_client(http, link.token))
    worker.run_one_cycle()
    status = worker.status
    assert status.state == "synced"
    assert "update refused by the server" in status.last_error
    assert "belongs to desk 'Meja A'" in status.last_error
