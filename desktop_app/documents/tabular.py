"""Tables written as CSV (UTF-8 with BOM, for Excel) or XLSX, identifiers always as text."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from pathlib import Path

from desktop_app.files import atomic_output

TEXT_COLUMNS = frozenset({"NIP", "Identifier", "Identitas"})


def write_csv(path: Path, header: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
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
    sheet.append(list(header))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    text_cols = [i for i, name in enumerate(header) if name in TEXT_COLUMNS]
    for row in rows:
        sheet.append([str(v) if i in text_cols else v for i, v in enumerate(row)])
    for i in text_cols:
        for (cell,) in sheet.iter_rows(min_row=2, min_col=i + 1, max_col=i + 1):
            cell.number_format = "@"
    with atomic_output(path) as fh:
        workbook.save(fh)
