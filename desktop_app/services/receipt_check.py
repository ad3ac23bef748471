"""The desk reads a receipt: a receipt's QR scanned at the desk, checked offline, as a verdict.

The attendant (or an inspector at the desk) scans a printed receipt's QR, in either form: the
link to the organiser's public page or the older ``PKS1:`` seal. The seal is checked exactly
as `pakta verify --qr` checks it (documents.receipt_verify.verify_seal_text): the station key
among this store's trusted keys, the sealed record against this store's record of the same id,
and whether this store knows of a void. A later re-sign of the same record in this store marks
it superseded. The verdict says what the receipt itself says and no more: valid or not, the
name, a partly masked NIP, when and where; a receipt whose seal does not verify shows no name
(a forged seal's fields prove nothing). Runs on the database worker; never raises for bad text.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.settings import RECEIPT_LINK_BASE, get_setting
from desktop_app.storage.models import Ceremony, SignedPledge, Station, TrustedKey
from desktop_app.storage.store import Store
from pakta_common.integrity.receipt_link import LinkError, base_of_link, seal_text_of
from pakta_common.integrity.seal import SEAL_PREFIX, Problem, SealError, read_seal
from pakta_common.nip import mask_identifier

MAX_RECEIPT_TEXT = 4000  # a receipt link or seal is about 600 characters


class ReceiptStatus(StrEnum):
    VALID = "valid"
    NOT_VALID = "not_valid"  # damaged, forged, altered, or sealed by a desk this one does not know
    VOIDED = "voided"  # genuine, cancelled later by a void record
    SUPERSEDED = "superseded"  # genuine, replaced later by a re-signing
    NOT_CHECKED = "not_checked"  # the desk's store could not be read: scan again


@dataclass(frozen=True)
class ReceiptCheck:
    """What the desk shows for a scanned receipt; empty fields when the seal did not verify."""

    status: ReceiptStatus
    reason: str  # English, for the attendant and the log: why (not) valid
    problem: str = ""  # the verdict's machine-readable problem code, "" when valid
    kind: str = ""  # pledge | resign | void: what the sealed record is
    name: str = ""
    masked_identifier: str = ""  # a NIP with its middle hidden; other identifiers likewise
    signed_at: str = ""  # UTC ISO 8601
    timezone: str = ""  # the ceremony's IANA zone the record was signed in
    ceremony: str = ""  # the ceremony's title when this store knows it
    venue: str = ""
    desk: str = ""  # the name of the desk that sealed it, when known
    # A link form whose address is not the organiser's this desk knows (RECEIPT_LINK_BASE):
    # the address it points to. A phone opening it would not reach the organiser's page.
    link_elsewhere: str = ""

    @property
    def genuine(self) -> bool:
        """The seal verifies: the record is the one a known desk signed (maybe voided since)."""
        return self.status in (ReceiptStatus.VALID, ReceiptStatus.VOIDED, ReceiptStatus.SUPERSEDED)


def check_receipt(store: Store, qr_text: str) -> ReceiptCheck:
    """The verdict on a receipt's QR text (a receipt link or a ``PKS1:`` seal)."""
    # Base45 and base41 codes and the link's capitalised host are upper case: a scanner that
    # inverts letter case (caps lock on a keyboard-wedge scanner) still reads as the same code.
    text = qr_text.strip().upper()
    if len(text) > MAX_RECEIPT_TEXT:
        return ReceiptCheck(ReceiptStatus.NOT_VALID, "receipt code too long", "damaged_seal")
    # Imported here: the verifier brings the receipt renderer, which the desk loads only when
    # a receipt is first scanned, not at start.
    from desktop_app.documents.receipt_verify import verify_seal_text

    verdict = verify_seal_text(store, text)
    if not verdict.valid and verdict.problem is not Problem.VOIDED:
        problem = verdict.problem.value if verdict.problem else ""
        return ReceiptCheck(ReceiptStatus.NOT_VALID, verdict.reason, problem)
    seal_text = seal_text_of(text)
    try:
        seal = read_seal(seal_text or "")
    except SealError as exc:  # unreachable once the verdict read it; said plainly all the same
        return ReceiptCheck(ReceiptStatus.NOT_VALID, str(exc), Problem.DAMAGED.value)
    fields = seal.fields
    identifier = str(fields.get("identifier", ""))
    status = ReceiptStatus.VALID if verdict.valid else ReceiptStatus.VOIDED
    reason = verdict.reason
    with store.read() as session:
        elsewhere = _link_elsewhere(session, text)
        ceremony = session.get(Ceremony, str(fields.get("ceremony_id", "")))
        desk = _desk_name(store, session, seal.key_id, str(fields.get("station_id", "")))
        if status is ReceiptStatus.VALID:
            resign = session.scalars(
                select(SignedPledge.id).where(
                    SignedPledge.kind == "resign", SignedPledge.refers_to == seal.record_id
                )
            ).first()
            if resign is not None:
                status = ReceiptStatus.SUPERSEDED
                reason = f"superseded: signed again in record {resign}"
        return ReceiptCheck(
            status,
            reason,
            "" if status is ReceiptStatus.VALID else status.value,
            kind=str(fields.get("kind", "")),
            name=str(fields.get("name", "")),
            masked_identifier=mask_identifier(identifier),
            signed_at=seal.signed_at,
            timezone=str(fields.get("timezone", "")),
            ceremony=ceremony.title if ceremony is not None else "",
            venue=ceremony.venue if ceremony is not None else "",
            desk=desk,
            link_elsewhere=elsewhere,
        )


def _link_elsewhere(session: Session, text: str) -> str:
    """The address of a receipt link when it is not the organiser's one this desk knows."""
    if text.startswith(SEAL_PREFIX):
        return ""
    expected = get_setting(session, RECEIPT_LINK_BASE)
    try:
        base = base_of_link(text)
    except LinkError:
        return ""
    # The scanned text was put in capitals (see check_receipt): compare without case.
    return base if expected and base.casefold() != str(expected).casefold() else ""


def _desk_name(store: Store, session: Session, key_id: str, station_id: str) -> str:
    if station_id == store.station_id:
        own = session.get(Station, station_id)
        if own is not None:
            return own.name
    trusted = session.get(TrustedKey, key_id)
    return trusted.owner if trusted is not None else ""
