"""Signing actions: register a pledge, void one. Each is one transaction; nothing is updated.

The record, its hash-chain link and station signature, the audit event and the outbox row are
written together or not at all.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import Row
from sqlalchemy.orm import Session

from desktop_app.clock import monotonic_ns, parse_iso, utc_now_iso
from desktop_app.domain.errors import AlreadySigned, InvalidInput, NotFound
from desktop_app.domain.signature import Signature
from desktop_app.integrity.record_hash import GENESIS_HASH, RECORD_FORMAT, record_hash, sha256_hex
from desktop_app.services.ceremonies import ceremony_template, find_ceremony
from desktop_app.storage.models import AuditEvent, Outbox, SignedPledge
from desktop_app.storage.queries import employee_row, live_pledges_of
from desktop_app.storage.records import chain_head
from desktop_app.storage.store import Store

MAX_REASON = 500


@dataclass(frozen=True)
class PledgeRequest:
    """What the desk collected: who, the text they saw, their consent and their signature."""

    identifier: str
    shown_text_sha256: str
    consent_at: str
    signature: Signature
    image_png: bytes
    operator: str = ""
    ceremony_id: str | None = None  # None: the active ceremony
    resign_reason: str = ""
    record_id: str | None = None  # a client-made UUID may be given (idempotency key)


@dataclass(frozen=True)
class RegisteredPledge:
    record_id: str
    kind: str
    ceremony_id: str
    identifier: str
    name: str
    station_seq: int
    record_hash: str
    signed_at: str
    flagged: bool


def register_pledge(store: Store, request: PledgeRequest) -> RegisteredPledge:
    """Commit one signed pledge; AlreadySigned unless a re-sign reason is given."""
    _check_request(request)
    record_id = request.record_id or str(uuid.uuid4())
    encoded = request.signature.encode()
    with store.write() as session:
        if request.record_id and (done := session.get(SignedPledge, record_id)) is not None:
            return _registered(done)  # a retried request: the record is already committed
        ceremony = find_ceremony(session, request.ceremony_id)
        template = ceremony_template(session, ceremony)
        if request.shown_text_sha256 != template.sha256:
            raise InvalidInput("the pledge text shown is not this ceremony's pledge text")
        employee = employee_row(session, ceremony.id, request.identifier)
        if employee is None:
            raise NotFound(f"{request.identifier} is not on this ceremony's roster")
        earlier = live_pledges_of(session, ceremony.id, request.identifier)
        mine = [r for r in earlier if r.station_id == store.station_id]
        reason = request.resign_reason.strip()
        if mine and not reason:
            first = mine[-1]
            raise AlreadySigned(
                f"{employee.name} already signed at {first.signed_at}",
                record_id=first.id,
                signed_at=first.signed_at,
                station=store.station_name,
            )
        kind = "resign" if earlier and reason else "pledge"
        fields = _snapshot(employee)
        fields.update(
            kind=kind,
            refers_to=earlier[0].id if kind == "resign" else None,
            reason=reason if kind == "resign" else "",
            template_id=template.id,
            text_sha256=template.sha256,
            consent_at=request.consent_at,
            signature_sha256=sha256_hex(encoded),
            image_sha256=sha256_hex(request.image_png),
            device=json.dumps(asdict(request.signature.device), sort_keys=True),
            operator=request.operator,
            flagged=kind == "resign",
        )
        row = _append(store, session, record_id, ceremony.id, fields, encoded, request.image_png)
        return _registered(row)


def _registered(row: SignedPledge) -> RegisteredPledge:
    return RegisteredPledge(
        row.id,
        row.kind,
        row.ceremony_id,
        row.identifier,
        row.name,
        row.station_seq,
        row.record_hash,
        row.signed_at,
        row.flagged,
    )


def void_pledge(store: Store, record_id: str, reason: str, *, operator: str = "") -> str:
    """Cancel a signing record by adding a void record; returns the void record's id."""
    reason = reason.strip()
    if not reason:
        raise InvalidInput("a void needs a reason")
    if len(reason) > MAX_REASON:
        raise InvalidInput(f"reason is longer than {MAX_REASON} characters")
    with store.write() as session:
        target = session.get(SignedPledge, record_id)
        if target is None:
            raise NotFound(f"no record {record_id}")
        if target.kind == "void":
            raise InvalidInput("a void record cannot itself be voided")
        live = live_pledges_of(session, target.ceremony_id, target.identifier)
        if target.id not in {r.id for r in live}:
            raise InvalidInput("this record is already voided")
        fields: dict[str, Any] = {
            k: getattr(target, k)
            for k in ("identifier", "id_kind", "name", "rank", "position", "unit", "instansi")
        }
        fields.update(
            kind="void",
            refers_to=target.id,
            reason=reason,
            template_id=target.template_id,
            text_sha256=target.text_sha256,
            consent_at="",
            signature_sha256=sha256_hex(b""),
            image_sha256=sha256_hex(b""),
            device="{}",
            operator=operator,
            flagged=False,
        )
        row = _append(store, session, str(uuid.uuid4()), target.ceremony_id, fields, b"", b"")
        return row.id


def _check_request(request: PledgeRequest) -> None:
    if request.signature.sample_count == 0:
        raise InvalidInput("the signature is empty")
    if not request.image_png.startswith(b"\x89PNG"):
        raise InvalidInput("the signature image is not a PNG")
    try:
        parse_iso(request.consent_at)
    except ValueError:
        raise InvalidInput("consent time is not an ISO 8601 timestamp") from None
    if len(request.resign_reason) > MAX_REASON:
        raise InvalidInput(f"reason is longer than {MAX_REASON} characters")
    if request.record_id is not None:
        try:
            uuid.UUID(request.record_id)
        except ValueError:
            raise InvalidInput("record id must be a UUID") from None


def _snapshot(employee: Row[Any]) -> dict[str, Any]:
    return {
        "identifier": employee.identifier,
        "id_kind": employee.id_kind,
        "name": employee.name,
        "rank": employee.rank,
        "position": employee.position,
        "unit": employee.unit,
        "instansi": employee.instansi,
    }


def _append(
    store: Store,
    session: Session,
    record_id: str,
    ceremony_id: str,
    fields: dict[str, Any],
    signature: bytes,
    image: bytes,
) -> SignedPledge:
    """Link the record to this station's chain, sign it, and add it with audit and outbox rows."""
    head = chain_head(session, store.station_id)
    seq, prev_hash = (1, GENESIS_HASH) if head is None else (head[0] + 1, head[1])
    signed_at = utc_now_iso()
    fields.update(
        format=RECORD_FORMAT,
        id=record_id,
        ceremony_id=ceremony_id,
        station_id=store.station_id,
        station_seq=seq,
        signed_at=signed_at,
        mono_ns=monotonic_ns(),
        prev_hash=prev_hash,
    )
    digest = record_hash(fields)
    del fields["format"]
    row = SignedPledge(
        **fields,
        signature_blob=store.codec.seal(record_id, signature),
        image_blob=store.codec.seal(record_id, image),
        record_hash=digest,
        station_sig=store.key.sign(digest.encode("ascii")).hex(),
    )
    session.add(row)
    session.flush()  # the outbox row's foreign key needs the record inserted first
    session.add(
        AuditEvent(
            at=signed_at,
            kind=f"record_{row.kind}",
            actor=row.operator,
            record_id=record_id,
            detail=json.dumps({"seq": seq, "identifier": row.identifier}),
        )
    )
    session.add(Outbox(record_id=record_id, enqueued_at=signed_at))
    session.flush()
    return row
