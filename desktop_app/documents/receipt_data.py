"""What a receipt shows, gathered from the store: the record, its ceremony, text, image and seal."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.domain.errors import NotFound, SignatureDeleted
from desktop_app.storage.models import Ceremony, PledgeTemplate, SignedPledge, TrustedKey
from desktop_app.storage.records import record_fields
from desktop_app.storage.store import Store
from pakta_common.integrity.keys import verify_signature
from pakta_common.integrity.seal import check_code, make_seal

UNKNOWN_KEY_ID = "00000000"


@dataclass(frozen=True)
class ReceiptData:
    """Everything a receipt layout draws; the layouts never touch the store."""

    fields: dict[str, Any]  # the record's hashed fields, record_hash and station_sig
    pledge_text: str
    ceremony_title: str
    ceremony_date: str  # YYYY-MM-DD
    venue: str
    organizer: str
    station_name: str
    seal: str
    signature_png: bytes  # plaintext PNG (empty for a void record)

    @property
    def record_id(self) -> str:
        return str(self.fields["id"])

    @property
    def check_code(self) -> str:
        return check_code(str(self.fields["record_hash"]))

    def field(self, name: str) -> str:
        value = self.fields.get(name)
        return "" if value is None else str(value)


def signing_key_id(session: Session, store: Store, row: SignedPledge) -> str:
    """Key id of the station key that signed ``row`` (ours, or a trusted one that verifies)."""
    if row.station_id == store.station_id:
        return store.key.key_id
    message = row.record_hash.encode("ascii")
    try:
        signature = bytes.fromhex(row.station_sig)
    except ValueError:
        return UNKNOWN_KEY_ID
    for trusted in session.scalars(select(TrustedKey)):
        if verify_signature(trusted.public_key, signature, message):
            return trusted.key_id
    return UNKNOWN_KEY_ID


def station_label(store: Store, row: SignedPledge) -> str:
    if row.station_id == store.station_id:
        return store.station_name
    return f"stasiun {row.station_id[:8]}"


def receipt_from_row(
    session: Session, store: Store, row: SignedPledge, *, erased_ok: bool = False
) -> ReceiptData:
    """The receipt of ``row``; SignatureDeleted when its ceremony's signatures were erased,
    unless ``erased_ok`` (the archive: the receipt is drawn without the signature)."""
    ceremony = session.get(Ceremony, row.ceremony_id)
    if ceremony is None:
        raise NotFound(f"ceremony of record {row.id} is missing")
    template = session.get(PledgeTemplate, row.template_id) if row.template_id else None
    if template is None:
        template = session.scalars(
            select(PledgeTemplate).where(PledgeTemplate.sha256 == row.text_sha256)
        ).first()
    if template is None:
        raise NotFound(f"pledge text of record {row.id} is not in this store")
    fields = record_fields(row)
    try:
        image = store.blobs.open(row.ceremony_id, row.id, row.image_blob) if row.image_blob else b""
    except SignatureDeleted:
        if not erased_ok:
            raise
        image = b""
    return ReceiptData(
        fields=fields,
        pledge_text=template.text,
        ceremony_title=ceremony.title,
        ceremony_date=ceremony.date,
        venue=ceremony.venue,
        organizer=ceremony.organizer,
        station_name=station_label(store, row),
        seal=make_seal(fields, signing_key_id(session, store, row)),
        signature_png=image,
    )


def load_receipt(store: Store, record_id: str) -> ReceiptData:
    """The receipt data of one record; NotFound when the record is not in this store."""
    with store.read() as session:
        row = session.get(SignedPledge, record_id)
        if row is None:
            raise NotFound(f"no record {record_id}")
        return receipt_from_row(session, store, row)
