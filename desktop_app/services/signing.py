"""Signing actions: register a pledge, void one. Each is one transaction; nothing is updated.

The record, its hash-chain link and station signature, the audit event and the outbox row are
written together or not at all.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import Row
from sqlalchemy.orm import Session

from desktop_app.ceremony_ref import find_ceremony
from desktop_app.clock import monotonic_ns, parse_iso, utc_now_iso
from desktop_app.domain.consent import ConsentMethod, timezone_name
from desktop_app.domain.errors import AlreadySigned, CeremonyClosed, InvalidInput, NotFound
from desktop_app.domain.signature import Signature
from desktop_app.storage.models import AuditEvent, Ceremony, SignedPledge
from desktop_app.storage.queries import (
    SIGNING_KINDS,
    closing_record_of,
    employee_row,
    live_pledges_of,
)
from desktop_app.storage.record_writer import (
    CeremonyPledge,
    RecordSummary,
    ceremony_pledge,
    chain_head,
    insert_record,
    record_summary,
)
from desktop_app.storage.store import Store
from desktop_app.sync.remote import signed_elsewhere, signed_here_in_campaign
from pakta_common.integrity.record_hash import GENESIS_HASH, RECORD_FORMAT, record_hash, sha256_hex

MAX_REASON = 500
_METHODS = frozenset(m.value for m in ConsentMethod)


@dataclass(frozen=True)
class PledgeRequest:
    """What the desk collected: who, the text they saw, their consent and their signature.

    The ceremony, template and text hash are those of the pledge *shown* (the desk takes them
    when the pledge is displayed), never whatever is loaded when the commit runs.
    ``consent_method`` is how the attendee consented (domain.consent.ConsentMethod);
    ``pledge_shown_at`` when the pledge was first on screen (UTC ISO); ``timezone`` the
    ceremony zone the attendee saw ("" = the ceremony's own)."""

    identifier: str
    shown_text_sha256: str
    consent_at: str
    signature: Signature
    image_png: bytes
    operator: str = ""
    ceremony_id: str | None = None  # None: the active ceremony
    resign_reason: str = ""
    record_id: str | None = None  # a client-made UUID may be given (idempotency key)
    consent_method: str = field(kw_only=True)
    pledge_shown_at: str = field(kw_only=True)
    template_id: str | None = field(default=None, kw_only=True)  # None: not checked
    timezone: str = field(default="", kw_only=True)


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
        if request.record_id and (done := record_summary(session, record_id)) is not None:
            return _registered(done)  # a retried request: the record is already committed
        ceremony_id, template = _ceremony_pledge(session, request.ceremony_id)
        if request.shown_text_sha256 != template.sha256:
            raise InvalidInput("the pledge text shown is not this ceremony's pledge text")
        if request.template_id is not None and request.template_id != template.template_id:
            raise InvalidInput("the pledge shown is not this ceremony's pledge template")
        if closing_record_of(session, ceremony_id) is not None:
            raise CeremonyClosed("this ceremony is closed: its berita acara is signed")
        employee = employee_row(session, ceremony_id, request.identifier)
        if employee is None:
            raise NotFound(f"{request.identifier} is not on this ceremony's roster")
        earlier = live_pledges_of(session, ceremony_id, request.identifier)
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
        first_id = earlier[0].id if earlier else None
        if first_id is None and reason:
            # Signed at another desk or another ceremony of the campaign, as the last pull
            # said: a second signing taken deliberately keeps its reason and names the first.
            first_id = _signed_elsewhere_id(session, ceremony_id, request.identifier)
        kind = "resign" if first_id and reason else "pledge"
        fields = _snapshot(employee)
        fields.update(
            kind=kind,
            refers_to=first_id if kind == "resign" else None,
            reason=reason if kind == "resign" else "",
            template_id=template.template_id,
            text_sha256=template.sha256,
            consent_at=request.consent_at,
            consent_method=request.consent_method,
            pledge_shown_at=request.pledge_shown_at,
            timezone=timezone_name(request.timezone) if request.timezone else template.timezone,
            signature_sha256=sha256_hex(encoded),
            image_sha256=sha256_hex(request.image_png),
            device=json.dumps(asdict(request.signature.device), sort_keys=True),
            operator=request.operator,
            flagged=kind == "resign",
        )
        record = append_record(
            store, session, record_id, ceremony_id, fields, encoded, request.image_png
        )
        return _registered(record)


def _ceremony_pledge(session: Session, ref: str | None) -> tuple[str, CeremonyPledge]:
    """The ceremony ``ref`` names (None: the active one) and its pledge template."""
    exact = ceremony_pledge(session, ref) if ref else None
    if exact is not None and ref is not None:
        return ref, exact
    ceremony_id = find_ceremony(session, ref).id  # the active one, or an id prefix
    found = ceremony_pledge(session, ceremony_id)
    if found is None:  # the foreign key makes this unreachable short of a damaged store
        raise NotFound(f"pledge template of ceremony {ceremony_id} is missing")
    return ceremony_id, found


def _registered(record: RecordSummary) -> RegisteredPledge:
    return RegisteredPledge(**record._asdict())


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
        if target.kind not in SIGNING_KINDS:
            raise InvalidInput("a closing signature cannot be voided: it is the berita acara's")
        if closing_record_of(session, target.ceremony_id) is not None:
            # The witness certified the counts: a void now would undo what they signed.
            raise CeremonyClosed("this ceremony is closed: its berita acara is signed")
        live = live_pledges_of(session, target.ceremony_id, target.identifier)
        if target.id not in {r.id for r in live}:
            raise InvalidInput("this record is already voided")
        fields: dict[str, Any] = {
            k: getattr(target, k)
            for k in ("identifier", "id_kind", "name", "rank", "position", "unit", "instansi")
        }
        ceremony = session.get(Ceremony, target.ceremony_id)
        fields.update(
            kind="void",
            refers_to=target.id,
            reason=reason,
            template_id=target.template_id,
            text_sha256=target.text_sha256,
            consent_at="",
            consent_method="",  # a void is the operator's act, not a consent
            pledge_shown_at="",
            timezone=ceremony.timezone if ceremony is not None else "",
            signature_sha256=sha256_hex(b""),
            image_sha256=sha256_hex(b""),
            device="{}",
            operator=operator,
            flagged=False,
        )
        record = append_record(
            store, session, str(uuid.uuid4()), target.ceremony_id, fields, b"", b""
        )
        return record.record_id


def choose_screen_signing(store: Store, *, operator: str = "", pad_status: str = "") -> None:
    """The attendant chose on-screen signing because no pad works: an audited act."""
    with store.write() as session:
        session.add(
            AuditEvent(
                at=utc_now_iso(),
                kind="screen_signing_chosen",
                actor=operator,
                detail=json.dumps({"pad": pad_status}),
            )
        )


def _check_request(request: PledgeRequest) -> None:
    if request.signature.sample_count == 0:
        raise InvalidInput("the signature is empty")
    if not request.image_png.startswith(b"\x89PNG"):
        raise InvalidInput("the signature image is not a PNG")
    try:
        parse_iso(request.consent_at)
    except ValueError:
        raise InvalidInput("consent time is not an ISO 8601 timestamp") from None
    if request.consent_method not in _METHODS:
        raise InvalidInput(
            f"consent was not given by the attendee ({request.consent_method!r} is not a "
            "consent method)"
        )
    try:
        parse_iso(request.pledge_shown_at)
    except ValueError:
        raise InvalidInput("the time the pledge was shown is not an ISO 8601 timestamp") from None
    if request.timezone:
        try:
            timezone_name(request.timezone)
        except ValueError as exc:
            raise InvalidInput(str(exc)) from None
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


def append_record(
    store: Store,
    session: Session,
    record_id: str,
    ceremony_id: str,
    fields: dict[str, Any],
    signature: bytes,
    image: bytes,
) -> RecordSummary:
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
    sealer = store.blobs.sealer(session, ceremony_id, signed_at)
    fields.update(
        signature_blob=sealer.seal(record_id, signature),
        image_blob=sealer.seal(record_id, image),
        record_hash=digest,
        station_sig=store.key.sign(digest.encode("ascii")).hex(),
    )
    insert_record(
        session,
        fields,
        audit_kind=f"record_{fields['kind']}",
        audit_detail=json.dumps({"seq": seq, "identifier": fields["identifier"]}),
    )
    return RecordSummary(
        record_id,
        fields["kind"],
        ceremony_id,
        fields["identifier"],
        fields["name"],
        seq,
        digest,
        signed_at,
        bool(fields["flagged"]),
    )


def _signed_elsewhere_id(session: Session, ceremony_id: str, identifier: str) -> str | None:
    """The record id of the person's standing signing elsewhere (another desk of this
    ceremony, or any ceremony of its campaign), if the desk knows of one."""
    remote = signed_elsewhere(session, ceremony_id, identifier)
    if remote is not None:
        return remote.id
    here = signed_here_in_campaign(session, ceremony_id, identifier)
    return here.record_id if here is not None else None
