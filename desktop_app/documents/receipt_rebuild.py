"""The receipt a seal says should be there: its data rebuilt from the seal and the store.

A sealed receipt is drawn from the record's hashed fields (all in the seal), the pledge text
of its template (matched by its SHA-256), its ceremony's title, date and venue, the station's
name, and the signature image. The verifier has the first from the seal; the template and the
ceremony from its store (a receipt whose ceremony or text it does not know cannot be
re-drawn); the signature image when it holds the record and can still decrypt it. Otherwise
the image on the page is used as it is, and the verdict says the signature was not checked.
The station name is a label printed on the receipt but not sealed: it is read off the page
(and must be the verifying station's own name when it sealed the receipt itself).
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.documents.images import qr_image
from desktop_app.documents.pdf_reading import PdfPage
from desktop_app.documents.receipt import COPY_MARK, LAYOUTS
from desktop_app.documents.receipt_data import ReceiptData
from desktop_app.domain.errors import IntegrityFailure, SignatureDeleted
from desktop_app.storage.models import Ceremony, PledgeTemplate, SignedPledge
from desktop_app.storage.store import Store
from pakta_common.integrity.record_hash import sha256_hex
from pakta_common.integrity.seal import Seal

_STATION = re.compile(r"Stasiun:\s*(.*?)\s*\n\s*ID rekaman:", re.S)
_COPY = re.compile(rf"^\s*{COPY_MARK}\s*$", re.M)


class SignatureSource(StrEnum):
    RECORD = "record"  # decrypted from this store's copy of the record: checked
    PAGE = "page"  # taken from the page under test: not checked
    NONE = "none"  # the record has no signature image (a void)


@dataclass(frozen=True)
class Rebuilt:
    data: ReceiptData
    layout: str
    reprint: bool
    signature: SignatureSource
    signature_note: str  # why the signature image could not be checked ("" when it was)
    own_station: bool  # sealed by the verifying station itself
    station_now: str  # the verifying station's name today


class CannotRebuild(Exception):
    """The receipt cannot be re-drawn here; ``code`` is a Problem value, the message why."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


def layout_for(width: float, height: float) -> str | None:
    """The receipt layout whose paper is ``width`` × ``height`` points."""
    for name, layout in LAYOUTS.items():
        if abs(layout.width - width) > 0.5:
            continue
        if layout.height is None or abs(layout.height - height) <= 0.5:
            return name
    return None


def printed_station_name(text: str) -> str:
    match = _STATION.search(text)
    return " ".join(match.group(1).split()) if match else ""


def rebuild(
    store: Store,
    session: Session,
    seal: Seal,
    seal_text: str,
    pages: list[PdfPage],
    size: tuple[float, float],
) -> Rebuilt:
    """The data to re-draw the receipt sealed by ``seal`` shown on ``pages``."""
    layout = layout_for(*size)
    if layout is None:
        raise CannotRebuild(
            "altered_page",
            f"page size {size[0]:.0f} × {size[1]:.0f} pt is none of the receipt layouts "
            "(A4, A5, 80 mm roll)",
        )
    fields = dict(seal.fields)
    template = session.scalars(
        select(PledgeTemplate).where(PledgeTemplate.sha256 == fields.get("text_sha256"))
    ).first()
    if template is None:
        raise CannotRebuild(
            "unknown_pledge_text",
            "pledge text cannot be checked: its template is not in this store",
        )
    ceremony = session.get(Ceremony, str(fields.get("ceremony_id")))
    if ceremony is None:
        raise CannotRebuild(
            "unknown_ceremony",
            f"the ceremony {fields.get('ceremony_id')} of this receipt is not in this store, so "
            "its page cannot be re-drawn and compared; the seal itself can be checked with --qr",
        )
    text = "\n".join(p.text for p in pages)
    fields["record_hash"] = seal.record_hash()
    fields["station_sig"] = seal.signature.hex()
    image, source, note = _signature(store, session, seal, seal_text, pages)
    data = ReceiptData(
        fields=fields,
        pledge_text=template.text,
        ceremony_title=ceremony.title,
        ceremony_date=ceremony.date,
        venue=ceremony.venue,
        organizer=ceremony.organizer,
        station_name=printed_station_name(text) or _station_fallback(store, seal),
        seal=seal_text.strip(),
        signature_png=image,
    )
    reprint = bool(pages) and _COPY.search(pages[0].text) is not None
    own = fields.get("station_id") == store.station_id
    return Rebuilt(data, layout, reprint, source, note, own, store.station_name)


def _station_fallback(store: Store, seal: Seal) -> str:
    if seal.fields.get("station_id") == store.station_id:
        return store.station_name
    return f"stasiun {str(seal.fields.get('station_id'))[:8]}"


def _signature(
    store: Store, session: Session, seal: Seal, seal_text: str, pages: list[PdfPage]
) -> tuple[bytes, SignatureSource, str]:
    if seal.fields.get("kind") == "void":
        return b"", SignatureSource.NONE, ""
    row = session.get(SignedPledge, seal.record_id)
    why = "this store does not hold the record"
    if row is not None and row.image_blob:
        try:
            image = store.blobs.open(row.ceremony_id, row.id, row.image_blob)
        except SignatureDeleted:
            why = "the signatures of this ceremony were erased (retention period ended)"
        except IntegrityFailure as exc:
            why = f"the stored signature cannot be read ({exc})"
        else:
            if sha256_hex(image) == row.image_sha256:
                return image, SignatureSource.RECORD, ""
            why = "the stored signature image does not match its hash"
    return _page_signature(seal_text, pages), SignatureSource.PAGE, why


def _page_signature(seal_text: str, pages: list[PdfPage]) -> bytes:
    """The page's signature image as PNG: its one image that is not the seal's QR code."""
    qr = qr_image(seal_text.strip()).tobytes()
    for page in pages:
        for image in page.images:
            grey = image.convert("L")
            if grey.tobytes() == qr:
                continue
            buffer = io.BytesIO()
            grey.save(buffer, "PNG")
            return buffer.getvalue()
    return b""
