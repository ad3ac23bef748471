"""Proof a desk gets from its server (in process): the receipt-link base, a certificate for its
document key, signed anchors of its chain head; the public receipt page's verdicts and limits;
a rewritten history below an anchored head is caught by the desk and refused by the server."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import select

from desktop_app.documents.receipt_data import load_receipt
from desktop_app.services.signing import void_pledge
from desktop_app.services.verification import verify_anchored_store, verify_store
from desktop_app.settings import RECEIPT_LINK_BASE, SERVER_ANCHOR_KEY, get_setting
from desktop_app.storage.document_key import document_signer
from desktop_app.storage.models import SignedPledge
from desktop_app.storage.proof_models import ChainAnchor
from desktop_app.storage.records import record_fields
from desktop_app.storage.store import Store
from desktop_app.sync.cycle import sync_once
from desktop_app.sync.outbox import pending_batch
from pakta_common.integrity.receipt_link import code_of_link, link_for_seal
from pakta_common.integrity.record_hash import record_hash
from pakta_common.wire import PushRequest
from server import public_verify
from server.public_verify import RateLimit, mask_identifier
from tests.server.helpers import enrol_in_process, new_ceremony, sign


def _synced(store: Store, app: FastAPI, http: TestClient, signings: int) -> list[str]:
    client = enrol_in_process(store, app, http)
    ceremony = new_ceremony(store, 5)
    ids = [sign(store, ceremony, i).record_id for i in range(signings)]
    report = sync_once(store, client)
    assert report.accepted == signings and report.anchored_seq == signings
    return ids


def _page(http: TestClient, link: str) -> str:
    answer = http.get("/V/" + code_of_link(link))
    assert answer.status_code == 200
    assert "script" not in answer.text.lower()  # no JavaScript needed, none sent
    return answer.text


def test_sync_brings_link_base_certificate_and_anchor(
    station_a: Store, app: FastAPI, http: TestClient
) -> None:
    assert document_signer(station_a).self_issued  # before the server certified it
    _synced(station_a, app, http, 3)
    with station_a.read() as session:
        assert get_setting(session, RECEIPT_LINK_BASE) == "HTTP://TESTSERVER"
        assert len(get_setting(session, SERVER_ANCHOR_KEY)) == 64
        anchors = session.scalars(select(ChainAnchor)).all()
    assert [a.seq for a in anchors] == [3]
    signer = document_signer(station_a)
    assert not signer.self_issued and len(signer.chain) == 2
    assert "Meja A" in signer.chain[0].subject.rfc4514_string()
    report, count = verify_anchored_store(station_a)
    assert report.ok and count == 1, report.problems


def test_public_page_valid_altered_voided(station_a: Store, app: FastAPI, http: TestClient) -> None:
    first, second = _synced(station_a, app, http, 2)
    link = load_receipt(station_a, first).seal
    assert link.startswith("HTTP://TESTSERVER/V/")
    page = _page(http, link)
    assert 'data-status="valid"' in page
    assert "199001*********001" not in page  # NIPs in helpers end in their index
    nip = record_fields_of(station_a, first)["identifier"]
    assert mask_identifier(nip) in page and nip not in page
    assert "Ikrar Netralitas ASN" in page and "Meja A" in page and "Balai Kota" in page
    assert first not in page  # no record id on the page

    code = code_of_link(link)
    changed = code[:150] + ("A" if code[150] != "A" else "B") + code[151:]
    assert 'data-status="invalid"' in http.get("/v/" + changed).text
    assert 'data-status="invalid"' in http.get("/v/not-a-code").text

    void_pledge(station_a, second, "salah orang", operator="petugas")
    client = enrol_again(station_a)
    sync_once(station_a, client(app, http))
    voided = _page(http, load_receipt(station_a, second).seal)
    assert 'data-status="voided"' in voided


def record_fields_of(store: Store, record_id: str) -> dict[str, object]:
    with store.read() as session:
        row = session.get(SignedPledge, record_id)
        assert row is not None
        return record_fields(row)


def enrol_again(store: Store):  # type: ignore[no-untyped-def]
    from desktop_app.sync.client import SyncClient
    from desktop_app.sync.enrolment import server_link

    def make(app: FastAPI, http: TestClient) -> SyncClient:
        link = server_link(store)
        assert link is not None
        return SyncClient(http, link.token)

    return make


def test_public_page_of_a_desk_the_server_does_not_know(
    station_a: Store, station_b: Store, app: FastAPI, http: TestClient
) -> None:
    """Station B never enrolled: its seal (even in a link to this server) is not valid here."""
    ceremony = new_ceremony(station_b, 2)
    done = sign(station_b, ceremony, 0)
    seal = load_receipt(station_b, done.record_id).seal
    page = _page(http, link_for_seal("http://testserver", seal))
    assert 'data-status="unknown_desk"' in page


def test_rate_limit_per_address() -> None:
    limit = RateLimit(3, window=60.0)
    assert [limit.allow("1.2.3.4", now=t) for t in (0, 1, 2, 3)] == [True, True, True, False]
    assert limit.allow("5.6.7.8", now=3)  # another address is not held back
    assert limit.allow("1.2.3.4", now=61)  # the window moved on


def test_public_page_answers_429_past_the_limit(
    app: FastAPI, http: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(public_verify, "_LIMIT", RateLimit(2))
    assert [http.get("/v/X").status_code for _ in range(3)] == [200, 200, 429]


def test_mask_identifier() -> None:
    assert mask_identifier("198001012005012001") == "198001*********001"
    assert mask_identifier("ABC12") == "A****"


def _rewrite_history(store: Store, from_seq: int) -> None:
    """What a thief with the desk's key does: change a record below the head, re-hash and
    re-sign it and every record after it, so that the chain itself verifies again."""
    con = sqlite3.connect(store.paths.db)
    for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type='trigger'").fetchall():
        con.execute(f'DROP TRIGGER "{name}"')
    con.commit()
    con.close()
    with store.write() as session:
        rows = session.scalars(
            select(SignedPledge)
            .where(SignedPledge.station_id == store.station_id)
            .order_by(SignedPledge.station_seq)
        ).all()
        prev = rows[from_seq - 2].record_hash if from_seq > 1 else "0" * 64
        for row in rows[from_seq - 1 :]:
            if row.station_seq == from_seq:
                row.name = row.name + " (diganti)"
            row.prev_hash = prev
            fields = record_fields(row)
            row.record_hash = record_hash(fields)
            row.station_sig = store.key.sign(row.record_hash.encode("ascii")).hex()
            prev = row.record_hash


def test_rewritten_history_below_an_anchor_is_caught(
    station_a: Store, app: FastAPI, http: TestClient
) -> None:
    ids = _synced(station_a, app, http, 3)
    _rewrite_history(station_a, 2)
    assert verify_store(station_a).ok  # the chain alone cannot tell: same key, re-signed
    report, _ = verify_anchored_store(station_a)
    assert not report.ok
    assert any("rewritten" in p for p in report.problems), report.problems
    # and the server refuses the rewritten record (its sequence number is taken)
    with station_a.write() as session:
        con = session.connection().connection.driver_connection
        con.execute(
            "INSERT INTO outbox (record_id, enqueued_at, attempts, last_error) "  # type: ignore[union-attr]
            "VALUES (?, 'x', 0, '')",
            (ids[1],),
        )
    (pending,) = pending_batch(station_a, 0, 10)[:1]
    client = enrol_again(station_a)(app, http)
    answer = client.push(PushRequest(records=[pending.record]))
    assert answer.results[0].status == "rejected"


def test_an_anchor_from_another_key_does_not_count(
    station_a: Store, app: FastAPI, http: TestClient
) -> None:
    _synced(station_a, app, http, 2)
    with station_a.write() as session:
        anchor = session.scalars(select(ChainAnchor)).one()
        anchor.signature = bytes(64)
    report, _ = verify_anchored_store(station_a)
    assert not report.ok and "not signed by a known server key" in report.problems[0]


def test_certificate_request_for_another_station_is_refused(
    station_a: Store, app: FastAPI, http: TestClient, tmp_path: Path
) -> None:
    from desktop_app.storage.document_key import document_key
    from pakta_common.proof.pki import make_csr

    client = enrol_in_process(station_a, app, http)
    csr = make_csr(document_key(station_a), "Meja A", "11111111-1111-4111-8111-111111111111")
    answer = http.post(
        "/api/v1/station/certificate",
        json={"csr": csr.decode()},
        headers={"Authorization": f"Bearer {client.token}"},
    )
    assert answer.status_code == 422 and "another station" in answer.text
