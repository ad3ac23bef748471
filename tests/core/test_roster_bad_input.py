"""Bad roster input never loses rows silently: a stray quote is refused with its row number, an
XLSX is read to its real end whatever its stated dimensions, and every unreadable file ends in
exit 2 with a clear message (and a JSON object with --json), nothing imported."""

from __future__ import annotations

import contextlib
import io
import json
import os
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from desktop_app.cli.main import main
from desktop_app.demo.factory import nip_at
from desktop_app.services.ceremonies import create_ceremony
from desktop_app.storage.models import Employee
from desktop_app.storage.store import Store
from pakta_common.roster_file import read_roster

ROWS = [("Siti Nurhaliza", nip_at(1)), ("Ahmad Fauzi, S.Kom.", nip_at(2)), ("Dewi", nip_at(3))]


def _cli(data_dir: Path, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["--data-dir", str(data_dir), *args])
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def station(data_dir: Path) -> Path:
    with Store.open(data_dir) as store:
        create_ceremony(store, title="Apel", date="2026-11-23", venue="Aula")
    return data_dir


def _employees(data_dir: Path) -> int:
    with Store.open(data_dir) as store, store.read() as session:
        return session.query(Employee).count()


def _xlsx(rows: list[tuple[str, str]]) -> bytes:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Nama", "NIP"])
    for name, nip in rows:
        sheet.append([name, nip])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _rezip(data: bytes, change: dict[str, bytes | None]) -> bytes:
    """The workbook with some parts replaced (bytes) or left out (None)."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name in source.namelist():
            part = change.get(name, source.read(name))
            if part is not None:
                target.writestr(name, part)
    return out.getvalue()


def test_a_stray_quote_is_refused_with_its_row(station: Path, tmp_path: Path) -> None:
    a, b, c, d = (nip_at(i) for i in range(1, 5))
    text = f'Nama;NIP\nSiti;{a}\n"Ahmad;{b}\nDewi;{c}\nBudi;{d}\n'
    path = tmp_path / "roster.csv"
    path.write_text(text, "utf-8")
    code, out, err = _cli(station, "roster", "import", str(path))
    assert code == 2 and out == ""
    assert "row 3" in err and "quote" in err and "lines 4-5" in err
    assert _employees(station) == 0  # nothing imported, nothing half-imported


def test_quoted_fields_that_close_on_their_line_are_fine(tmp_path: Path) -> None:
    path = tmp_path / "roster.csv"
    lines = ["Nama,NIP"] + [f'"{name}","{nip}"' for name, nip in ROWS]
    path.write_text("\r\n".join(lines) + "\r\n", "utf-8")
    parsed = read_roster(path)
    assert [r.name for r in parsed.rows] == [name for name, _ in ROWS]
    assert parsed.rejected == []


def test_a_wrong_stated_dimension_does_not_cut_rows(tmp_path: Path) -> None:
    data = _xlsx(ROWS)
    sheet_xml = zipfile.ZipFile(io.BytesIO(data)).read("xl/worksheets/sheet1.xml")
    lying = sheet_xml.replace(b'<dimension ref="A1:B4"', b'<dimension ref="A1:B1"')
    assert lying != sheet_xml
    path = tmp_path / "roster.xlsx"
    path.write_bytes(_rezip(data, {"xl/worksheets/sheet1.xml": lying}))
    assert [r.name for r in read_roster(path).rows] == [name for name, _ in ROWS]


def _bad_files() -> dict[str, bytes]:
    good = _xlsx(ROWS)
    sheet = "xl/worksheets/sheet1.xml"
    sheet_xml = zipfile.ZipFile(io.BytesIO(good)).read(sheet)
    bomb_rows = b"".join(
        b'<row r="%d"><c r="A%d" t="inlineStr"><is><t>%s</t></is></c></row>' % (n, n, b"A" * 2000)
        for n in range(5, 12_000)
    )
    return {
        "empty.csv": b"",
        "empty.xlsx": b"",
        "garbage.csv": os.urandom(4000),
        "zip-garbage.xlsx": b"PK\x03\x04" + os.urandom(4000),
        "truncated.xlsx": good[: len(good) // 2],
        "broken-sheet.xlsx": _rezip(good, {sheet: sheet_xml[: len(sheet_xml) // 2]}),
        "no-workbook.xlsx": _rezip(good, {"xl/workbook.xml": None}),
        "no-sheet.xlsx": _rezip(good, {sheet: None}),
        "bomb.xlsx": _rezip(
            good, {sheet: sheet_xml.replace(b"</sheetData>", bomb_rows + b"</sheetData>")}
        ),
        "old-excel.xlsx": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(4000),
        "utf16-damaged.csv": b"\xff\xfe" + "Nama,NIP\n".encode("utf-16-le") + b"\x00",
        "utf16-no-bom.csv": "Nama,NIP\nSiti,198001012005011001\n".encode("utf-16-le"),
        "no-header.csv": b"just some words\nand more\n",
    }


@pytest.mark.parametrize("name", sorted(_bad_files()))
def test_unreadable_rosters_exit_2_with_a_message_and_json(
    station: Path, tmp_path: Path, name: str
) -> None:
    path = tmp_path / name
    path.write_bytes(_bad_files()[name])
    code, out, err = _cli(station, "--json", "roster", "import", str(path))
    assert code == 2, (out, err)
    assert err.startswith("pakta: ") and "Traceback" not in err and "unexpected" not in err
    result = json.loads(out)
    assert result["exit_code"] == 2 and result["error"] == err.removeprefix("pakta: ").strip()
    assert _employees(station) == 0
