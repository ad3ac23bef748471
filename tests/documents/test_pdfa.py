"""Every document we write passes our subset of PDF/A-2b rules (tests/documents/pdfa_rules)."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.documents.badges import build_badges
from desktop_app.documents.receipt import LAYOUTS, build_receipt
from desktop_app.documents.receipt_data import load_receipt
from desktop_app.services import exports
from desktop_app.services.badge_sheet import load_badges
from tests.documents.factory import Ceremony
from tests.documents.pdfa_rules import pdfa2b_problems


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_receipts(ceremony: Ceremony, record_id: str, layout: str) -> None:
    pdf = build_receipt(load_receipt(ceremony.store, record_id), layout)
    assert pdfa2b_problems(pdf) == []


@pytest.mark.parametrize(
    "writer",
    [exports.attendance_pdf, exports.minutes_pdf, exports.progress_pdf, exports.pledges_pdf],
)
def test_reports(ceremony: Ceremony, tmp_path: Path, writer: exports.Writer) -> None:
    out = tmp_path / "doc.pdf"
    writer(ceremony.store, None, out)
    assert pdfa2b_problems(out.read_bytes()) == []


def test_badges(ceremony: Ceremony) -> None:
    assert pdfa2b_problems(build_badges(load_badges(ceremony.store, None))) == []


def test_the_checker_catches_a_plain_reportlab_pdf() -> None:
    import io

    from reportlab.pdfgen.canvas import Canvas

    buf = io.BytesIO()
    canvas = Canvas(buf)
    canvas.drawString(72, 720, "plain")
    canvas.save()
    problems = pdfa2b_problems(buf.getvalue())
    assert any("XMP" in p for p in problems)
