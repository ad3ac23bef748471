"""The central server's side of the relay: desks introduced by a trusted hub, their records
stored as theirs (each verified against its own desk's key), exactly once by record UUID.

Whose records a hub may bring (docs/venue.md, "Relay trust"):

- a desk enrolled here itself: its records are checked against the key it enrolled with; the
  hub is only a carrier and cannot forge them;
- a desk central knows only through a hub (no token of its own): its introduction must carry
  a valid proof of its key (the same proof as at enrolment, made when it joined the hub), AND
  the relaying hub must be trusted for the ceremony of each record (server.venue.trust).
  Until then the records wait at the hub (``HUB_NOT_TRUSTED_YET``), nothing is stored.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from pakta_common.integrity.keys import key_id_of, verify_signature
from pakta_common.venue_wire import DeskIntroduction, RelayRequest
from pakta_common.wire import PushResponse, RecordResult, WireRecord, enrol_proof_message
from server import clock
from server.blobcrypt import BlobCipher
from server.db import Database
from server.ingest import StationIdentity, ingest
from server.keycheck import key_problem
from server.models import Station
from server.stations import audit
from server.venue.trust import trust_problem

UNKNOWN_DESK = "unknown desk: relay its introduction first"


def check_introduction(intro: DeskIntroduction) -> str:
    """ "" when the introduction carries the desk's own proof of a sound key."""
    public_key = bytes.fromhex(intro.public_key)
    problem = key_problem(public_key)
    if problem is not None:
        return f"desk key refused: {problem}"
    message = enrol_proof_message(intro.challenge, intro.station_id, intro.public_key)
    if not verify_signature(public_key, bytes.fromhex(intro.proof), message):
        return "the introduction's key proof does not verify under the desk's key"
    return ""


def _register(session: Session, relayer: StationIdentity, intro: DeskIntroduction) -> Station:
    public_key = bytes.fromhex(intro.public_key)
    taken = set(session.scalars(select(Station.name)))
    name = intro.name if intro.name not in taken else f"{intro.name} · {key_id_of(public_key)}"
    now = clock.now_iso()
    station = Station(
        name=name[:120],
        station_uuid=intro.station_id,
        public_key=public_key,
        key_id=key_id_of(public_key),
        created_at=now,
        enrolled_at=now,
        key_proven_at=now,
    )
    session.add(station)
    audit(
        session,
        f"station:{relayer.name}",
        "station_introduced",
        station=station.name,
        station_id=intro.station_id,
        key_id=station.key_id,
        hub_id=intro.hub_id,
        joined_at=intro.joined_at,
    )
    session.flush()
    return station


def _admit(
    session: Session,
    relayer: StationIdentity,
    station_id: str,
    intro: DeskIntroduction | None,
    records: list[WireRecord],
) -> tuple[StationIdentity | None, dict[str, str]]:
    """The desk these records are stored as, and the records that must wait or are refused
    (id -> reason). A desk known only through hubs needs the hub's trust for each ceremony."""
    station = session.scalars(
        select(Station).where(Station.station_uuid == station_id)
    ).one_or_none()
    if station is not None and station.revoked_at:
        reason = f"station {station.name} was revoked at {station.revoked_at}"
        return None, {r.id: reason for r in records}
    introduced_only = station is None or station.token_hash is None
    held: dict[str, str] = {}
    if introduced_only:
        verdicts = {
            c: trust_problem(session, relayer.station_uuid, c) for c in _ceremonies(records)
        }
        held = {r.id: verdicts[r.ceremony_id] for r in records if verdicts[r.ceremony_id]}
    if station is None:
        if intro is None:
            return None, {r.id: UNKNOWN_DESK for r in records}
        problem = check_introduction(intro)
        if problem:
            return None, {r.id: problem for r in records}
        if len(held) == len(records):
            return None, held  # not even introduced while no ceremony of its trusts the hub
        station = _register(session, relayer, intro)
    elif intro is not None and station.public_key != bytes.fromhex(intro.public_key):
        return None, {r.id: "this desk is known here with another key" for r in records}
    if station.public_key is None:
        return None, {r.id: UNKNOWN_DESK for r in records}
    return StationIdentity(station.id, station_id, station.name, station.public_key), held


def _ceremonies(records: list[WireRecord]) -> list[str]:
    return list(dict.fromkeys(r.ceremony_id for r in records))


def relay(
    db: Database, relayer: StationIdentity, request: RelayRequest, cipher: BlobCipher
) -> PushResponse:
    """Each desk's records, admitted as above, through the same ingest as a direct push."""
    intros = {i.station_id: i for i in request.introductions}
    by_station: dict[str, list[WireRecord]] = {}
    for rec in request.records:
        by_station.setdefault(rec.station_id, []).append(rec)
    results: list[RecordResult] = []
    duplicates = 0
    for station_id, records in by_station.items():
        with db.transaction() as session:
            identity, held = _admit(session, relayer, station_id, intros.get(station_id), records)
        results += [
            RecordResult(id=rid, status="rejected", reason=why) for rid, why in held.items()
        ]
        taken = [r for r in records if r.id not in held]
        if identity is None or not taken:
            continue
        answer = ingest(db, identity, taken, cipher)
        results += answer.results
        duplicates += answer.duplicates
    return PushResponse(
        results=results,
        accepted=sum(1 for r in results if r.status == "accepted"),
        already_stored=sum(1 for r in results if r.status == "already_stored"),
        rejected=sum(1 for r in results if r.status == "rejected"),
        duplicates=duplicates,
    )
