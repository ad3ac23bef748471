"""A NIP in two rows: both refused and named, then the operator says which row stands."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.domain.errors import InvalidInput
from desktop_app.services.ceremonies import CeremonyInfo
from desktop_app.services.lookup import LookupStatus, lookup_badge
from desktop_app.services.roster_import import (
    duplicate_choices,
    import_roster,
    use_duplicate_rows,
)
from desktop_app.storage.store import Store

ROSTER = (
    "Nama;NIP;Unit Kerja\n"
    "Budi Santoso;199001012015031007;Dinas A\n"  # row 2: the genuine person
    "Budi S. (salah ketik);199001012015031007;Dinas A\n"  # row 3: same NIP
    "Sri Wahyuni;199001012015032008;Dinas B\n"  # row 4
    "Tanpa NIP;;Dinas B\n"  # row 5
    "Andi;12345;Dinas C\n"  # row 6
)
NIP = "199001012015031007"


def _file(tmp_path: Path) -> Path:
    path = tmp_path / "daftar.csv"
    path.write_text(ROSTER, "utf-8")
    return path


def test_both_rows_are_refused_and_named_with_a_code(
    store: Store, ceremony: CeremonyInfo, tmp_path: Path
) -> None:
    result = import_roster(store, _file(tmp_path), ceremony.id)
    assert result.imported == 1  # only Sri
    codes = {r.row: (r.code, r.detail) for r in result.rejected}
    assert codes == {
        2: ("duplicate", "3"),
        3: ("duplicate", "2"),
        5: ("no_identifier", ""),
        6: ("nip_length", "12345"),
    }
    assert "row 3" in next(r.reason for r in result.rejected if r.row == 2)  # the CLI's words
    choices = duplicate_choices(result.rejected)
    assert list(choices) == [NIP] and [r.row for r in choices[NIP]] == [2, 3]
    assert lookup_badge(store, NIP).status is LookupStatus.UNKNOWN


def test_the_operator_chooses_the_row_after_the_import(
    store: Store, ceremony: CeremonyInfo, tmp_path: Path
) -> None:
    first = import_roster(store, _file(tmp_path), ceremony.id)
    with pytest.raises(InvalidInput):
        use_duplicate_rows(store, first, [4])  # not a duplicate row
    with pytest.raises(InvalidInput):
        use_duplicate_rows(store, first, [2, 3])  # two rows for one NIP
    assert lookup_badge(store, NIP).status is LookupStatus.UNKNOWN  # refused: nothing changed

    done = use_duplicate_rows(store, first, [2])
    assert done.imported == 2
    found = lookup_badge(store, NIP)
    assert found.status is LookupStatus.FOUND and found.employee is not None
    assert found.employee.name == "Budi Santoso"
    left = {r.row: (r.code, r.detail) for r in done.rejected}
    assert left[3] == ("duplicate_not_chosen", "2") and 2 not in left


def test_the_choice_can_be_given_with_the_import(
    store: Store, ceremony: CeremonyInfo, tmp_path: Path
) -> None:
    result = import_roster(store, _file(tmp_path), ceremony.id, use_rows=[3])
    assert result.imported == 2
    found = lookup_badge(store, NIP).employee
    assert found is not None and found.name == "Budi S. (salah ketik)"
