"""Receipts in A4, A5 and 80 mm roll: content, fonts, PDF/A-2b trimmings, QR, bad input."""

from __future__ import annotations

import dataclasses
import re

import pytest
import zxingcpp

from desktop_app.documents.pdf_reading import decode_qr, pdftoppm_available, render_pages
from desktop_app.documents.receipt import LAYOUTS, build_receipt
from desktop_app.documents.receipt_data import ReceiptData, load_receipt
from desktop_app.documents.receipt_verify import squash
from desktop_app.services.roster_import import apply_roster
from pakta_common.roster_file import RosterRow
from tests.documents.factory import Ceremony, sign
from tests.documents.pdfcheck import font_is_embedded, fonts_of, reader, text_of

LAYOUT_NAMES = sorted(LAYOUTS)


@pytest.fixture
def receipt(ceremony: Ceremony, record_id: str) -> ReceiptData:
    return load_receipt(ceremony.store, record_id)


@pytest.mark.parametrize("layout", LAYOUT_NAMES)
def test_receipt_shows_what_the_record_holds(receipt: ReceiptData, layout: str) -> None:
    pdf = build_receipt(receipt, layout)
    page_text = squash(text_of(pdf))
    for key in ("name", "identifier", "position", "unit", "instansi"):
        assert squash(receipt.field(key)) in page_text, key
    assert squash(receipt.pledge_text) in page_text  # exactly as shown
    assert receipt.record_id in page_text
    assert squash(receipt.check_code) in page_text
    assert "WIB" in page_text and "UTC" in page_text
    assert squash(receipt.venue) in page_text
    assert squash(receipt.station_name) in page_text
    assert re.search(r"pukul\d\d\.\d\d\.\d\dWIB", page_text)


@pytest.mark.parametrize("layout", LAYOUT_NAMES)
def test_receipt_is_one_page_with_embedded_fonts_and_pdfa_metadata(
    receipt: ReceiptData, layout: str
) -> None:
    pdf = build_receipt(receipt, layout)
    doc = reader(pdf)
    assert len(doc.pages) == 1
    fonts = fonts_of(pdf)
    assert fonts and all(font_is_embedded(f) for f in fonts)
    assert all("DejaVuSans" in str(f.get("/BaseFont")) for f in fonts)
    root = doc.trailer["/Root"]
    metadata = root["/Metadata"].get_object()
    assert "/Filter" not in metadata
    xmp = metadata.get_data().decode("utf-8")
    assert "<pdfaid:part>2</pdfaid:part>" in xmp and "<pdfaid:conformance>B" in xmp
    intent = root["/OutputIntents"][0].get_object()
    assert intent["/S"] == "/GTS_PDFA1"
    assert intent["/DestOutputProfile"].get_object().get_data()[36:40] == b"acsp"  # ICC magic
    info = doc.metadata
    assert info is not None and receipt.field("name") in str(info.title)
    assert info.title in xmp
    assert "/Encrypt" not in doc.trailer and "/ID" in doc.trailer


def test_roll_receipt_is_80_mm_wide_and_as_long_as_its_content(receipt: ReceiptData) -> None:
    page = reader(build_receipt(receipt, "roll80")).pages[0]
    width_mm = float(page.mediabox.width) / 72 * 25.4
    height_mm = float(page.mediabox.height) / 72 * 25.4
    assert abs(width_mm - 80) < 0.5
    assert 150 < height_mm < 600


def test_qr_in_the_pdf_decodes_to_the_seal(receipt: ReceiptData) -> None:
    pdf = build_receipt(receipt, "a5")
    image = next(i.image for i in reader(pdf).pages[0].images if i.image.width < 200)
    assert decode_qr(image) == [receipt.seal]


@pytest.mark.skipif(not pdftoppm_available(), reason="needs poppler-utils (scripts/setup-cups.sh)")
@pytest.mark.parametrize("layout", LAYOUT_NAMES)
def test_qr_decodes_from_a_rendered_page(receipt: ReceiptData, layout: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "r.pdf"
    path.write_bytes(build_receipt(receipt, layout))
    (page,) = render_pages(path, 1, 1, dpi=200)
    texts = [r.text for r in zxingcpp.read_barcodes(page)]
    assert receipt.seal in texts


HARD_NAMES = (
    "Prof. Dr. Ir. H. Raden Mas Ngabehi Soerjo Koesoemo Wibowo Hadiningrat Poerbonegoro, "
    "S.H., M.Hum., M.Kn., Ph.D.",
    "Ni Kadek Ayu Dé Pérez-Müller",
    "Ma'ruf O'Neil",
    "Ahmad",
)


@pytest.mark.parametrize("name", HARD_NAMES)
@pytest.mark.parametrize("layout", LAYOUT_NAMES)
def test_hard_names_long_titles_and_empty_fields(
    ceremony: Ceremony, name: str, layout: str
) -> None:
    ident = "OTHER-" + str(abs(hash(name)) % 10_000)
    long_unit = "Sekretariat Dewan Perwakilan Rakyat Daerah " * 4
    row = RosterRow(
        row=99,
        identifier=ident,
        id_kind="other",
        name=name,
        rank="",
        position="",
        unit=long_unit.strip(),
        instansi="",
    )
    apply_roster(ceremony.store, [row], [], ceremony.ceremony_id)
    rid = sign(ceremony, ident, seed=3)
    data = load_receipt(ceremony.store, rid)
    pdf = build_receipt(data, layout)
    page_text = squash(text_of(pdf))
    assert squash(name) in page_text
    assert squash(long_unit) in page_text
    assert "Identitas" in page_text
    assert len(reader(pdf).pages) >= 1


def test_receipt_without_signature_image_still_builds(receipt: ReceiptData) -> None:
    pdf = build_receipt(dataclasses.replace(receipt, signature_png=b"not a png"), "a5")
    assert receipt.record_id in squash(text_of(pdf))


def test_unknown_layout_is_refused(receipt: ReceiptData) -> None:
    with pytest.raises(ValueError, match="layout"):
        build_receipt(receipt, "letter")


def test_same_record_gives_the_same_bytes(receipt: ReceiptData) -> None:
    assert build_receipt(receipt, "a5") == build_receipt(receipt, "a5")


@pytest.mark.parametrize("layout", LAYOUT_NAMES)
def test_a_reprint_says_salinan_and_the_original_does_not(
    receipt: ReceiptData, layout: str
) -> None:
    original = text_of(build_receipt(receipt, layout))
    copy = text_of(build_receipt(receipt, layout, reprint=True))
    assert "SALINAN" not in original
    assert re.search(r"^\s*SALINAN\s*$", copy, re.M)
    assert squash(original) == squash(copy.replace("SALINAN", "", 1))  # nothing else changes


@pytest.mark.parametrize(
    ("zone", "label", "hours"),
    [
        ("Asia/Jakarta", "WIB", 7),
        ("Asia/Makassar", "WITA", 8),
        ("Asia/Jayapura", "WIT", 9),
        ("", "WIB", 7),
    ],
)
def test_receipt_times_are_in_the_record_zone(
    receipt: ReceiptData, zone: str, label: str, hours: int
) -> None:
    """Record format 2 carries the ceremony's zone; the receipt shows the time the attendee saw."""
    import datetime as dt

    fields = dict(receipt.fields, signed_at="2026-11-23T16:40:12.000Z", timezone=zone)
    pdf = build_receipt(dataclasses.replace(receipt, fields=fields), "a5")
    text = squash(text_of(pdf))
    local = dt.datetime(2026, 11, 23, 16, 40, 12) + dt.timedelta(hours=hours)
    assert squash(f"pukul {local:%H.%M.%S} {label}") in text
    assert squash(f"{local.day} November 2026") in text  # the date of signing, in that zone too
    assert "2026-11-2316:40:12UTC" in text


def test_unknown_zone_falls_back_to_an_offset_label(receipt: ReceiptData) -> None:
    from desktop_app.documents.formatting import zone_label, zone_stamp

    assert zone_label("Asia/Tokyo") == "UTC+09:00"
    assert zone_stamp("2026-11-23T00:00:00Z", "Asia/Tokyo").endswith("pukul 09.00.00 UTC+09:00")
