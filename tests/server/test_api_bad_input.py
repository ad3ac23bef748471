"""API v1 against bad input and hostile stations: clear 4xx or a per-record refusal, never a
wrong row stored."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from desktop_app.storage.store import Store
from desktop_app.sync.client import SyncClient
from desktop_app.sync.cycle import sync_once
from desktop_app.sync.outbox import pending_batch
from pakta_common.integrity.record_hash import record_hash
from pakta_common.wire import MAX_BATCH
from server.models import Record
from server.stations import revoke_station
from tests.server.helpers import enrol_in_process, make_app, new_ceremony, sign, sqlite_url


def _records(store: Store) -> list[dict[str, Any]]:
    return [p.record.model_dump() for p in pending_batch(store, 0, 1000)]


def _push(http: TestClient, client: SyncClient, records: list[dict[str, Any]]) -> Any:
    return http.post(
        "/api/v1/push",
        json={"records": records},
        headers={"Authorization": f"Bearer {client.token}"},
    )


def _stored(app: FastAPI) -> int:
    with app.state.db.transaction() as s:
        return int(s.scalar(select(func.count()).select_from(Record)) or 0)


def test_health_and_openapi_are_published(http: TestClient) -> None:
    assert http.get("/api/v1/health").json()["status"] == "ok"
    spec = http.get("/api/v1/openapi.json").json()
    assert {"/api/v1/push", "/api/v1/pull", "/api/v1/enroll", "/api/v1/health"} <= set(
        spec["paths"]
    )
    assert "WireRecord" in spec["components"]["schemas"]


def test_missing_unknown_and_revoked_tokens(
    app: FastAPI, http: TestClient, station_a: Store
) -> None:
    cid = new_ceremony(station_a, 3)
    client = enrol_in_process(station_a, app, http)
    sign(station_a, cid, 0)
    records = _records(station_a)
    assert http.post("/api/v1/push", json={"records": records}).status_code == 401
    bad = http.post(
        "/api/v1/push", json={"records": records}, headers={"Authorization": "Bearer not-a-token"}
    )
    assert bad.status_code == 401
    with app.state.db.transaction() as s:
        revoke_station(s, station_a.station_name, actor="test")
    revoked = _push(http, client, records)
    assert revoked.status_code == 403 and "revoked" in revoked.json()["detail"]
    assert (
        http.get("/api/v1/pull", headers={"Authorization": f"Bearer {client.token}"}).status_code
        == 403
    )
    assert _stored(app) == 0


def test_enrolment_code_is_one_time(
    app: FastAPI, http: TestClient, station_a: Store, station_b: Store
) -> None:
    enrol_in_process(station_a, app, http)
    wrong = http.post(
        "/api/v1/enroll",
        json={
            "code": "AAAA-BBBB-CCCC",
            "station_id": station_b.station_id,
            "name": "x",
            "public_key": station_b.key.public_bytes.hex(),
        },
    )
    assert wrong.status_code == 403
    bad_type = http.post("/api/v1/enroll", json={"code": 1234, "station_id": "x"})
    assert bad_type.status_code == 422


def test_malformed_json_wrong_types_and_oversized(
    app: FastAPI, http: TestClient, station_a: Store
) -> None:
    cid = new_ceremony(station_a, 3)
    client = enrol_in_process(station_a, app, http)
    sign(station_a, cid, 0)
    auth = {"Authorization": f"Bearer {client.token}", "Content-Type": "application/json"}
    assert http.post("/api/v1/push", content=b'{"records": [', headers=auth).status_code == 422
    (record,) = _records(station_a)
    for field, value in (("station_seq", "1"), ("flagged", "no"), ("id", 5), ("kind", "hack")):
        broken = {**record, field: value}
        assert _push(http, client, [broken]).status_code == 422, field
    assert _push(http, client, [{**record, "extra": 1}]).status_code == 422
    too_many = _push(http, client, [record] * (MAX_BATCH + 1))
    assert too_many.status_code == 422
    assert _stored(app) == 0


def test_body_over_the_limit_is_refused_before_parsing(tmp_path: Any, station_a: Store) -> None:
    small = make_app(sqlite_url(tmp_path), max_body_bytes=10_000)
    with TestClient(small) as http:
        client = enrol_in_process(station_a, small, http)
        body = b'{"records": [' + b" " * 20_000 + b"]}"
        answer = http.post(
            "/api/v1/push",
            content=body,
            headers={"Authorization": f"Bearer {client.token}", "Content-Type": "application/json"},
        )
        assert answer.status_code == 413


def test_replayed_batch_is_answered_already_stored(
    app: FastAPI, http: TestClient, station_a: Store
) -> None:
    cid = new_ceremony(station_a, 5)
    client = enrol_in_process(station_a, app, http)
    for i in range(3):
        sign(station_a, cid, i)
    records = _records(station_a)
    first = _push(http, client, records).json()
    assert [r["status"] for r in first["results"]] == ["accepted"] * 3
    again = _push(http, client, records + records[:1]).json()
    assert [r["status"] for r in again["results"]] == ["already_stored"] * 3
    assert _stored(app) == 3


def test_forged_and_foreign_records_are_rejected(
    app: FastAPI, http: TestClient, station_a: Store, station_b: Store
) -> None:
    cid = new_ceremony(station_a, 5)
    ca = enrol_in_process(station_a, app, http)
    cb = enrol_in_process(station_b, app, http)
    sign(station_a, cid, 0)
    sign(station_a, cid, 1)
    first, second = _records(station_a)

    # Station B pushes station A's records: refused, whoever signed them.
    foreign = _push(http, cb, [first]).json()["results"][0]
    assert foreign["status"] == "rejected" and "another station" in foreign["reason"]

    # Altered content under the original hash.
    altered = {**first, "name": "Orang Lain"}
    result = _push(http, ca, [altered]).json()["results"][0]
    assert result["status"] == "rejected" and "hash" in result["reason"]

    # Re-hashed and signed with a key that is not the enrolled one.
    forged = {**first, "name": "Orang Lain"}
    forged["record_hash"] = record_hash(forged)
    forged["station_sig"] = Ed25519PrivateKey.generate().sign(forged["record_hash"].encode()).hex()
    result = _push(http, ca, [forged]).json()["results"][0]
    assert result["status"] == "rejected" and "signature" in result["reason"]

    # A signature blob that is not the one hashed into the record.
    swapped = {**first, "signature_b64": base64.b64encode(b"other pen data").decode()}
    result = _push(http, ca, [swapped]).json()["results"][0]
    assert result["status"] == "rejected" and "signature_sha256" in result["reason"]

    # The second record before the first: a chain gap, kept for later, not stored.
    result = _push(http, ca, [second]).json()["results"][0]
    assert result["status"] == "rejected" and "not received yet" in result["reason"]
    assert _stored(app) == 0

    ok = _push(http, ca, [first, second]).json()
    assert ok["accepted"] == 2
    # B tries to reuse A's record id for a record of its own: refused.
    sync_once(station_a, ca)  # publishes the ceremony so that B can pull it
    sign(station_b, _pull_ceremony(station_b, cb), 3)
    (b_record,) = _records(station_b)
    stolen_id = {**b_record, "id": first["id"]}
    result = _push(http, cb, [stolen_id]).json()["results"][0]
    assert result["status"] == "rejected"
    assert _stored(app) == 2


def _pull_ceremony(store: Store, client: SyncClient) -> str:
    sync_once(store, client)
    from desktop_app.storage.models import Ceremony

    with store.read() as s:
        return str(s.scalars(select(Ceremony.id)).one())


def test_station_clock_days_off_keeps_original_times(
    app: FastAPI, http: TestClient, station_a: Store, station_b: Store, monkeypatch: Any
) -> None:
    """A desk whose clock runs three days ahead: its records arrive with their own times,
    flagged for skew, and pull still works because the cursor is the server's, not a time."""
    import desktop_app.services.signing as signing

    cid = new_ceremony(station_a, 5)
    ca = enrol_in_process(station_a, app, http)
    cb = enrol_in_process(station_b, app, http)
    future = dt.datetime.now(dt.UTC) + dt.timedelta(days=3)
    monkeypatch.setattr(
        signing,
        "utc_now_iso",
        lambda: future.isoformat(timespec="milliseconds").replace("+00:00", "Z"),
    )
    sign(station_a, cid, 0)
    monkeypatch.undo()
    report = sync_once(station_a, ca)
    assert report.accepted == 1
    with app.state.db.transaction() as s:
        row = s.scalars(select(Record)).one()
        assert row.signed_at.startswith(future.date().isoformat())
        assert row.clock_skew_s > 2 * 86400
    pulled = sync_once(station_b, cb)
    assert pulled.pulled >= 1 + 5


def test_bad_cursor_is_a_clear_400(app: FastAPI, http: TestClient, station_a: Store) -> None:
    client = enrol_in_process(station_a, app, http)
    auth = {"Authorization": f"Bearer {client.token}"}
    assert (
        http.get("/api/v1/pull", params={"cursor": "2026-11-23T00:00"}, headers=auth).status_code
        == 400
    )
    assert http.get("/api/v1/pull", params={"limit": 0}, headers=auth).status_code == 422


def test_record_hash_of_blob_matches_wire_sha(station_a: Store) -> None:
    cid = new_ceremony(station_a, 2)
    sign(station_a, cid, 0)
    (rec,) = _records(station_a)
    blob = base64.b64decode(rec["signature_b64"])
    assert hashlib.sha256(blob).hexdigest() == rec["signature_sha256"]


def _resigned(store: Store, record: dict[str, Any], **changes: object) -> dict[str, Any]:
    """The record changed and hashed and signed again with the station's own key (a rogue
    station that holds its key, not a tamperer on the wire)."""
    forged = {**record, **changes}
    forged["record_hash"] = record_hash(forged)
    forged["station_sig"] = store.key.sign(forged["record_hash"].encode()).hex()
    return forged


def test_record_formats_at_ingest(app: FastAPI, http: TestClient, station_a: Store) -> None:
    cid = new_ceremony(station_a, 3)
    client = enrol_in_process(station_a, app, http)
    sign(station_a, cid, 0)
    (record,) = _records(station_a)
    assert (record["format"], record["consent_method"]) == (2, "screen_touch")

    def refused(candidate: dict[str, Any]) -> str:
        result = _push(http, client, [candidate]).json()["results"][0]
        assert result["status"] == "rejected", result
        return str(result["reason"])

    # A consent method changed under the original hash and signature.
    assert "hash" in refused({**record, "consent_method": "pad_box"})
    # A format-1 record hashes none of the new fields: carrying them would store them unproven.
    assert "does not carry consent_method" in refused(_resigned(station_a, record, format=1))
    # A format-2 signing that does not say how consent was given.
    assert "how consent was given" in refused(_resigned(station_a, record, consent_method=""))
    assert "not supported" in refused({**record, "format": 3})
    # A method the wire does not know: the whole request is malformed.
    bad = _push(http, client, [{**record, "consent_method": "keyboard"}])
    assert bad.status_code == 422
    assert _stored(app) == 0
    # A genuine format-1 record of the first release (no new fields at all) is accepted.
    old = _resigned(station_a, record, format=1, consent_method="", pledge_shown_at="", timezone="")
    for name in ("consent_method", "pledge_shown_at", "timezone"):
        del old[name]
    assert _push(http, client, [old]).json()["results"][0]["status"] == "accepted"
    with app.state.db.transaction() as s:
        row = s.scalars(select(Record)).one()
        assert (row.format, row.consent_method, row.timezone) == (1, "", "")
