"""Attendance list, minutes, progress, the receipt archive, badge sheets and CSV/XLSX exports."""

from __future__ import annotations

import contextlib
import io
import json
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop_app.cli.main import main
from desktop_app.documents.attendance import build_attendance
from desktop_app.documents.badges import build_badges
from desktop_app.documents.pdf_reading import pdftoppm_available, render_pages
from desktop_app.documents.receipt_verify import squash, verify_receipt_pdf
from desktop_app.documents.report_data import load_attendance
from desktop_app.domain.badge import BadgeForm, parse_badge_text
from desktop_app.services.badge_sheet import load_badges
from desktop_app.services.badges import check_badge_signature
from tests.documents.factory import Ceremony, make_ceremony, sign_all
from tests.documents.pdfcheck import font_is_embedded, fonts_of, reader, text_of


def _cli(data_dir: Path, *args: str) -> tuple[int, dict[str, object]]:
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        code = main(["--data-dir", str(data_dir), "--json", *args])
    text = buf.getvalue()
    return code, json.loads(text) if text else {}


def test_attendance_list_groups_units_numbers_pages_and_ends_with_mengetahui(
    ceremony: Ceremony,
) -> None:
    data = load_attendance(ceremony.store, None)
    pdf = build_attendance(data)
    text = text_of(pdf)
    flat = squash(text)
    assert "DAFTAR HADIR" in text
    assert "Hari/Tanggal" in text and "Senin,23November2026" in flat
    for unit in {r.unit for r in data.rows}:
        assert squash(f"Unit Kerja: {unit}") in flat
    for header in ("No", "Nama", "NIP", "Jabatan/Pangkat", "Unit Kerja", "Tanda tangan"):
        assert header in text
    pages = len(reader(pdf).pages)
    assert f"Halaman {pages} dari {pages}" in text
    assert "Mengetahui," in reader(pdf).pages[-1].extract_text()
    assert "belum hadir" in text  # 2 of 6 have not signed
    images = sum(len(p.images) for p in reader(pdf).pages)
    assert images == 4  # one thumbnail per signature
    assert all(font_is_embedded(f) for f in fonts_of(pdf))


def test_attendance_of_ten_thousand_rows(tmp_path: Path) -> None:
    c = make_ceremony(tmp_path / "big", people=10_000)
    sign_all(c, 30)
    # How long this takes is a figure of benchmarks/bench_documents.py, not a test.
    data = load_attendance(c.store, None)
    pdf = build_attendance(data)
    doc = reader(pdf)
    assert len(doc.pages) > 300
    last = doc.pages[-1].extract_text()
    assert f"Halaman {len(doc.pages)} dari {len(doc.pages)}" in last
    c.store.close()


def test_minutes_counts_and_signature_blocks(
    ceremony: Ceremony, data_dir: Path, tmp_path: Path
) -> None:
    out = tmp_path / "ba.pdf"
    code, result = _cli(
        data_dir,
        "export",
        "minutes",
        "--format",
        "pdf",
        "--out",
        str(out),
        "--official-name",
        "Dr. Budi Santoso, M.Si.",
        "--official-nip",
        "196805121994031005",
        "--number",
        "800/123/35.73.403/2026",
    )
    assert code == 0 and result["path"] == str(out)
    text = text_of(out.read_bytes())
    flat = squash(text)
    assert "BERITA ACARA" in text and squash("800/123/35.73.403/2026") in flat
    assert squash("Pada hari ini Senin tanggal dua puluh tiga bulan November") in flat
    assert squash("diharapkan hadir: 6 (enam) orang") in flat
    assert squash("telah menandatangani: 4 (empat) orang") in flat
    assert squash("belum menandatangani: 2 (dua) orang") in flat
    assert "Mengetahui," in text and "Panitia Penyelenggara" in text
    assert "196805121994031005" in text and "Dr. Budi Santoso" in text


def test_progress_pdf_lists_who_has_not_signed(
    ceremony: Ceremony, data_dir: Path, tmp_path: Path
) -> None:
    out = tmp_path / "p.pdf"
    code, _ = _cli(data_dir, "export", "progress", "--format", "pdf", "--out", str(out))
    assert code == 0
    text = squash(text_of(out.read_bytes()))
    data = load_attendance(ceremony.store, None, images=False)
    for row in data.rows:
        assert (row.identifier in text) == (not row.signed)
    assert "JUMLAH" in text


def test_archive_holds_every_receipt_and_each_verifies(
    ceremony: Ceremony, data_dir: Path, tmp_path: Path
) -> None:
    out = tmp_path / "arsip.pdf"
    code, result = _cli(data_dir, "export", "pledges", "--format", "pdf", "--out", str(out))
    assert code == 0 and result["rows"] == 4
    verdicts = verify_receipt_pdf(ceremony.store, out)
    assert len(verdicts) == 4 and all(v.valid for v in verdicts)
    code, result = _cli(data_dir, "verify", str(out))
    assert code == 0 and len(result["receipts"]) == 4  # type: ignore[arg-type]


def test_csv_and_xlsx_keep_nip_as_text(ceremony: Ceremony, data_dir: Path, tmp_path: Path) -> None:
    csv_path, xlsx_path = tmp_path / "h.csv", tmp_path / "h.xlsx"
    assert _cli(data_dir, "export", "attendance", "--format", "csv", "--out", str(csv_path))[0] == 0
    assert (
        _cli(data_dir, "export", "attendance", "--format", "xlsx", "--out", str(xlsx_path))[0] == 0
    )
    raw = csv_path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert ceremony.identifiers[0] in raw.decode("utf-8-sig")
    sheet = load_workbook(xlsx_path).active
    assert sheet is not None
    nips = [row[2] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert set(ceremony.identifiers) == set(nips)
    assert all(isinstance(n, str) and len(n) == 18 for n in nips)
    code, result = _cli(
        data_dir, "export", "pledges", "--format", "xlsx", "--out", str(tmp_path / "p.xlsx")
    )
    assert code == 0 and result["rows"] == 4


def test_badge_sheet_has_cut_marks_and_signed_payloads(ceremony: Ceremony) -> None:
    sheet = load_badges(ceremony.store, None)
    pdf = build_badges(sheet)
    assert len(sheet.badges) == 6
    with ceremony.store.read() as session:
        for badge in sheet.badges:
            parsed = parse_badge_text(badge.payload)
            assert parsed.form is BadgeForm.SIGNED and parsed.identifier == badge.identifier
            assert check_badge_signature(session, parsed) is True
    text = squash(text_of(pdf))
    assert all(squash(b.name) in text and b.identifier in text for b in sheet.badges)
    assert "Potongditandapotong" in text


@pytest.mark.skipif(not pdftoppm_available(), reason="needs poppler-utils (scripts/setup-cups.sh)")
def test_camera_path_decodes_every_badge_on_a_rendered_sheet(tmp_path: Path) -> None:
    c = make_ceremony(tmp_path / "b", people=14)
    sheet = load_badges(c.store, None)
    path = tmp_path / "badges.pdf"
    path.write_bytes(build_badges(sheet))
    from desktop_app.devices.scanners.camera import decode_frame

    found: set[str] = set()
    for page in render_pages(path, 1, 2, dpi=150):
        found |= set(decode_frame(page).texts)
    assert found == {b.payload for b in sheet.badges}
    c.store.close()


def test_badges_cli(ceremony: Ceremony, data_dir: Path, tmp_path: Path) -> None:
    code, result = _cli(data_dir, "badges", "--out", str(tmp_path / "k.pdf"))
    assert code == 0 and result == {"path": str(tmp_path / "k.pdf"), "badges": 6}
    assert main(["--data-dir", str(data_dir), "badges", "--out", str(tmp_path)]) == 2


def test_unsupported_export_is_a_usage_error(
    ceremony: Ceremony, data_dir: Path, tmp_path: Path
) -> None:
    assert (
        main(
            [
                "--data-dir",
                str(data_dir),
                "export",
                "minutes",
                "--format",
                "csv",
                "--out",
                str(tmp_path / "m.csv"),
            ]
        )
        == 2
    )


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    """A 1 MB tmpfs: a real full disk (needs root)."""
    mount = tmp_path / "tiny"
    mount.mkdir()
    if os.geteuid() != 0:
        pytest.fail("the full-disk test needs root to mount a tmpfs")
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mount)], check=True)
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def test_full_disk_export_leaves_nothing_behind(tmp_path: Path, tiny_disk: Path) -> None:
    c = make_ceremony(tmp_path / "s", people=60)
    sign_all(c, 60)  # the attendance PDF with 60 thumbnails is larger than 1 MB free
    (tiny_disk / "filler").write_bytes(b"\0" * 1_000_000)
    c.store.close()
    out = tiny_disk / "daftar-hadir.pdf"
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        code = main(
            [
                "--data-dir",
                str(tmp_path / "s"),
                "export",
                "attendance",
                "--format",
                "pdf",
                "--out",
                str(out),
            ]
        )
    assert code == 2
    assert "disk full" in err.getvalue()
    assert sorted(p.name for p in tiny_disk.iterdir()) == ["filler"]  # no partial file


LONG_TITLE = (
    "Apel Pagi dan Penandatanganan Pakta Integritas Netralitas Aparatur Sipil Negara dalam "
    "Penyelenggaraan Pemilihan Gubernur dan Wakil Gubernur, Bupati dan Wakil Bupati, serta "
    "Wali Kota dan Wakil Wali Kota Tahun 2024 di Lingkungan Pemerintah Kota Malang"
)
HARD = (
    "Ni Kadek Ayu Dé Pérez-Müller",
    "Muhammad Ma'ruf O'Neil",
    "Prof. Dr. Ir. H. Raden Mas Ngabehi Soerjo Koesoemo Wibowo Hadiningrat, S.H., M.Hum.",
)


def test_long_titles_and_hard_names_in_every_document(tmp_path: Path) -> None:
    from desktop_app.documents.minutes import build_minutes
    from desktop_app.documents.receipt import LAYOUTS, build_receipt
    from desktop_app.documents.receipt_data import load_receipt
    from desktop_app.services.progress import ceremony_progress

    c = make_ceremony(
        tmp_path / "s",
        people=3,
        names=HARD,
        title=LONG_TITLE,
        venue="Gedung Kartini, Jl. Jaksa Agung Suprapto No. 2, Klojen",
    )
    ids = sign_all(c)
    receipt = load_receipt(c.store, ids[0])
    for layout in LAYOUTS:
        assert squash(LONG_TITLE) in squash(text_of(build_receipt(receipt, layout)))
    attendance = load_attendance(c.store, None)
    flat = squash(text_of(build_attendance(attendance)))
    assert all(squash(name) in flat for name in HARD)
    badges = squash(text_of(build_badges(load_badges(c.store, None))))
    assert squash(HARD[0]) in badges and squash(HARD[1]) in badges
    minutes = text_of(build_minutes(attendance.ceremony, ceremony_progress(c.store, None)))
    assert squash(LONG_TITLE) in squash(minutes)
    c.store.close()


@pytest.mark.skipif(not pdftoppm_available(), reason="needs poppler-utils (scripts/setup-cups.sh)")
def test_badge_held_to_the_camera_is_found_by_the_desk(tmp_path: Path) -> None:
    """One cut-out badge, slightly blurred and rotated as a webcam sees it, through the
    camera decoder and the desk's lookup."""
    from PIL import ImageFilter

    from desktop_app.devices.scanners.camera import decode_frame
    from desktop_app.documents.badges import BADGE_H, BADGE_W, BOTTOM, LEFT, PAGE_H
    from desktop_app.services.lookup import LookupStatus, lookup_badge

    c = make_ceremony(tmp_path / "b", people=3)
    sheet = load_badges(c.store, None)
    path = tmp_path / "badges.pdf"
    path.write_bytes(build_badges(sheet))
    dpi = 120
    (page,) = render_pages(path, 1, 1, dpi=dpi)
    scale = dpi / 72
    top = (PAGE_H - (BOTTOM + 4 * BADGE_H)) * scale
    badge = page.crop(
        (int(LEFT * scale), int(top), int((LEFT + BADGE_W) * scale), int(top + BADGE_H * scale))
    )
    frame = badge.rotate(7, expand=True, fillcolor=255).filter(ImageFilter.GaussianBlur(0.8))
    decoded = decode_frame(frame)
    assert decoded.text == sheet.badges[0].payload
    result = lookup_badge(c.store, decoded.text)
    assert result.status is LookupStatus.FOUND and result.identifier == sheet.badges[0].identifier
    c.store.close()
