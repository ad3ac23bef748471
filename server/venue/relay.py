"""The central server's side of the relay: desks introduced by a hub, their records stored as
theirs (each verified against its own desk's key), exactly once by record UUID."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.integrity.keys import key_id_of, verify_signature
from desktop_app.sync.wire import PushResponse, RecordResult, WireRecord
from desktop_app.venue.wire import DeskIntroduction, RelayRequest, join_statement
from server import clock
from server.blobcrypt import BlobCipher
from server.db import Database
from server.ingest import StationIdentity, ingest
from server.models import Station
from server.stations import audit


def introduce(session: Session, relayer: StationIdentity, intro: DeskIntroduction) -> str:
    """Register a desk the hub vouches for; returns "" or why it was not taken.

    The statement is the desk's own, signed with the key it names, when it joined the hub
    with a code shown there; the central server learns the key from it and audits who relayed
    it. A desk already known must present the same key: a hub cannot swap a desk's key."""
    statement = join_statement(
        intro.hub_id, intro.station_id, intro.name, intro.public_key, intro.at
    )
    public_key = bytes.fromhex(intro.public_key)
    if not verify_signature(public_key, bytes.fromhex(intro.proof), statement):
        return "the introduction is not signed by the desk's key"
    known = session.scalars(
        select(Station).where(Station.station_uuid == intro.station_id)
    ).one_or_none()
    if known is not None:
        if known.public_key != public_key:
            return "this desk is known here with another key"
        return ""
    taken = set(session.scalars(select(Station.name)))
    name = intro.name if intro.name not in taken else f"{intro.name} · {key_id_of(public_key)}"
    session.add(
        Station(
            name=name[:120],
            station_uuid=intro.station_id,
            public_key=public_key,
            key_id=key_id_of(public_key),
            created_at=clock.now_iso(),
            enrolled_at=clock.now_iso(),
        )
    )
    audit(
        session,
        f"station:{relayer.name}",
        "station_introduced",
        station=name,
        station_id=intro.station_id,
        key_id=key_id_of(public_key),
        hub_id=intro.hub_id,
        joined_at=intro.at,
    )
    session.flush()
    return ""


def relay(
    db: Database, relayer: StationIdentity, request: RelayRequest, cipher: BlobCipher
) -> PushResponse:
    """Introductions first, then each desk's records through the same ingest as a direct push."""
    refused_intro: dict[str, str] = {}
    with db.transaction() as session:
        for intro in request.introductions:
            problem = introduce(session, relayer, intro)
            if problem:
                refused_intro[intro.station_id] = problem
    by_station: dict[str, list[WireRecord]] = {}
    for rec in request.records:
        by_station.setdefault(rec.station_id, []).append(rec)
    results: list[RecordResult] = []
    duplicates = 0
    for station_id, records in by_station.items():
        identity, problem = _identity(db, station_id)
        if identity is None:
            reason = refused_intro.get(station_id) or problem
            results += [RecordResult(id=r.id, status="rejected", reason=reason) for r in records]
            continue
        answer = ingest(db, identity, records, cipher)
        results += answer.results
        duplicates += answer.duplicates
    return PushResponse(
        results=results,
        accepted=sum(1 for r in results if r.status == "accepted"),
        already_stored=sum(1 for r in results if r.status == "already_stored"),
        rejected=sum(1 for r in results if r.status == "rejected"),
        duplicates=duplicates,
    )


def _identity(db: Database, station_id: str) -> tuple[StationIdentity | None, str]:
    with db.transaction() as session:
        station = session.scalars(
            select(Station).where(Station.station_uuid == station_id)
        ).one_or_none()
        if station is None or station.public_key is None:
            return None, "unknown desk: relay its introduction first"
        if station.revoked_at:
            return None, f"station {station.name} was revoked at {station.revoked_at}"
        return StationIdentity(station.id, station_id, station.name, station.public_key), ""
