"""Push: verify each record (hash, chain link, station signature, blobs) and store it once."""

from __future__ import annotations

import base64
import binascii
import hashlib
from dataclasses import dataclass
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from pakta_common.integrity.chain import check_record
from pakta_common.integrity.record_hash import FIELDS_BY_FORMAT, FORMAT_2_FIELDS, GENESIS_HASH
from pakta_common.wire import PushResponse, RecordResult, WireRecord
from server import clock, signing_scopes
from server.blobcrypt import BlobCipher
from server.campaign_tally import add_changes
from server.db import Database, among
from server.locks import lock_push, lock_signers
from server.models import Blob, DuplicatePair, Record
from server.numbered_insert import insert_numbered, insert_numbered_last
from server.retention import drop_blobs_of_purged, purged_among

SIGNING_KINDS = signing_scopes.SIGNING_KINDS  # attendees; a closing (berita acara) is not one
CONSENTED_KINDS = (*SIGNING_KINDS, "closing")  # records of a person's own consent
SUPPORTED_FORMATS = tuple(sorted(FIELDS_BY_FORMAT))  # every format is re-hashed by its own list


@dataclass(frozen=True)
class StationIdentity:
    """The enrolled station a request is authenticated as."""

    ref: int
    station_uuid: str
    name: str
    public_key: bytes


@dataclass
class _Candidate:
    record: WireRecord
    signature: bytes
    image: bytes


def _b64(text: str) -> bytes | None:
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        return None


def _stateless_problem(rec: WireRecord, station: StationIdentity) -> str | None:
    """Checks needing no database: ownership, format, hash, signature, blobs, timestamps."""
    if rec.station_id != station.station_uuid:
        return "record belongs to another station; a station pushes only its own records"
    if rec.format not in SUPPORTED_FORMATS:
        supported = ", ".join(str(f) for f in SUPPORTED_FORMATS)
        return f"record format {rec.format} is not supported (supported: {supported})"
    problem = _format_problem(rec)
    if problem is not None:
        return problem
    fields = rec.model_dump(exclude={"signature_b64", "image_b64"})
    problem = check_record(fields, station.public_key)
    if problem is not None:
        return problem.split(": ", 1)[-1]
    if clock.parse(rec.signed_at) is None:
        return "signed_at is not an ISO 8601 timestamp"
    return None


def _format_problem(rec: WireRecord) -> str | None:
    """Fields a record's format does not hash must be empty: they would be stored unproven."""
    unhashed = [f for f in FORMAT_2_FIELDS if f not in FIELDS_BY_FORMAT[rec.format]]
    carried = [f for f in unhashed if getattr(rec, f)]
    if carried:
        return f"record format {rec.format} does not carry {', '.join(carried)}"
    if rec.format >= 2 and rec.kind in CONSENTED_KINDS and not rec.consent_method:
        return "a signing record must say how consent was given"
    if rec.kind == "closing" and rec.format < 2:
        return "a closing record has format 2 or later"
    return None


def _blob_problem(rec: WireRecord) -> tuple[str | None, bytes, bytes]:
    signature, image = _b64(rec.signature_b64), _b64(rec.image_b64)
    if signature is None or image is None:
        return "signature or image is not valid base64", b"", b""
    if hashlib.sha256(signature).hexdigest() != rec.signature_sha256:
        return "signature data does not match signature_sha256", b"", b""
    if hashlib.sha256(image).hexdigest() != rec.image_sha256:
        return "image does not match image_sha256", b"", b""
    return None, signature, image


def verify_batch(
    records: list[WireRecord], station: StationIdentity
) -> tuple[list[_Candidate], dict[str, str]]:
    """CPU-only checks, done before any lock is taken. Returns candidates and rejections."""
    candidates: list[_Candidate] = []
    rejected: dict[str, str] = {}
    seen: set[str] = set()
    for rec in records:
        if rec.id in seen:
            continue  # the same record twice in one batch: one answer covers both
        seen.add(rec.id)
        problem = _stateless_problem(rec, station)
        signature = image = b""
        if problem is None:
            problem, signature, image = _blob_problem(rec)
        if problem is not None:
            rejected[rec.id] = problem
        else:
            candidates.append(_Candidate(rec, signature, image))
    return candidates, rejected


def _insert_ignoring(session: Session, model: type[Blob]) -> Any:
    """INSERT ... ON CONFLICT DO NOTHING in the session's dialect (blobs are content-addressed:
    the same key always holds the same bytes)."""
    make_insert = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    return make_insert(model).on_conflict_do_nothing()


def ingest(
    db: Database, station: StationIdentity, records: list[WireRecord], cipher: BlobCipher
) -> PushResponse:
    """Verify a batch (no lock, no database), then store it in one transaction that waits
    only for what needs order (server.locks). One result per record."""
    verified = verify_batch(records, station)
    for attempt in (1, 2):
        try:
            with db.transaction() as session:
                return store_batch(session, station, records, cipher, verified)
        except IntegrityError:
            # Another desk's push stored a record under the same id between this one's check
            # and its insert (only pushes of one station wait for each other): once more, the
            # check now sees it and refuses that record by name.
            if attempt == 2:
                raise
    raise AssertionError("unreachable")


def store_batch(
    session: Session,
    station: StationIdentity,
    records: list[WireRecord],
    cipher: BlobCipher,
    verified: tuple[list[_Candidate], dict[str, str]] | None = None,
) -> PushResponse:
    """Store a batch, blobs and all, in the caller's transaction, which ends with it: on
    PostgreSQL the records' INSERT goes with the COMMIT (server.numbered_insert), so the
    caller must run nothing after this but its own (then empty) commit.

    Only what needs order waits (server.locks): this station's chain, purges of these
    ceremonies, the campaigns' tallies, the people signed; the change counter comes last, for
    the records' INSERT alone. A record of a ceremony whose retention period ended (purged) is
    accepted like any other: its metadata and hashes are stored, so the station's chain stays
    whole and the desk marks it synced instead of retrying forever, but its signature and
    image are not kept.
    """
    candidates, refused = verified if verified is not None else verify_batch(records, station)
    rejected = dict(refused)  # a retry starts from the verification, not from the last try
    already: set[str] = set()
    accepted: list[_Candidate] = []
    pairs: dict[str, list[str]] = {}
    if candidates:
        lock_push(session, station.ref, {c.record.ceremony_id for c in candidates})
        accepted = _check_against_store(session, station, candidates, rejected, already)
        if accepted:
            pairs = _settle_accepted(session, station, accepted, cipher)
    answer = _answer(records, {c.record.id for c in accepted}, already, rejected, pairs)
    if accepted:
        # Last, and sent with the commit: the counter is held from here to the commit.
        _insert(session, station, accepted, pairs)
    return answer


def _answer(
    records: list[WireRecord],
    accepted_ids: set[str],
    already: set[str],
    rejected: dict[str, str],
    pairs: dict[str, list[str]],
) -> PushResponse:
    """One result per record id, in the order the batch gave them."""
    results: list[RecordResult] = []
    answered: set[str] = set()
    for rec in records:
        if rec.id in answered:
            continue
        answered.add(rec.id)
        if rec.id in accepted_ids:
            results.append(
                RecordResult(id=rec.id, status="accepted", duplicate_of=pairs.get(rec.id, []))
            )
        elif rec.id in already:
            results.append(RecordResult(id=rec.id, status="already_stored"))
        else:
            results.append(
                RecordResult(id=rec.id, status="rejected", reason=rejected.get(rec.id, "?"))
            )
    return PushResponse(
        results=results,
        accepted=len(accepted_ids),
        already_stored=len(already),
        rejected=len(results) - len(accepted_ids) - len(already),
        duplicates=sum(1 for r in results if r.duplicate_of),
    )


def _settle_accepted(
    session: Session, station: StationIdentity, accepted: list[_Candidate], cipher: BlobCipher
) -> dict[str, list[str]]:
    """Flag and count the records that passed the chain checks, and store their blobs;
    returns the pairs. The records themselves are inserted last (_insert)."""
    records = [c.record for c in accepted]
    people = signing_scopes.plan(session, records)
    lock_signers(session, people.campaigns, people.people)
    settled = signing_scopes.settle(session, people, records)
    # Under the ceremonies' shared locks: no purge of them runs until this commits.
    purged = purged_among(session, (r.ceremony_id for r in records))
    if purged:  # no signature is kept past its retention, however its bytes got here
        drop_blobs_of_purged(
            session,
            (
                h
                for r in records
                if r.ceremony_id in purged
                for h in (r.signature_sha256, r.image_sha256)
            ),
        )
    store_blobs(session, [c for c in accepted if c.record.ceremony_id not in purged], cipher)
    add_changes(session, station.ref, settled.tally)
    return settled.pairs


def store_blobs(session: Session, live: list[_Candidate], cipher: BlobCipher) -> None:
    """The blobs of accepted records of live ceremonies, encrypted (content-addressed: bytes
    already stored are kept as they are). Blobs already there are held KEY SHARE until commit:
    a purge deleting the same bytes for another ceremony's records (server.retention) waits,
    then sees the record that names them. Pushes naming the same blobs do not wait for each
    other; new ones go in in hash order, so two pushes adding the same ones cannot deadlock."""
    blobs = {
        h: data
        for c in live
        for h, data in (
            (c.record.signature_sha256, c.signature),
            (c.record.image_sha256, c.image),
        )
    }
    if not blobs:
        return
    have = set(
        session.scalars(
            select(Blob.sha256)
            .where(among(session, Blob.sha256, sorted(blobs)))
            .order_by(Blob.sha256)
            .with_for_update(read=True, key_share=True)
        )
    )
    missing = sorted(h for h in blobs if h not in have)
    if not missing:
        return
    rows = [{"sha256": h, "data": cipher.seal(h, blobs[h])} for h in missing]
    # Core, not the ORM's bulk insert: the rows are plain already. (One INSERT ... unnest()
    # of the lot was measured: no faster with a binary bytea[], slower with a text one.)
    session.connection().execute(_insert_ignoring(session, Blob), rows)


def _by_id(candidates: list[_Candidate], record_id: str) -> _Candidate:
    return next(c for c in candidates if c.record.id == record_id)


def _check_against_store(
    session: Session,
    station: StationIdentity,
    candidates: list[_Candidate],
    rejected: dict[str, str],
    already: set[str],
) -> list[_Candidate]:
    """Idempotency by UUID, no forks of the chain, and each record linked to its predecessor."""
    ids = [c.record.id for c in candidates]
    stored = {
        row.id: (row.station_id, row.record_hash)
        for row in session.execute(
            select(Record.id, Record.station_id, Record.record_hash).where(
                among(session, Record.id, ids)
            )
        )
    }
    seqs = {c.record.station_seq for c in candidates}
    wanted = seqs | {s - 1 for s in seqs}
    by_seq: dict[int, tuple[str, str]] = {
        row.station_seq: (row.id, row.record_hash)
        for row in session.execute(
            select(Record.station_seq, Record.id, Record.record_hash).where(
                Record.station_id == station.station_uuid,
                among(session, Record.station_seq, sorted(wanted)),
            )
        )
    }
    accepted: list[_Candidate] = []
    for cand in sorted(candidates, key=lambda c: c.record.station_seq):
        rec = cand.record
        if rec.id in stored:
            owner, digest = stored[rec.id]
            if owner == station.station_uuid and digest == rec.record_hash:
                already.add(rec.id)
            else:
                rejected[rec.id] = "this record id is already used by another record"
            continue
        held = by_seq.get(rec.station_seq)
        if held is not None:
            rejected[rec.id] = (
                f"sequence number {rec.station_seq} is already used by record {held[0]}"
            )
            continue
        if rec.station_seq == 1:
            expected_prev: str | None = GENESIS_HASH
        else:
            prev = by_seq.get(rec.station_seq - 1)
            expected_prev = prev[1] if prev else None
        if expected_prev is None:
            rejected[rec.id] = f"previous record (sequence {rec.station_seq - 1}) not received yet"
            continue
        if rec.prev_hash != expected_prev:
            rejected[rec.id] = "broken chain link: prev_hash does not match the previous record"
            continue
        by_seq[rec.station_seq] = (rec.id, rec.record_hash)
        accepted.append(cand)
    return accepted


def _insert(
    session: Session,
    station: StationIdentity,
    accepted: list[_Candidate],
    pairs: dict[str, list[str]],
) -> None:
    """The records, numbered from the change counter (server.numbered_insert), then the pairs
    they make (which name them); the rows are made before the counter is taken."""
    received = clock.now()
    received_iso = clock.iso(received)
    rows: list[dict[str, Any]] = []
    for cand in accepted:
        rec = cand.record
        signed = clock.parse(rec.signed_at)
        skew = int((signed - received).total_seconds()) if signed else 0
        row = rec.model_dump(exclude={"signature_b64", "image_b64"})
        row.update(
            station_ref=station.ref,
            received_at=received_iso,
            clock_skew_s=max(min(skew, 2**31 - 1), -(2**31)),
        )
        rows.append(row)
    pair_rows = [
        {
            "ceremony_id": _by_id(accepted, new_id).record.ceremony_id,
            "identifier": _by_id(accepted, new_id).record.identifier,
            "first_record": other,
            "second_record": new_id,
            "created_at": received_iso,
            "status": "open",
            "reviewed_by": "",
            "reviewed_at": "",
            "note": "",
        }
        for new_id, others in pairs.items()
        for other in others
    ]
    if pair_rows:  # the pairs name the records: they follow them, then the caller commits
        insert_numbered(session, Record, rows)
        session.execute(insert(DuplicatePair), pair_rows)
    else:  # the common case: on PostgreSQL this commits, the COMMIT sent with the INSERT
        insert_numbered_last(session, Record, rows)
