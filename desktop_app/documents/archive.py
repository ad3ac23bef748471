"""The archive of all standing receipts of a ceremony as one PDF (each receipt from a new page).

Each receipt's pages are drawn exactly as its single A4 receipt is (same frame, no page
footer), so `pakta verify` checks every receipt of an archive the same way; the fonts are
shared, which keeps an archive of hundreds of receipts small.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from reportlab.platypus import Flowable, PageBreak
from sqlalchemy import select

from desktop_app.ceremony_ref import find_ceremony
from desktop_app.clock import utc_now_iso
from desktop_app.documents.pdfa import DocMeta, canvas_maker
from desktop_app.documents.receipt import (
    RECEIPT_LAYOUT_VERSION,
    ReceiptDocTemplate,
    layout_of,
    receipt_story,
)
from desktop_app.documents.receipt_data import ReceiptData, receipt_from_row
from desktop_app.documents.styles import make_styles
from desktop_app.storage.models import SignedPledge
from desktop_app.storage.queries import live_pledges
from desktop_app.storage.store import Store
from pakta_common.proof.manifest import make_manifest


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


def manifest_path(archive: Path) -> Path:
    """Where an archive's signed manifest is written: beside it."""
    return archive.with_name(archive.name + ".manifest.json")


def manifest_json(manifest: dict[str, Any]) -> bytes:
    return (json.dumps(manifest, indent=1, ensure_ascii=False) + "\n").encode("utf-8")


def build_archive(store: Store, ceremony_ref: str | None) -> tuple[bytes, int, dict[str, Any]]:
    """(PDF bytes, receipts, signed manifest) — an A4 receipt per record (a blank note when
    there is none); the manifest's Merkle root is named in the PDF's keywords."""
    layout = layout_of("a4")
    styles = make_styles(layout.font_size)
    story: list[Flowable] = []
    count = 0
    title = "Arsip pakta integritas"
    with store.read() as session:
        ceremony = find_ceremony(session, ceremony_ref)
        title, ceremony_id = f"Arsip pakta integritas - {ceremony.title}", ceremony.id
    entries: list[tuple[str, str]] = []
    for data in iter_receipts(store, ceremony_ref):
        if count:
            story.append(PageBreak())
        story += receipt_story(data, layout, styles)
        entries.append((data.record_id, str(data.fields["record_hash"])))
        count += 1
    manifest = make_manifest(
        store.key,
        ceremony_id=ceremony_id,
        station_id=store.station_id,
        made_at=utc_now_iso(),
        records=entries,
    )
    if not count:
        from reportlab.platypus import Paragraph

        story.append(Paragraph("Belum ada pakta integritas yang ditandatangani.", styles.body))
    buffer = io.BytesIO()
    assert layout.height is not None
    doc = ReceiptDocTemplate(buffer, layout, layout.height)
    meta = DocMeta(
        title=title,
        subject=f"{count} pakta integritas",
        keywords=(
            f"arsip; pakta integritas; layout {RECEIPT_LAYOUT_VERSION}; "
            f"merkle {manifest['merkle_root']}"
        ),
    )
    doc.build(story, canvasmaker=canvas_maker(meta))
    return buffer.getvalue(), count, manifest
