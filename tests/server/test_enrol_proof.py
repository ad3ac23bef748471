"""Keys proven at enrolment: a challenge signed with the private key; weak keys refused.

Raw JSON where a hostile desk would send it; the real client (desktop_app.sync.enrolment) for
the honest path; a legacy row written as the server before the proof stored it."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from typing import Any

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from desktop_app.storage.store import Store
from desktop_app.sync.outbox import pending_batch
from pakta_common.integrity.record_hash import record_hash
from pakta_common.wire import enrol_proof_message
from server import clock
from server.keycheck import L, _add, _decode, _mul, key_problem
from server.models import Record, Station
from server.stations import add_station, add_user
from tests.server.helpers import (
    admin_sign_in,
    enrol_in_process,
    new_ceremony,
    sign,
    station_code,
)

# The eight points of small order, canonically encoded (the all-zero key is one of them).
SMALL_ORDER = (
    "0000000000000000000000000000000000000000000000000000000000000000",
    "0000000000000000000000000000000000000000000000000000000000000080",
    "0100000000000000000000000000000000000000000000000000000000000000",
    "ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
    "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a",
    "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac03fa",
    "26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05",
    "26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc85",
)
NON_CANONICAL = (
    "edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",  # y = p
    "eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",  # y = p + 1
    "0100000000000000000000000000000000000000000000000000000000000080",  # x = -0
)
OFF_CURVE = "0200000000000000000000000000000000000000000000000000000000000000"


def _raw(key: Ed25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def _encode(point: tuple[int, int, int, int]) -> bytes:
    x, y, z, _ = point
    p = 2**255 - 19
    inv = pow(z, p - 2, p)
    ax, ay = x * inv % p, y * inv % p
    return (ay | ((ax & 1) << 255)).to_bytes(32, "little")


def _mixed_order_key() -> str:
    """A sound key plus a point of order 8: decodes fine, but is not of prime order."""
    good = _decode(_raw(Ed25519PrivateKey.generate()))
    torsion = _decode(bytes.fromhex(SMALL_ORDER[4]))
    assert not isinstance(good, str) and not isinstance(torsion, str)
    return _encode(_add(good, torsion)).hex()


def _challenge(http: TestClient, code: str) -> str:
    answer = http.post("/api/v1/enroll/challenge", json={"code": code})
    assert answer.status_code == 200, answer.text
    return str(answer.json()["challenge"])


def _enrol(
    http: TestClient,
    code: str,
    public_key: str,
    *,
    signer: Ed25519PrivateKey | None,
    challenge: str | None = None,
    station_id: str | None = None,
) -> Any:
    station_id = station_id or str(uuid.uuid4())
    body: dict[str, Any] = {
        "code": code,
        "station_id": station_id,
        "name": "desk",
        "public_key": public_key,
    }
    if signer is not None:
        challenge = challenge or _challenge(http, code)
        message = enrol_proof_message(challenge, station_id, public_key)
        body.update(challenge=challenge, proof=signer.sign(message).hex())
    return http.post("/api/v1/enroll", json=body)


def _enrolled(app: FastAPI) -> int:
    with app.state.db.transaction() as s:
        return int(
            s.scalar(
                select(func.count()).select_from(Station).where(Station.station_uuid.is_not(None))
            )
            or 0
        )


def test_honest_desk_proves_its_key(app: FastAPI, http: TestClient, station_a: Store) -> None:
    enrol_in_process(station_a, app, http)
    with app.state.db.transaction() as s:
        row = s.scalars(select(Station)).one()
        assert row.public_key == station_a.key.public_bytes
        assert row.key_proven_at and row.challenge_hash is None


@pytest.mark.parametrize("weak", SMALL_ORDER + NON_CANONICAL + (OFF_CURVE,))
def test_small_order_and_malformed_keys_are_refused(
    app: FastAPI, http: TestClient, weak: str
) -> None:
    code = station_code(app.state.db, "Meja Palsu")
    # Nobody holds a private key for these; the proof is signed by some other key, as a
    # hostile desk would, and the key check refuses before any signature is looked at.
    answer = _enrol(http, code, weak, signer=Ed25519PrivateKey.generate())
    assert answer.status_code == 422, answer.text
    assert "station key refused" in answer.json()["detail"]
    assert _enrolled(app) == 0


def test_a_key_with_a_small_order_component_is_refused(app: FastAPI, http: TestClient) -> None:
    mixed = _mixed_order_key()
    assert "small-order component" in (key_problem(bytes.fromhex(mixed)) or "")
    code = station_code(app.state.db, "Meja Campur")
    answer = _enrol(http, code, mixed, signer=Ed25519PrivateKey.generate())
    assert answer.status_code == 422 and _enrolled(app) == 0


def test_key_checker_accepts_generated_keys_and_sees_the_torsion() -> None:
    for _ in range(20):
        assert key_problem(_raw(Ed25519PrivateKey.generate())) is None
    for weak in SMALL_ORDER:
        point = _decode(bytes.fromhex(weak))
        assert not isinstance(point, str)
        x, y, z, _ = _mul(8, point)
        assert x % (2**255 - 19) == 0 and (y - z) % (2**255 - 19) == 0  # really small order
    assert key_problem(b"\x01" * 31) is not None
    assert L.bit_length() == 253


def test_wrong_length_and_non_hex_keys_are_422(app: FastAPI, http: TestClient) -> None:
    code = station_code(app.state.db, "Meja X")
    for key in ("ab" * 31, "ab" * 33, "zz" * 32, ""):
        body = {"code": code, "station_id": str(uuid.uuid4()), "name": "x", "public_key": key}
        assert http.post("/api/v1/enroll", json=body).status_code == 422
    assert _enrolled(app) == 0


def test_proof_by_another_key_is_refused(app: FastAPI, http: TestClient) -> None:
    code = station_code(app.state.db, "Meja Y")
    claimed = _raw(Ed25519PrivateKey.generate()).hex()  # someone else's public key
    answer = _enrol(http, code, claimed, signer=Ed25519PrivateKey.generate())
    assert answer.status_code == 403 and "does not verify" in answer.json()["detail"]
    assert _enrolled(app) == 0


def test_old_clients_without_proof_get_a_clear_refusal(app: FastAPI, http: TestClient) -> None:
    code = station_code(app.state.db, "Meja Lama")
    key = Ed25519PrivateKey.generate()
    answer = _enrol(http, code, _raw(key).hex(), signer=None)
    assert answer.status_code == 403 and "update Pakta Station" in answer.json()["detail"]
    assert _enrolled(app) == 0


def test_challenge_is_one_time_short_lived_and_bound_to_its_code(
    app: FastAPI, http: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    code_a = station_code(app.state.db, "Meja A")
    code_b = station_code(app.state.db, "Meja B")
    key = Ed25519PrivateKey.generate()
    public = _raw(key).hex()
    of_a = _challenge(http, code_a)
    answer = _enrol(http, code_b, public, signer=key, challenge=of_a)
    assert answer.status_code == 403 and "challenge" in answer.json()["detail"]

    # A failed attempt uses the challenge up: the right proof with it afterwards is refused.
    wrong = _enrol(http, code_a, public, signer=Ed25519PrivateKey.generate(), challenge=of_a)
    assert wrong.status_code == 403
    again = _enrol(http, code_a, public, signer=key, challenge=of_a)
    assert again.status_code == 403 and "challenge" in again.json()["detail"]

    late = _challenge(http, code_a)
    later = clock.now() + dt.timedelta(minutes=6)
    monkeypatch.setattr(clock, "now", lambda: later)
    expired = _enrol(http, code_a, public, signer=key, challenge=late)
    assert expired.status_code == 403 and "expired" in expired.json()["detail"]
    monkeypatch.undo()
    assert _enrol(http, code_a, public, signer=key).status_code == 200
    assert _enrolled(app) == 1


def test_unknown_code_gets_no_challenge(http: TestClient) -> None:
    assert http.post("/api/v1/enroll/challenge", json={"code": "AAAA-BBBB-CCCC"}).status_code == 403
    assert http.post("/api/v1/enroll/challenge", json={"code": 1234}).status_code == 422


def _legacy_station(app: FastAPI, name: str, public_key: bytes, token: str) -> str:
    """A station row as the server stored it before keys were proven or checked."""
    from server.credentials import sha256_hex

    station_id = str(uuid.uuid4())
    with app.state.db.transaction() as s:
        station, _ = add_station(s, name, actor="test")
        station.station_uuid, station.public_key = station_id, public_key
        station.token_hash, station.code_hash = sha256_hex(token), None
        station.enrolled_at, station.key_proven_at = clock.now_iso(), ""
    return station_id


def test_legacy_station_with_a_weak_key_can_store_nothing(
    app: FastAPI, http: TestClient, station_a: Store
) -> None:
    """Enrolled with the all-zero key before the check: a record 'signed' without any private
    key (R = identity, S = 0, which that key accepts for a quarter of all messages) is never
    stored, because nothing from that station is accepted any more."""
    station_id = _legacy_station(app, "Meja Nol", bytes(32), "legacy-token")
    cid = new_ceremony(station_a, 2)
    sign(station_a, cid, 0)
    record = pending_batch(station_a, 0, 10)[0].record.model_dump()
    record["station_id"] = station_id
    record["record_hash"] = record_hash(record)
    record["station_sig"] = ("01" + "00" * 31) + "00" * 32
    answer = http.post(
        "/api/v1/push",
        json={"records": [record]},
        headers={"Authorization": "Bearer legacy-token"},
    )
    assert answer.status_code == 403 and "unacceptable key" in answer.json()["detail"]
    with app.state.db.transaction() as s:
        assert s.scalar(select(func.count()).select_from(Record)) == 0


def test_legacy_station_with_a_sound_key_keeps_working_and_is_marked(
    app: FastAPI, http: TestClient, station_a: Store, station_b: Store
) -> None:
    station_id = _legacy_station(app, station_a.station_name, station_a.key.public_bytes, "tok")
    assert station_id  # the desk's own id differs; pull needs only the token
    answer = http.get("/api/v1/pull", headers={"Authorization": "Bearer tok"})
    assert answer.status_code == 200
    with app.state.db.transaction() as s:
        row = s.scalars(select(Station)).one()
        assert row.key_proven_at == ""
        add_user(s, "admin", "admin", "sandi-admin-1", actor="test")
    admin_sign_in(http, "admin", "sandi-admin-1")
    page = http.get("/admin/stations").text
    assert page.count("kunci belum dibuktikan") == 1
    enrol_in_process(station_b, app, http)  # a desk enrolled today has proven its key
    assert http.get("/admin/stations").text.count("kunci belum dibuktikan") == 1


def test_a_desk_still_enrols_with_a_server_older_than_key_proofs(station_a: Store) -> None:
    """A server without the challenge endpoint (404) is enrolled with as before (the proof
    protects the server, and an older one asks for none). An older server cannot run here, so
    an httpx transport answers as it did."""
    import httpx

    from desktop_app.sync.enrolment import enroll, server_link

    seen: list[dict[str, Any]] = []

    def old_server(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/api/v1/enroll/challenge":
            return httpx.Response(404, json={"detail": "Not Found"})
        body = json.loads(request.content)
        seen.append(body)
        return httpx.Response(
            200,
            json={"token": "t", "station_id": body["station_id"], "server_name": "Lama"},
        )

    transport = httpx.MockTransport(old_server)
    with httpx.Client(transport=transport, base_url="http://old.example") as http:
        enroll(station_a, "http://old.example", "ABCD-EFGH-JKLM", http=http)
    (body,) = seen
    assert "proof" not in body and body["public_key"] == station_a.key.public_bytes.hex()
    assert server_link(station_a) is not None
