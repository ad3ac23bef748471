"""Roster import: messy CSV and XLSX files; good rows in, exactly the bad rows reported."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from desktop_app.domain.errors import InvalidInput
from desktop_app.services.ceremonies import CeremonyInfo
from desktop_app.services.lookup import LookupStatus, lookup_badge
from desktop_app.services.roster_import import import_roster
from desktop_app.services.signing import register_pledge
from desktop_app.storage.models import Employee, SignedPledge
from desktop_app.storage.store import Store
from tests.core.conftest import NIPS, pledge_request

MESSY_CSV = (
    "DAFTAR PEGAWAI PEMERINTAH KOTA MALANG\n"
    ";;;\n"
    "No ; NAMA LENGKAP ; Nip Baru ; Pangkat / Gol. ; JABATAN ; unit  kerja\n"
    "1;Dra. Émilie Ma'ruf, M.Si.;199001012015031001;Penata (III/c);Analis;Bagian Umum\n"
    "2;;199001012015031002;;;\n"  # row 5: no name
    "3;Joko;1990 0101 2015 03 1 003;;;Dinas A\n"  # spaces inside the NIP are fine
    "4;Bad Date;199002302015031004;;;\n"  # row 7: 30 February
    "5;Too Short;12345;;;\n"  # row 8
    "6;Sci;1.99001E+17;;;\n"  # row 9: Excel turned it into a number
    "7;Dup A;199001012015031007;;;\n"  # row 10: duplicate of row 11
    "8;Dup B;199001012015031007;;;\n"  # row 11
    "9;Honorer;;;;\n"  # row 12: no identifier at all
    ";;;;;\n"  # blank rows are skipped silently
    "10;Akhir;199001012021221010;PPPK;Guru;Dinas B\n"  # PPPK
)


def _csv(tmp_path: Path, text: str, encoding: str = "utf-8-sig", name: str = "r.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_messy_csv_reports_exactly_the_bad_rows(
    store: Store, ceremony: CeremonyInfo, tmp_path: Path
) -> None:
    result = import_roster(store, _csv(tmp_path, MESSY_CSV))
    assert result.imported == 3
    rejected = {r.row: r.reason for r in result.rejected}
    assert sorted(rejected) == [5, 7, 8, 9, 10, 11, 12]
    assert "name is empty" in rejected[5]
    assert "birth date" in rejected[7]
    assert "18 digits" in rejected[8]
    assert "lost digits" in rejected[9]
    assert "row 11" in rejected[10] and "row 10" in rejected[11]
    assert "no NIP" in rejected[12]
    found = lookup_badge(store, "199001012015031001")
    assert found.status is LookupStatus.FOUND
    assert found.employee is not None
    assert found.employee.name == "Dra. Émilie Ma'ruf, M.Si."
    assert found.employee.unit == "Bagian Umum"


def test_windows_code_page_and_comma_separator(
    store: Store, ceremony: CeremonyInfo, tmp_path: Path
) -> None:
    text = "Name,NIP,Work Unit,Position\r\nRené Ñoño,199001012015031001,Kecamatan Sukun,Camat\r\n"
    result = import_roster(store, _csv(tmp_path, text, encoding="cp1252"))
    assert (result.imported, result.rejected) == (1, [])
    found = lookup_badge(store, "199001012015031001")
    assert found.employee is not None and found.employee.name == "René Ñoño"


def test_other_identifier_for_attendees_without_nip(
    store: Store, ceremony: CeremonyInfo, tmp_path: Path
) -> None:
    text = "Nama;NIP;ID Lain\nPak Tono;;thl-2024-001\n"
    result = import_roster(store, _csv(tmp_path, text))
    assert result.imported == 1
    found = lookup_badge(store, "THL-2024-001")
    assert found.status is LookupStatus.FOUND
    assert found.employee is not None and found.employee.flagged
    assert found.employee.id_kind == "other"


def _xlsx(tmp_path: Path, rows: list[list[object]]) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    path = tmp_path / "roster.xlsx"
    workbook.save(path)
    return path


def test_xlsx_numeric_cell_that_lost_digits_is_rejected(
    store: Store, ceremony: CeremonyInfo, tmp_path: Path
) -> None:
    path = _xlsx(
        tmp_path,
        [
            ["Daftar Hadir"],
            ["NIP", "Nama", "Unit Kerja", "Golongan"],
            ["199001012015031001", "Teks", "Dinas A", "III/a"],  # text cell: fine
            [1.99001012015031e17, "Float", "Dinas A", "III/a"],  # Excel's float: lost digits
            # An int written by a tool: spreadsheets keep numbers as doubles, so this lands in
            # the file as 1.99001012015031e+17 too, and must be refused as well.
            [199001012015031003, "Int", "Dinas A", "III/a"],
            [123456, "Small number", "Dinas A", "III/a"],  # exact, but not a NIP
        ],
    )
    result = import_roster(store, path)
    assert result.imported == 1
    reasons = {r.row: r.reason for r in result.rejected}
    assert sorted(reasons) == [4, 5, 6]
    assert "lost digits" in reasons[4] and "lost digits" in reasons[5]
    assert "18 digits" in reasons[6]
    assert lookup_badge(store, "199001012015031001").status is LookupStatus.FOUND


def test_reimport_updates_changed_fields_and_keeps_signed_records(
    store: Store, ceremony: CeremonyInfo, tmp_path: Path
) -> None:
    done = register_pledge(store, pledge_request(NIPS[0]))
    text = (
        f"Nama;NIP;Unit Kerja\nBudi Santoso, S.T.;{NIPS[0]};Dinas Baru\n"
        f"Siti Nur'aini, S.E.;{NIPS[1]};Dinas B\n"
    )
    result = import_roster(store, _csv(tmp_path, text))
    # Budi's name and unit changed; Siti's row matches in every column the file has.
    assert (result.imported, result.updated, result.unchanged) == (0, 1, 1)
    again = import_roster(store, _csv(tmp_path, text))
    assert (again.imported, again.updated, again.unchanged) == (0, 0, 2)
    with store.read() as session:
        record = session.get(SignedPledge, done.record_id)
        assert record is not None
        assert (record.name, record.unit) == ("Budi Santoso", "Dinas A")  # the snapshot shown
    found = lookup_badge(store, NIPS[0])
    assert found.status is LookupStatus.ALREADY_SIGNED
    assert found.employee is not None and found.employee.unit == "Dinas Baru"


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("garbage.csv", b"\x00\x01\x02\xff\xfe\x00garbage", "not a text CSV"),
        ("noheader.csv", b"a;b;c\n1;2;3\n", "no header row"),
        ("fake.xlsx", b"PK\x03\x04this is not a zip", "not a readable XLSX"),
        ("empty.csv", b"", "no header row"),
    ],
)
def test_unreadable_files_change_nothing(
    store: Store, ceremony: CeremonyInfo, tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with store.read() as session:
        before = session.scalar(select(func.count()).select_from(Employee))
    with pytest.raises(InvalidInput, match=message):
        import_roster(store, path)
    with store.read() as session:
        assert session.scalar(select(func.count()).select_from(Employee)) == before


def test_missing_file_is_a_clear_error(
    store: Store, ceremony: CeremonyInfo, tmp_path: Path
) -> None:
    with pytest.raises(InvalidInput, match="cannot read"):
        import_roster(store, tmp_path / "nope.csv")


def test_reimport_without_a_column_keeps_that_field(
    store: Store, ceremony: CeremonyInfo, tmp_path: Path
) -> None:
    text = f"Nama;NIP\nBudi Santoso;{NIPS[0]}\n"  # no unit, rank or position column
    result = import_roster(store, _csv(tmp_path, text))
    assert (result.updated, result.unchanged) == (0, 1)
    found = lookup_badge(store, NIPS[0])
    assert found.employee is not None
    assert (found.employee.unit, found.employee.rank) == ("Dinas A", "Penata (III/c)")
