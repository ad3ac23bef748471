"""`pakta verify` refuses a receipt whose page was changed in any way after sealing, and says
what changed: each edit below is made for real on a genuine receipt PDF's bytes."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop_app.documents.receipt import build_receipt
from desktop_app.documents.receipt_data import ReceiptData, load_receipt
from desktop_app.documents.receipt_verify import PageProblem, Verdict, verify_receipt_pdf
from desktop_app.documents.regions import Region, recording
from pakta_common.integrity.seal import Problem
from tests.documents import pdf_edits as edit
from tests.documents.factory import Ceremony


@pytest.fixture
def genuine(ceremony: Ceremony, record_id: str) -> tuple[ReceiptData, bytes, list[Region]]:
    data = load_receipt(ceremony.store, record_id)
    with recording() as regions:
        pdf = build_receipt(data, "a5")
    return data, pdf, regions


def _verify(c: Ceremony, tmp_path: Path, pdf: bytes) -> Verdict:
    path = tmp_path / "edited.pdf"
    path.write_bytes(pdf)
    (verdict,) = verify_receipt_pdf(c.store, path)
    return verdict


def _region(regions: list[Region], tag: str) -> Region:
    return next(r for r in regions if r.tag == tag)


def test_the_untouched_receipt_is_valid_with_every_check(
    ceremony: Ceremony, genuine: tuple[ReceiptData, bytes, list[Region]], tmp_path: Path
) -> None:
    _, pdf, _ = genuine
    verdict = _verify(ceremony, tmp_path, pdf)
    assert verdict.valid, verdict.reason
    names = {c.name: c for c in verdict.checks}
    assert {"seal", "record", "pdf_structure", "page_content", "page_pixels"} <= set(names)
    assert all(c.ok for c in verdict.checks)
    assert names["signature_image"].detail == "the record's own signature image"
    assert names["page_pixels"].detail.startswith("identical")


def test_name_changed_in_the_table_only(
    ceremony: Ceremony, genuine: tuple[ReceiptData, bytes, list[Region]], tmp_path: Path
) -> None:
    data, pdf, _ = genuine
    name = data.field("name")
    forged = edit.replace_shown(pdf, name, "Sari Nurhaliza", occurrence=0)
    verdict = _verify(ceremony, tmp_path, forged)
    assert not verdict.valid and verdict.problem is Problem.ALTERED_TEXT
    assert "the name" in verdict.reason and "Sari Nurhaliza" in verdict.reason
    assert "the name under the signature" not in verdict.reason  # that one was left as it was


def test_nip_changed_in_the_table_only(
    ceremony: Ceremony, genuine: tuple[ReceiptData, bytes, list[Region]], tmp_path: Path
) -> None:
    data, pdf, _ = genuine
    nip = data.field("identifier")
    other = nip[:-3] + ("999" if not nip.endswith("999") else "998")
    forged = edit.replace_shown(pdf, nip, other, occurrence=0)
    verdict = _verify(ceremony, tmp_path, forged)
    assert not verdict.valid and verdict.problem is Problem.ALTERED_TEXT
    assert "the NIP" in verdict.reason and other in verdict.reason


def test_white_box_with_another_name_over_the_name(
    ceremony: Ceremony, genuine: tuple[ReceiptData, bytes, list[Region]], tmp_path: Path
) -> None:
    _, pdf, regions = genuine
    cover = edit.overlay_ops(_region(regions, "name"), "Budi Santoso")
    verdict = _verify(ceremony, tmp_path, edit.append_to_content(pdf, cover))
    assert not verdict.valid and verdict.problem is PageProblem.ALTERED_PAGE
    assert "a filled box" in verdict.reason and "'Budi Santoso' added" in verdict.reason
    assert "the name" in verdict.reason


def test_an_added_pledge_line(
    ceremony: Ceremony, genuine: tuple[ReceiptData, bytes, list[Region]], tmp_path: Path
) -> None:
    _, pdf, regions = genuine
    last_pledge = [r for r in regions if r.tag == "pledge"][-1]
    line = (
        f"\nBT /F2+0 7.9 Tf {last_pledge.x0:.2f} {last_pledge.y0 + 1:.2f} Td "
        "(5. Boleh berkampanye untuk calon tertentu.) Tj ET\n"
    ).encode()
    verdict = _verify(ceremony, tmp_path, edit.append_to_content(pdf, line))
    assert not verdict.valid and verdict.problem is Problem.ALTERED_TEXT
    assert "the pledge text" in verdict.reason and "Boleh berkampanye" in verdict.reason


def test_the_printed_time_changed(
    ceremony: Ceremony, genuine: tuple[ReceiptData, bytes, list[Region]], tmp_path: Path
) -> None:
    _, pdf, _ = genuine
    content = edit.content_of(pdf)
    match = re.search(rb"pukul (\d\d)\.(\d\d)\.(\d\d) WIB", content)
    assert match is not None
    hour = (int(match.group(1)) + 3) % 24
    forged_content = content.replace(
        match.group(0), f"pukul {hour:02d}".encode() + match.group(0)[8:]
    )
    verdict = _verify(ceremony, tmp_path, edit.with_content(pdf, forged_content))
    assert not verdict.valid and verdict.problem is Problem.ALTERED_TEXT
    assert "the printed time" in verdict.reason and f"pukul {hour:02d}" in verdict.reason


def test_the_unit_changed(
    ceremony: Ceremony, genuine: tuple[ReceiptData, bytes, list[Region]], tmp_path: Path
) -> None:
    data, pdf, _ = genuine
    first_word = data.field("unit").split()[0]
    forged = edit.replace_shown(pdf, first_word, "Kantor", occurrence=0)
    verdict = _verify(ceremony, tmp_path, forged)
    assert not verdict.valid and verdict.problem is Problem.ALTERED_TEXT
    assert "the unit (Unit Kerja)" in verdict.reason


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (
            lambda pdf, regions: edit.incremental_overlay(
                pdf, edit.overlay_ops(_region(regions, "name"), "Budi Santoso")
            ),
            "incremental update",
        ),
        (
            lambda pdf, regions: edit.second_content_stream(
                pdf, edit.overlay_ops(_region(regions, "identifier"), "199901012020011001")
            ),
            "2 content streams",
        ),
        (
            lambda pdf, regions: edit.with_annotation(
                pdf, _region(regions, "name"), "Budi Santoso"
            ),
            "annotations",
        ),
        (lambda pdf, regions: edit.with_javascript(pdf), "JavaScript"),
        (lambda pdf, regions: edit.with_extra_page(pdf), "belong to no receipt"),
    ],
    ids=["incremental-update", "second-content-stream", "annotation", "javascript", "extra-page"],
)
def test_structural_edits_are_refused_by_name(
    ceremony: Ceremony,
    genuine: tuple[ReceiptData, bytes, list[Region]],
    tmp_path: Path,
    make: Callable[[bytes, list[Region]], bytes],
    words: str,
) -> None:
    data, pdf, regions = genuine
    verdict = _verify(ceremony, tmp_path, make(pdf, regions))
    assert not verdict.valid and verdict.problem is PageProblem.STRUCTURE
    assert words in verdict.reason
    assert verdict.record_id == data.record_id  # the seal still says whose receipt it was


def test_the_signature_image_swapped_for_another(
    ceremony: Ceremony, record_id: str, tmp_path: Path
) -> None:
    from tests.documents.factory import signature_png

    data = load_receipt(ceremony.store, record_id)
    other = ReceiptData(**{**data.__dict__, "signature_png": signature_png(99)})
    verdict = _verify(ceremony, tmp_path, build_receipt(other, "a5"))
    assert not verdict.valid and verdict.problem is PageProblem.ALTERED_PAGE
    assert "image differs at the signature" in verdict.reason


def test_a_change_the_operations_cannot_see_is_caught_by_the_pixels(
    ceremony: Ceremony, genuine: tuple[ReceiptData, bytes, list[Region]], tmp_path: Path
) -> None:
    """Same operations, same text layer, but the bold font's glyph widths changed, so the bold
    text (title, values of the table) is spaced differently: only the pixels can tell."""
    import io

    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import ArrayObject, NameObject, NumberObject

    _, pdf, _ = genuine
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    fonts = writer.pages[0]["/Resources"]["/Font"].get_object()
    bold = next(f.get_object() for f in fonts.values() if "Bold" in f.get_object()["/BaseFont"])
    widths = [int(w) for w in bold["/Widths"]]
    bold[NameObject("/Widths")] = ArrayObject(NumberObject(w * 2) for w in widths)
    out = io.BytesIO()
    writer.write(out)
    verdict = _verify(ceremony, tmp_path, out.getvalue())
    assert not verdict.valid and verdict.problem is PageProblem.ALTERED_PAGE
    assert "looks different" in verdict.reason and "the name" in verdict.reason
    failed = [c for c in verdict.checks if not c.ok]
    assert [c.name for c in failed] == ["page_pixels"]


@pytest.mark.parametrize("layout", ["a4", "a5", "roll80"])
def test_a_reprint_verifies_and_cannot_pass_for_the_original(
    ceremony: Ceremony, record_id: str, tmp_path: Path, layout: str
) -> None:
    data = load_receipt(ceremony.store, record_id)
    copy = build_receipt(data, layout, reprint=True)
    verdict = _verify(ceremony, tmp_path, copy)
    assert verdict.valid, verdict.reason
    content = next(c for c in verdict.checks if c.name == "page_content")
    assert "SALINAN" in content.detail
    passed_off = _verify(ceremony, tmp_path, edit.replace_shown(copy, "SALINAN", ""))
    assert not passed_off.valid and "SALINAN" in passed_off.reason


def test_cli_json_lists_the_checks(
    ceremony: Ceremony, genuine: tuple[ReceiptData, bytes, list[Region]], tmp_path: Path
) -> None:
    import contextlib
    import io
    import json

    from desktop_app.cli.main import main

    _, pdf, regions = genuine
    good = tmp_path / "good.pdf"
    good.write_bytes(pdf)
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(edit.incremental_overlay(pdf, edit.overlay_ops(_region(regions, "name"), "X")))
    data_dir = str(ceremony.store.paths.root)
    for path, code, valid in ((good, 0, True), (bad, 1, False)):
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            assert main(["--data-dir", data_dir, "--json", "verify", str(path)]) == code
        result = json.loads(out.getvalue())
        assert result["valid"] is valid
        checks = result["checks"]
        assert checks and all(set(c) == {"name", "ok", "detail"} for c in checks)
        assert all(c["ok"] for c in checks) is valid
    assert result["problem"] == "altered_structure"
    assert any(c["name"] == "pdf_structure" and not c["ok"] for c in checks)


def test_the_station_name_changed(
    ceremony: Ceremony, genuine: tuple[ReceiptData, bytes, list[Region]], tmp_path: Path
) -> None:
    data, pdf, _ = genuine
    forged = edit.replace_shown(pdf, f"Stasiun: {data.station_name}", "Stasiun: Meja 9")
    verdict = _verify(ceremony, tmp_path, forged)
    assert not verdict.valid and verdict.problem is Problem.ALTERED_TEXT
    assert "station name" in verdict.reason and "'Meja 9'" in verdict.reason


def test_hostile_files_get_a_verdict_not_a_crash(ceremony: Ceremony, tmp_path: Path) -> None:
    for name, blob in (
        ("empty.pdf", b""),
        ("text.pdf", b"hello"),
        ("cut.pdf", b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"),
        ("zeros.pdf", b"%PDF-1.7\n" + bytes(4096)),
    ):
        path = tmp_path / name
        path.write_bytes(blob)
        (verdict,) = verify_receipt_pdf(ceremony.store, path)
        assert not verdict.valid and verdict.reason, name


def test_an_archive_with_one_altered_receipt(ceremony: Ceremony, tmp_path: Path) -> None:
    """In the ceremony's archive, the receipt whose page was edited is named; the others
    still verify."""
    from desktop_app.documents.archive import build_archive

    pdf, count = build_archive(ceremony.store, None)
    assert count == 4
    second = edit.content_of(pdf, page=1)
    shown = re.findall(rb"\(([^()]+)\) Tj", second.split(b"(Nama) Tj", 1)[1])
    assert shown[0] == b":"  # the table row: label, colon, then the name
    name = b"(" + shown[1] + b") Tj"
    forged = edit.with_content(pdf, second.replace(name, b"(Orang Lain) Tj", 1), page=1)
    path = tmp_path / "arsip.pdf"
    path.write_bytes(forged)
    verdicts = verify_receipt_pdf(ceremony.store, path)
    assert [v.valid for v in verdicts] == [True, False, True, True]
    assert verdicts[1].problem is Problem.ALTERED_TEXT and "Orang Lain" in verdicts[1].reason
    assert "at the name" in verdicts[1].reason
    assert verdicts[1].page == 2


def test_without_pdftoppm_the_verdict_says_pixels_were_not_compared(
    ceremony: Ceremony,
    genuine: tuple[ReceiptData, bytes, list[Region]],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A desk without poppler (the Windows bundle has none) still compares every operation,
    and says that the pixels were not compared."""
    _, pdf, _ = genuine
    monkeypatch.setenv("PATH", str(tmp_path / "empty-bin"))
    verdict = _verify(ceremony, tmp_path, pdf)
    assert verdict.valid, verdict.reason
    assert "pixels were not compared" in verdict.reason
