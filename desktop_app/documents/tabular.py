"""Tables written as CSV (UTF-8 with BOM, for Excel) or XLSX, identifiers always as text.

Every cell goes through ``integrity.cells.neutralise_cell`` (the one the server uses too): a
name such as ``=HYPERLINK(...)`` or ``@SUM(1+1)`` (typed into a roster, or arriving from another
desk) is data, and a spreadsheet must show it as text, never run it as a formula.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from pakta_common.files import atomic_output
from pakta_common.integrity.cells import neutralise_cell

TEXT_COLUMNS = frozenset({"NIP", "Identifier", "Identitas"})
# XML 1.0 cannot carry these: openpyxl refuses a workbook holding them
_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def table_cells(header: Sequence[str], rows: Iterable[Sequence[object]]) -> Iterator[list[object]]:
    """Header and rows as written: identifiers as text, every cell neutralised."""
    text_cols = {i for i, name in enumerate(header) if name in TEXT_COLUMNS}
    yield [neutralise_cell(name) for name in header]
    for row in rows:
        yield [
            neutralise_cell("" if v is None else str(v)) if i in text_cols else neutralise_cell(v)
            for i, v in enumerate(row)
        ]


def write_csv(path: Path, header: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerows(table_cells(header, rows))
    with atomic_output(path) as fh:
        fh.write(buffer.getvalue().encode("utf-8-sig"))


def write_xlsx(
    path: Path, header: Sequence[str], rows: Sequence[Sequence[object]], title: str = "Data"
) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook(write_only=False)
    sheet = workbook.active
    assert sheet is not None
    sheet.title = title[:31]
    for values in table_cells(header, rows):
        sheet.append([_NOT_XML.sub("\ufffd", v) if isinstance(v, str) else v for v in values])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    text_cols = [i for i, name in enumerate(header) if name in TEXT_COLUMNS]
    for i in text_cols:
        for (cell,) in sheet.iter_rows(min_row=2, min_col=i + 1, max_col=i + 1):
            cell.number_format = "@"
    with atomic_output(path) as fh:
        workbook.save(fh)
