"""The archive of all standing receipts of a ceremony as one PDF (each receipt from a new page).

Each receipt's pages are drawn exactly as its single A4 receipt is (same frame, no page
footer), so `pakta verify` checks every receipt of an archive the same way; the fonts are
shared, which keeps an archive of hundreds of receipts small.
"""

from __future__ import annotations

import io
from collections.abc import Iterator

from reportlab.platypus import Flowable, PageBreak
from sqlalchemy import select

from desktop_app.ceremony_ref import find_ceremony
from desktop_app.documents.pdfa import DocMeta, canvas_maker
from desktop_app.documents.receipt import ReceiptDocTemplate, layout_of, receipt_story
from desktop_app.documents.receipt_data import ReceiptData, receipt_from_row
from desktop_app.documents.styles import make_styles
from desktop_app.storage.models import SignedPledge
from desktop_app.storage.queries import live_pledges
from desktop_app.storage.store import Store


def iter_receipts(store: Store, ceremony_ref: str | None) -> Iterator[ReceiptData]:
    """Receipt data of every standing pledge of the ceremony, by unit, name and time (after
    the ceremony's signatures were erased, without them: the records themselves stay)."""
    with store.read() as session:
        ceremony = find_ceremony(session, ceremony_ref)
        live = live_pledges(ceremony.id)
        rows = session.scalars(
            select(SignedPledge)
            .join(live, live.c.id == SignedPledge.id)
            .order_by(SignedPledge.unit, SignedPledge.name, SignedPledge.signed_at)
        ).all()
        for row in rows:
            yield receipt_from_row(session, store, row, erased_ok=True)


def build_archive(store: Store, ceremony_ref: str | None) -> tuple[bytes, int]:
    """(PDF bytes, receipts) — an A4 receipt per record; a blank note when there is none."""
    layout = layout_of("a4")
    styles = make_styles(layout.font_size)
    story: list[Flowable] = []
    count = 0
    title = "Arsip pakta integritas"
    with store.read() as session:
        title = f"Arsip pakta integritas - {find_ceremony(session, ceremony_ref).title}"
    for data in iter_receipts(store, ceremony_ref):
        if count:
            story.append(PageBreak())
        story += receipt_story(data, layout, styles)
        count += 1
    if not count:
        from reportlab.platypus import Paragraph

        story.append(Paragraph("Belum ada pakta integritas yang ditandatangani.", styles.body))
    buffer = io.BytesIO()
    assert layout.height is not None
    doc = ReceiptDocTemplate(buffer, layout, layout.height)
    meta = DocMeta(
        title=title, subject=f"{count} pakta integritas", keywords="arsip; pakta integritas"
    )
    doc.build(story, canvasmaker=canvas_maker(meta))
    return buffer.getvalue(), count
