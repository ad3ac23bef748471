"""Closing a ceremony: the statement the desk shows, and the one action that seals it.

``closing_statement`` computes what the PPK and the witness are asked to sign (counts, chain
heads). ``close_ceremony`` re-computes it inside the write transaction, refuses when it is no
longer what was shown, and appends both closing records (PPK first, the witness's referring to
it) to this desk's chain in one transaction: a cancelled closing leaves nothing behind.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import asdict, dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.ceremony_ref import find_ceremony
from desktop_app.clock import parse_iso
from desktop_app.domain.closing import (
    CLOSING_KIND,
    ChainPoint,
    ClosingRole,
    ClosingSigner,
    ClosingStatement,
    DeskCount,
)
from desktop_app.domain.consent import PLEDGE_PAGE_METHODS
from desktop_app.domain.errors import CeremonyClosed, InvalidInput
from desktop_app.domain.signature import Signature
from desktop_app.services.signing import append_record
from desktop_app.storage.models import Ceremony, Employee, SignedPledge
from desktop_app.storage.proof_models import ChainAnchor
from desktop_app.storage.queries import SIGNING_KINDS, closing_record_of
from desktop_app.storage.record_writer import chain_head
from desktop_app.storage.store import Store
from desktop_app.storage.sync_models import RemoteSigning
from pakta_common.integrity.record_hash import sha256_hex

_METHODS = frozenset(m.value for m in PLEDGE_PAGE_METHODS)  # an act of its own, not signing


def closing_statement(store: Store, ceremony_ref: str | None = None) -> ClosingStatement:
    """What closing the ceremony (None: the active one) would state now; CeremonyClosed when
    it is already closed."""
    with store.read() as session:
        ceremony = find_ceremony(session, ceremony_ref)
        _refuse_closed(session, ceremony)
        return statement_in(session, store, ceremony)


def statement_in(session: Session, store: Store, ceremony: Ceremony) -> ClosingStatement:
    """The statement from every record this store knows of ``ceremony`` (its own and other
    desks' as last pulled); closing records are never counted."""
    rows: dict[str, tuple[str, str | None, str, str]] = {}
    names = {store.station_id: store.station_name}
    for rid, kind, refers_to, identifier, station in session.execute(
        select(
            RemoteSigning.id,
            RemoteSigning.kind,
            RemoteSigning.refers_to,
            RemoteSigning.identifier,
            RemoteSigning.station_id,
        ).where(RemoteSigning.ceremony_id == ceremony.id)
    ):
        rows[rid] = (kind, refers_to, identifier, station)
    for station, name in session.execute(
        select(RemoteSigning.station_id, RemoteSigning.station_name)
        .where(RemoteSigning.ceremony_id == ceremony.id)
        .distinct()
    ):
        names.setdefault(station, name)
    for rid, kind, refers_to, identifier, station in session.execute(
        select(
            SignedPledge.id,
            SignedPledge.kind,
            SignedPledge.refers_to,
            SignedPledge.identifier,
            SignedPledge.station_id,
        ).where(SignedPledge.ceremony_id == ceremony.id)
    ):
        rows[rid] = (kind, refers_to, identifier, station)
    voided = {ref for kind, ref, _, _ in rows.values() if kind == "void" and ref}
    standing = [
        (kind, identifier, station)
        for rid, (kind, _, identifier, station) in rows.items()
        if kind in SIGNING_KINDS and rid not in voided
    ]
    desks_of: dict[str, set[str]] = {}
    people_of: dict[str, set[str]] = {}
    for _, identifier, station in standing:
        desks_of.setdefault(identifier, set()).add(station)
        people_of.setdefault(station, set()).add(identifier)
    roster = session.scalar(
        select(func.count(Employee.id)).where(Employee.ceremony_id == ceremony.id)
    )
    head = chain_head(session, store.station_id)
    anchor = session.scalars(
        select(ChainAnchor)
        .where(ChainAnchor.station_id == store.station_id)
        .order_by(ChainAnchor.seq.desc())
        .limit(1)
    ).first()
    return ClosingStatement(
        ceremony_id=ceremony.id,
        title=ceremony.title,
        date=ceremony.date,
        venue=ceremony.venue,
        organizer=ceremony.organizer,
        timezone=ceremony.timezone,
        expected=ceremony.expected or roster or 0,
        signed=len(desks_of),
        resigned=sum(1 for kind, _, _ in standing if kind == "resign"),
        voided=sum(1 for kind, _, _, _ in rows.values() if kind == "void"),
        duplicates=sum(1 for desks in desks_of.values() if len(desks) > 1),
        desks=tuple(
            DeskCount(station, names.get(station, station[:8]), len(people))
            for station, people in sorted(
                people_of.items(), key=lambda kv: (names.get(kv[0], ""), kv[0])
            )
        ),
        station_id=store.station_id,
        station_name=store.station_name,
        head=None if head is None else ChainPoint(head[0], head[1]),
        anchor=None
        if anchor is None
        else ChainPoint(anchor.seq, anchor.record_hash, anchor.at, anchor.server_key_id),
    )


@dataclass(frozen=True)
class ClosingSignature:
    """One signer's part: who (typed by the attendant), their consent and their pen data."""

    signer: ClosingSigner
    signature: Signature
    image_png: bytes
    consent_at: str
    consent_method: str


@dataclass(frozen=True)
class ClosingRequest:
    ceremony_id: str
    statement_sha256: str  # the statement as shown (closing_statement(...).sha256)
    shown_at: str  # when the statement was first on screen (UTC ISO)
    ppk: ClosingSignature
    witness: ClosingSignature
    operator: str = field(default="", kw_only=True)


@dataclass(frozen=True)
class ClosedCeremony:
    ceremony_id: str
    ppk_record_id: str
    witness_record_id: str
    statement: ClosingStatement


def close_ceremony(store: Store, request: ClosingRequest) -> ClosedCeremony:
    """Append the PPK's and the witness's closing records in one transaction.

    InvalidInput (nothing written) for a missing name, an empty signature, a consent that is
    not the signer's own act, or a statement that changed since it was shown; CeremonyClosed
    when the ceremony is already closed."""
    _check_part(request.ppk, ClosingRole.PPK)
    _check_part(request.witness, ClosingRole.WITNESS)
    try:
        parse_iso(request.shown_at)
    except ValueError:
        raise InvalidInput("the time the statement was shown is not an ISO timestamp") from None
    with store.write() as session:
        ceremony = find_ceremony(session, request.ceremony_id)
        _refuse_closed(session, ceremony)
        statement = statement_in(session, store, ceremony)
        if statement.sha256 != request.statement_sha256:
            raise InvalidInput(
                "the closing statement changed since it was shown (a record came in): "
                "show it again and sign the new one"
            )
        ppk = _append_part(
            store, session, ceremony, statement, request, request.ppk, ClosingRole.PPK, None
        )
        witness = _append_part(
            store,
            session,
            ceremony,
            statement,
            request,
            request.witness,
            ClosingRole.WITNESS,
            ppk,
        )
        return ClosedCeremony(ceremony.id, ppk, witness, statement)


def _refuse_closed(session: Session, ceremony: Ceremony) -> None:
    if closing_record_of(session, ceremony.id) is not None:
        raise CeremonyClosed(f"ceremony {ceremony.title!r} is already closed")


def _check_part(part: ClosingSignature, role: ClosingRole) -> None:
    problems = part.signer.problems(role)
    if problems:
        raise InvalidInput("; ".join(problems))
    if part.signature.sample_count == 0:
        raise InvalidInput(f"the {role.value}'s signature is empty")
    if not part.image_png.startswith(b"\x89PNG"):
        raise InvalidInput(f"the {role.value}'s signature image is not a PNG")
    if part.consent_method not in _METHODS:
        raise InvalidInput(f"the {role.value} did not consent by their own act")
    try:
        parse_iso(part.consent_at)
    except ValueError:
        raise InvalidInput(f"the {role.value}'s consent time is not an ISO timestamp") from None


def _append_part(
    store: Store,
    session: Session,
    ceremony: Ceremony,
    statement: ClosingStatement,
    request: ClosingRequest,
    part: ClosingSignature,
    role: ClosingRole,
    refers_to: str | None,
) -> str:
    signer = part.signer
    identifier = signer.identifier.strip()
    encoded = part.signature.encode()
    fields = {
        "kind": CLOSING_KIND,
        "refers_to": refers_to,
        "reason": statement.canonical(),
        "identifier": identifier or role.value.upper(),
        "id_kind": "nip" if identifier.isdigit() and len(identifier) == 18 else "other",
        "name": signer.name.strip(),
        "rank": "",
        "position": signer.position.strip(),
        "unit": "",
        "instansi": signer.institution.strip(),
        "template_id": None,
        "text_sha256": statement.sha256,
        "consent_at": part.consent_at,
        "consent_method": part.consent_method,
        "pledge_shown_at": request.shown_at,
        "timezone": ceremony.timezone,
        "signature_sha256": sha256_hex(encoded),
        "image_sha256": sha256_hex(part.image_png),
        "device": json.dumps(asdict(part.signature.device), sort_keys=True),
        "operator": request.operator,
        "flagged": False,
    }
    record = append_record(
        store, session, str(uuid.uuid4()), ceremony.id, fields, encoded, part.image_png
    )
    return record.record_id
