"""A berita acara printed in layout 1 (tests/golden/closing_layout1, made by
make_closing_layout1.py with that release's code, before each signer's way of consenting was
printed) still verifies as a page with today's code, which draws layout 2: `pakta verify`
re-draws a berita acara in the layout its file names. A layout it does not know is refused
with words that say so, and a changed byte of the old file is still caught."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

from pypdf import PdfReader, PdfWriter

from desktop_app.documents.closing_data import CLOSING_REASON, load_closing_minutes
from desktop_app.documents.closing_minutes import build_closing_minutes
from desktop_app.documents.document_signing import sign_document
from desktop_app.documents.pdf_reading import read_pdf
from desktop_app.documents.receipt_verify import verify_receipt_pdf
from desktop_app.storage.store import Store

FIXTURE = Path(__file__).with_name("closing_layout1")
OLD_PDF = FIXTURE / "berita-acara.pdf"


def _keywords(pdf: Path) -> str:
    metadata = PdfReader(pdf).metadata
    return str(metadata.get("/Keywords", "")) if metadata is not None else ""


def _station(tmp_path: Path) -> Store:
    target = tmp_path / "station"
    shutil.copytree(FIXTURE / "station", target)
    return Store.open(target)


def test_a_layout_1_berita_acara_verifies_today(tmp_path: Path) -> None:
    assert "layout" not in _keywords(OLD_PDF)
    (page,) = read_pdf(OLD_PDF)
    assert "Cara persetujuan" not in page.text  # layout 1 did not print it
    with _station(tmp_path) as store:
        (verdict,) = verify_receipt_pdf(store, OLD_PDF)
        assert verdict.valid, verdict.reason
        assert {c.name for c in verdict.checks} >= {"page_text", "page_content"}
        # Today's berita acara of the same closing is layout 2, and verifies too.
        today = tmp_path / "today.pdf"
        minutes = load_closing_minutes(store)
        today.write_bytes(sign_document(store, build_closing_minutes(minutes), CLOSING_REASON))
        (page,) = read_pdf(today)
        assert "Cara persetujuan: centang di kotak pada pad" in page.text
        assert "layout 2" in _keywords(today)
        (verdict,) = verify_receipt_pdf(store, today)
        assert verdict.valid, verdict.reason


def test_a_changed_byte_of_the_layout_1_berita_acara_is_caught(tmp_path: Path) -> None:
    data = bytearray(OLD_PDF.read_bytes())
    at = data.index(b"/Title") + 8
    data[at] = ord("X") if data[at] != ord("X") else ord("Y")
    changed = tmp_path / "changed.pdf"
    changed.write_bytes(bytes(data))
    with _station(tmp_path) as store:
        (verdict,) = verify_receipt_pdf(store, changed)
    assert not verdict.valid


def test_a_layout_this_version_does_not_know_is_refused_by_name(tmp_path: Path) -> None:
    with _station(tmp_path) as store:
        drawn = build_closing_minutes(load_closing_minutes(store))
        writer = PdfWriter(clone_from=PdfReader(io.BytesIO(drawn)))
        metadata = writer.metadata
        keywords = str(metadata.get("/Keywords", "")) if metadata is not None else ""
        writer.add_metadata({"/Keywords": keywords.replace("layout 2", "layout 9")})
        buffer = io.BytesIO()
        writer.write(buffer)
        future = tmp_path / "future.pdf"
        future.write_bytes(sign_document(store, buffer.getvalue(), CLOSING_REASON))
        (verdict,) = verify_receipt_pdf(store, future)
    assert not verdict.valid
    assert "layout 9" in verdict.reason, verdict.reason
