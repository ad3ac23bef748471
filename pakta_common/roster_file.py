"""Reading roster files (CSV or XLSX) into validated rows and per-row rejections.

Header names are recognised in Indonesian or English, in any case, spacing and order, and may
sit below a few title rows. NIPs are read as text; a numeric cell that has lost digits is
refused. Row numbers are those a person sees in the spreadsheet (1 = first line).

No row is ever lost without a word: a CSV quote that is opened and not closed on its line
(which would swallow every following line into one field) refuses the file with its row
number; an XLSX is read to its real last row whatever its stated dimensions say; and a file
that cannot be read at all (damaged, not a spreadsheet, an encoding we cannot decode, a zip
bomb, too large) raises InvalidInput with a clear message, never anything else.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from pakta_common.errors import InvalidInput
from pakta_common.nip import NipError, normalise_nip_text, parse_nip

MAX_FIELD = 300
HEADER_SEARCH_ROWS = 10
MAX_FILE_BYTES = 100_000_000
MAX_ROWS = 200_000  # a province's whole ASN roster fits; more is not a roster
MAX_COLUMNS = 200
MAX_UNZIPPED = 400_000_000  # all parts of an XLSX, unpacked
MAX_ZIP_RATIO = 100  # a real sheet packs 5-30 times; a zip bomb hundreds or thousands

HEADER_SYNONYMS: dict[str, tuple[str, ...]] = {
    "nip": (
        "nip",
        "nip baru",
        "nomor induk pegawai",
        "ni pppk",
        "nip nipppk",
        "nip ni pppk",
        "employee id",
        "employee number",
        "civil servant id",
    ),
    "other_id": (
        "id lain",
        "identitas lain",
        "no identitas",
        "nomor identitas",
        "other id",
        "alt id",
        "identifier",
        "nik",
    ),
    "name": ("nama", "nama lengkap", "nama pegawai", "name", "full name", "employee name"),
    "rank": (
        "pangkat",
        "golongan",
        "pangkat golongan",
        "pangkat gol",
        "gol",
        "gol ruang",
        "pangkat gol ruang",
        "rank",
        "grade",
        "rank grade",
    ),
    "position": ("jabatan", "nama jabatan", "position", "job title", "title"),
    "unit": (
        "unit kerja",
        "unit",
        "opd",
        "perangkat daerah",
        "satuan kerja",
        "satker",
        "work unit",
        "department",
        "bidang",
        "unit organisasi",
    ),
    "instansi": (
        "instansi",
        "agency",
        "institution",
        "organisasi",
        "organization",
        "pemerintah daerah",
    ),
}
_LOOKUP = {syn: key for key, syns in HEADER_SYNONYMS.items() for syn in syns}
_NOT_KEY = re.compile(r"[^a-z0-9]+")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


@dataclass(frozen=True)
class RosterRow:
    row: int
    identifier: str
    id_kind: str  # nip | other
    name: str
    rank: str = ""
    position: str = ""
    unit: str = ""
    instansi: str = ""


@dataclass(frozen=True)
class Rejection:
    """A refused row: ``reason`` in English (CLI, logs); ``code`` and ``detail`` for ui/ to
    word in the attendant's language; a duplicate keeps its parsed row as ``candidate`` so the
    operator can choose it (services.roster_import.choose_rows)."""

    row: int
    reason: str
    code: str = ""
    detail: str = ""
    candidate: RosterRow | None = None

    def as_json(self) -> dict[str, object]:
        return {"row": self.row, "reason": self.reason}


@dataclass(frozen=True)
class Limits:
    """How large a roster file may be: a desk's ceremony, or a campaign's whole instansi."""

    max_rows: int = MAX_ROWS
    max_bytes: int = MAX_FILE_BYTES
    max_unzipped: int = MAX_UNZIPPED


DESK_LIMITS = Limits()
# A campaign holds a province's whole ASN (Jawa Barat: 439,350 in 2024), with room to spare.
CAMPAIGN_LIMITS = Limits(max_rows=2_000_000, max_bytes=1_000_000_000, max_unzipped=4_000_000_000)


@dataclass
class RosterStream:
    """A roster file read row by row: ``items`` yields each good row or refused row in file
    order, holding nothing behind it. Duplicate identifiers are not resolved here (that needs
    the whole file): validate_rows does it in memory, the server's campaign import in SQL,
    by the same rule (every row of a duplicated identifier is refused). Iterating raises
    InvalidInput when the file turns out unreadable part-way."""

    fields: frozenset[str]
    items: Iterator[RosterRow | Rejection]


@dataclass
class RosterFile:
    rows: list[RosterRow] = field(default_factory=list)
    rejected: list[Rejection] = field(default_factory=list)
    # Roster fields the file has a column for; a re-import leaves the others as they were.
    fields: frozenset[str] = frozenset({"name", "rank", "position", "unit", "instansi"})


class RosterUnreadable(InvalidInput):
    """The file cannot be read as a roster at all; ``code`` says why, for ui/'s words:
    ``unreadable`` (cannot open), ``not_a_roster`` (not CSV or XLSX, or damaged), ``no_header``,
    ``too_large``, ``old_excel`` (.xls or password-protected), ``bad_quote`` (an unclosed quote
    at ``row`` would swallow the lines after it)."""

    def __init__(self, message: str, code: str, row: int = 0) -> None:
        super().__init__(message)
        self.code = code
        self.row = row  # the file's row, for ``bad_quote``


class LostDigits(ValueError):
    """A number cell that cannot hold an 18-digit NIP exactly."""


Cell = str | int | float | None
_T = TypeVar("_T")


def header_key(text: object) -> str | None:
    if text is None:
        return None
    return _LOOKUP.get(_NOT_KEY.sub(" ", str(text).lower()).strip())


def read_roster(path: Path) -> RosterFile:
    """Read and validate a roster file; raises InvalidInput when it cannot be read at all."""
    return resolve_duplicates(stream_roster(path, DESK_LIMITS))


def stream_roster(path: Path, limits: Limits = DESK_LIMITS) -> RosterStream:
    """Open a roster file for reading row by row (the header is read now: InvalidInput when
    the file cannot be read as a roster at all; later rows may still raise it)."""
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(4)
    except OSError as exc:
        raise RosterUnreadable(f"cannot read {path}: {exc.strerror}", "unreadable") from None
    if size > limits.max_bytes:
        raise RosterUnreadable(
            f"{path.name} is {size // 1_000_000} MB; a roster file is at most "
            f"{limits.max_bytes // 1_000_000} MB",
            "too_large",
        )
    if head.startswith(b"PK\x03\x04"):
        return _guarded(path, "XLSX workbook", lambda: _xlsx_rows(path, limits))
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        if head.startswith(b"\xd0\xcf\x11\xe0"):
            raise RosterUnreadable(
                f"{path.name} is an old Excel (.xls) or password-protected workbook; "
                "save it as .xlsx or CSV UTF-8 without a password",
                "old_excel",
            )
        raise RosterUnreadable(f"{path.name} is not a valid XLSX workbook", "not_a_roster")
    return _guarded(path, "CSV file", lambda: _csv_rows(path, limits))


def _guarded(path: Path, what: str, cells: Callable[[], Iterator[list[Cell]]]) -> RosterStream:
    """Stream ``cells`` as validated rows; whatever a damaged file makes the parser raise,
    now or part-way, becomes InvalidInput."""

    def guard(run: Callable[[], _T]) -> _T:
        try:
            return run()
        except InvalidInput:
            raise
        except MemoryError:
            raise RosterUnreadable(
                f"{path.name} is too large to read as a roster", "too_large"
            ) from None
        except Exception as exc:  # zipfile, XML and openpyxl errors of every kind
            text = str(exc).strip()
            detail = text.splitlines()[0][:160] if text else type(exc).__name__
            raise RosterUnreadable(
                f"{path.name} is not a readable {what} ({detail})", "not_a_roster"
            ) from None

    stream = guard(lambda: stream_rows(cells()))

    def items() -> Iterator[RosterRow | Rejection]:
        inner = stream.items
        while True:
            item = guard(lambda: next(inner, None))
            if item is None:
                return
            yield item

    return RosterStream(stream.fields, items())


def _decode(data: bytes, name: str) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise RosterUnreadable(
                f"{name} says it is UTF-16 text but is damaged; save it again as CSV UTF-8",
                "not_a_roster",
            ) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    return data.decode("cp1252", errors="replace")


def _csv_rows(path: Path, limits: Limits) -> Iterator[list[Cell]]:
    text = _decode(path.read_bytes(), path.name)
    if "\x00" in text:
        raise RosterUnreadable(
            f"{path.name} is not a text CSV file (binary data, or UTF-16 without its mark?); "
            "save it as CSV UTF-8",
            "not_a_roster",
        )
    first = next((line for line in text.splitlines() if line.strip()), "")
    delimiter = max((";", ",", "\t"), key=first.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    line = 0  # physical lines read so far
    try:
        for row in reader:
            start, line = line + 1, reader.line_num
            if line > start and any("\n" in cell or "\r" in cell for cell in row):
                swallowed = f"line {line}" if line == start + 1 else f"lines {start + 1}-{line}"
                raise RosterUnreadable(
                    f'{path.name}: row {start}: a quote (") opens a field that is not closed '
                    f"on its line, so {swallowed} would be read into it and lost; fix the "
                    f"quote in row {start} and import again (nothing was imported)",
                    "bad_quote",
                    row=start,
                )
            if start > limits.max_rows:
                raise RosterUnreadable(
                    f"{path.name} has more than {limits.max_rows} rows", "too_large"
                )
            yield list(row[:MAX_COLUMNS])
    except csv.Error as exc:
        raise RosterUnreadable(
            f"{path.name} is not a readable CSV file (row {line + 1}: {exc})", "not_a_roster"
        ) from None


def _check_zip(path: Path, limits: Limits) -> None:
    """Refuse an XLSX whose parts unpack to far more than any roster (a zip bomb)."""
    import zipfile

    try:
        with zipfile.ZipFile(path) as archive:
            parts = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise RosterUnreadable(
            f"{path.name} is not a readable XLSX workbook ({exc})", "not_a_roster"
        ) from None
    total = sum(p.file_size for p in parts)
    if total > limits.max_unzipped:
        raise RosterUnreadable(
            f"{path.name} unpacks to {total // 1_000_000} MB; not a roster", "too_large"
        )
    for part in parts:
        if part.file_size > 10_000_000 and part.file_size > MAX_ZIP_RATIO * max(
            1, part.compress_size
        ):
            raise RosterUnreadable(
                f"{path.name}: part {part.filename} unpacks {part.file_size // part.compress_size}"
                " times its size (a zip bomb?); not a roster",
                "too_large",
            )


def _xlsx_rows(path: Path, limits: Limits) -> Iterator[list[Cell]]:
    from openpyxl import load_workbook

    _check_zip(path, limits)
    workbook = load_workbook(path, read_only=True, data_only=True)
    try:
        if not workbook.worksheets:
            raise RosterUnreadable(f"{path.name} has no worksheet", "not_a_roster")
        sheet = workbook.worksheets[0]
        # Read-only mode trusts the <dimension> the writing program declared; some write a
        # wrong one (A1 only), which would silently cut rows off: read to the real end.
        sheet.reset_dimensions()
        filled = 0
        for values in sheet.iter_rows(values_only=True):
            if any(v is not None for v in values):
                filled += 1
                if filled > limits.max_rows:
                    raise RosterUnreadable(
                        f"{path.name} has more than {limits.max_rows} rows", "too_large"
                    )
            yield [
                v if isinstance(v, (str, int, float)) or v is None else str(v)
                for v in values[:MAX_COLUMNS]
            ]
    finally:
        workbook.close()


def _text(cell: Cell) -> str:
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        cell = int(cell)
    return _CONTROL.sub(" ", str(cell)).strip()


_SCI = re.compile(r"^\d+(?:[.,]\d+)?[eE]\+?\d+$")


def nip_cell_text(cell: Cell) -> str:
    """The NIP digits of a cell, refusing numbers that cannot hold 18 digits exactly."""
    if isinstance(cell, bool):
        raise LostDigits("NIP cell holds TRUE/FALSE")
    if isinstance(cell, float):
        if cell.is_integer() and abs(cell) < 2**53:
            return str(int(cell))
        raise LostDigits(
            "NIP was stored as a number and lost digits; format the NIP column as Text"
        )
    text = _text(cell)
    if _SCI.match(text):
        raise LostDigits(
            f"NIP {text} was stored as a number and lost digits; format the NIP column as Text"
        )
    return text


def validate_rows(rows: Iterable[list[Cell]]) -> RosterFile:
    return resolve_duplicates(stream_rows(rows))


def stream_rows(rows: Iterable[list[Cell]]) -> RosterStream:
    """Find the header (InvalidInput without one), then validate the rows after it lazily."""
    iterator = iter(enumerate(rows, start=1))
    columns: dict[str, int] = {}
    for row_no, cells in iterator:
        keys = [header_key(c) for c in cells]
        found = {k: i for i, k in reversed(list(enumerate(keys))) if k}
        if "name" in found and ("nip" in found or "other_id" in found):
            columns = found
            break
        if row_no >= HEADER_SEARCH_ROWS:
            break
    if not columns:
        raise RosterUnreadable(
            "no header row found: the file needs at least a name column (Nama) and a NIP column",
            "no_header",
        )

    def items() -> Iterator[RosterRow | Rejection]:
        for row_no, cells in iterator:
            if any(_text(c) for c in cells):
                yield _row(row_no, cells, columns)

    return RosterStream(frozenset(columns) & RosterFile.fields, items())


def resolve_duplicates(stream: RosterStream) -> RosterFile:
    """The whole file in memory, every row of an identifier that appears twice refused (each
    naming the other rows; the operator may choose one: services.roster_import.choose_rows)."""
    result = RosterFile(fields=stream.fields)
    first_seen: dict[str, int] = {}
    duplicates: dict[str, list[int]] = {}
    for item in stream.items:
        if isinstance(item, Rejection):
            result.rejected.append(item)
            continue
        ident = item.identifier
        if ident in first_seen:
            duplicates.setdefault(ident, [first_seen[ident]]).append(item.row)
        else:
            first_seen[ident] = item.row
        result.rows.append(item)
    if duplicates:
        dup_rows = {r: ident for ident, rs in duplicates.items() for r in rs}
        kept: list[RosterRow] = []
        for row in result.rows:
            dup = dup_rows.get(row.row)
            if dup is None:
                kept.append(row)
                continue
            result.rejected.append(duplicate_rejection(row, duplicates[dup]))
        result.rows = kept
        result.rejected.sort(key=lambda r: r.row)
    return result


def duplicate_rejection(row: RosterRow, rows: list[int]) -> Rejection:
    """The refusal of one row of an identifier that is in all of ``rows``."""
    others = ", ".join(str(r) for r in rows if r != row.row)
    return Rejection(
        row.row,
        f"duplicate identifier {row.identifier} (also in row {others})",
        "duplicate",
        others,
        row,
    )


def _row(row_no: int, cells: list[Cell], columns: dict[str, int]) -> RosterRow | Rejection:
    def get(key: str) -> Cell:
        index = columns.get(key)
        return cells[index] if index is not None and index < len(cells) else None

    name = _text(get("name"))
    if not name:
        return Rejection(row_no, "name is empty", "name_empty")
    fields = {k: _text(get(k)) for k in ("rank", "position", "unit", "instansi")}
    for label, value in (("name", name), *fields.items()):
        if len(value) > MAX_FIELD:
            reason = f"{label} is longer than {MAX_FIELD} characters"
            return Rejection(row_no, reason, "too_long", label)
    try:
        nip_text = normalise_nip_text(nip_cell_text(get("nip")))
    except LostDigits as exc:
        return Rejection(row_no, str(exc), "lost_digits")
    if nip_text:
        try:
            nip = parse_nip(nip_text)
        except NipError as exc:
            reason = f"invalid NIP {nip_text}: {exc}"
            return Rejection(row_no, reason, _nip_code(nip_text), nip_text)
        return RosterRow(row_no, nip.value, "nip", name, **fields)
    other = _text(get("other_id"))
    if not other:
        return Rejection(row_no, "no NIP and no other identifier", "no_identifier")
    if not re.fullmatch(r"[A-Za-z0-9\-]{3,40}", other):
        reason = f"other identifier {other!r} must be 3-40 letters, digits or dashes"
        return Rejection(row_no, reason, "other_id_invalid", other)
    return RosterRow(row_no, other.upper(), "other", name, **fields)


def _nip_code(text: str) -> str:
    if not text.isascii() or not text.isdigit():
        return "nip_not_digits"
    if len(text) != 18:
        return "nip_length"
    return "nip_invalid"  # a date, gender, sequence or year that cannot be
