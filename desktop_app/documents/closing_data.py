"""The berita acara's data, gathered from the store (to print) or from the two seals (to verify)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from desktop_app.ceremony_ref import find_ceremony
from desktop_app.documents.closing_minutes import (
    ClosingMinutes,
    ClosingSignerBlock,
    build_closing_minutes,
)
from desktop_app.documents.document_signing import sign_document
from desktop_app.documents.receipt_data import receipt_qr_text, signing_key_id
from desktop_app.domain.closing import CLOSING_KIND, ClosingStatement
from desktop_app.domain.errors import IntegrityFailure, NotFound, SignatureDeleted
from desktop_app.storage.models import SignedPledge
from desktop_app.storage.records import record_fields
from desktop_app.storage.store import Store
from pakta_common.files import write_atomic
from pakta_common.integrity.seal import make_seal

CLOSING_REASON = "Berita acara penutupan penandatanganan pakta integritas"


def load_closing_minutes(store: Store, ceremony_ref: str | None = None) -> ClosingMinutes:
    """The berita acara of a ceremony this desk closed; NotFound when it did not close it."""
    with store.read() as session:
        ceremony = find_ceremony(session, ceremony_ref)
        rows = session.scalars(
            select(SignedPledge)
            .where(SignedPledge.kind == CLOSING_KIND, SignedPledge.ceremony_id == ceremony.id)
            .order_by(SignedPledge.station_seq)
        ).all()
        witness = next((r for r in rows if r.refers_to is not None), None)
        ppk = next((r for r in rows if witness is not None and r.id == witness.refers_to), None)
        if witness is None or ppk is None:
            raise NotFound(f"ceremony {ceremony.title!r} was not closed at this desk")
        try:
            statement = ClosingStatement.from_canonical(ppk.reason)
        except ValueError as exc:
            raise IntegrityFailure(f"closing record {ppk.id}: {exc}") from None
        blocks = []
        for row in (ppk, witness):
            fields = record_fields(row)
            try:
                image = store.blobs.open(row.ceremony_id, row.id, row.image_blob)
            except SignatureDeleted:
                image = b""  # retention erased it: the page keeps the seal and the words
            seal = make_seal(fields, signing_key_id(session, store, row))
            blocks.append(ClosingSignerBlock(fields, image, receipt_qr_text(session, seal)))
        return ClosingMinutes(statement, blocks[0], blocks[1])


def closing_pdf_bytes(store: Store, ceremony_ref: str | None = None) -> bytes:
    """The berita acara, drawn and PAdES-signed by the desk."""
    minutes = load_closing_minutes(store, ceremony_ref)
    pdf = build_closing_minutes(minutes)
    return sign_document(store, pdf, CLOSING_REASON, minutes.statement.venue)


def closing_pdf(store: Store, ceremony_ref: str | None, path: Path) -> int:
    """`pakta export closing --format pdf`: writes the berita acara; returns its signers (2)."""
    write_atomic(path, closing_pdf_bytes(store, ceremony_ref))
    return 2
