"""Export writers for `pakta export`: each (store, ceremony, path) → rows, written atomically."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from desktop_app.clock import utc_now_iso
from desktop_app.documents.archive import build_archive
from desktop_app.documents.attendance import build_attendance
from desktop_app.documents.formatting import wib_stamp
from desktop_app.documents.minutes import build_minutes
from desktop_app.documents.progress_report import build_progress
from desktop_app.documents.report_data import Attendance, load_attendance
from desktop_app.documents.tabular import write_csv, write_xlsx
from desktop_app.services.progress import ceremony_progress
from desktop_app.storage.store import Store
from pakta_common.files import write_atomic
from pakta_common.integrity.seal import check_code

Writer = Callable[[Store, str | None, Path], int]

ATTENDANCE_HEADER = (
    "No",
    "Nama",
    "NIP",
    "Jenis identitas",
    "Pangkat/Golongan",
    "Jabatan",
    "Unit Kerja",
    "Instansi",
    "Status",
    "Waktu tanda tangan (WIB)",
    "Waktu (UTC)",
    "ID rekaman",
    "Kode cek",
)


def attendance_table(data: Attendance) -> list[tuple[object, ...]]:
    rows: list[tuple[object, ...]] = []
    for i, r in enumerate(data.rows, start=1):
        rows.append(
            (
                i,
                r.name,
                r.identifier,
                "NIP" if r.id_kind == "nip" else "lain",
                r.rank,
                r.position,
                r.unit,
                r.instansi,
                "Hadir" if r.signed else "Belum hadir",
                wib_stamp(r.signed_at) if r.signed else "",
                r.signed_at,
                r.record_id,
                check_code(r.check_hash) if r.check_hash else "",
            )
        )
    return rows


def attendance_pdf(store: Store, ceremony_ref: str | None, path: Path) -> int:
    data = load_attendance(store, ceremony_ref)
    write_atomic(path, build_attendance(data))
    return len(data.rows)


def attendance_csv(store: Store, ceremony_ref: str | None, path: Path) -> int:
    rows = attendance_table(load_attendance(store, ceremony_ref, images=False))
    write_csv(path, ATTENDANCE_HEADER, rows)
    return len(rows)


def attendance_xlsx(store: Store, ceremony_ref: str | None, path: Path) -> int:
    rows = attendance_table(load_attendance(store, ceremony_ref, images=False))
    write_xlsx(path, ATTENDANCE_HEADER, rows, title="Daftar hadir")
    return len(rows)


def pledges_rows(data: Attendance) -> list[tuple[object, ...]]:
    return [row for row in attendance_table(data) if row[8] == "Hadir"]


def pledges_csv(store: Store, ceremony_ref: str | None, path: Path) -> int:
    rows = pledges_rows(load_attendance(store, ceremony_ref, images=False))
    write_csv(path, ATTENDANCE_HEADER, rows)
    return len(rows)


def pledges_xlsx(store: Store, ceremony_ref: str | None, path: Path) -> int:
    rows = pledges_rows(load_attendance(store, ceremony_ref, images=False))
    write_xlsx(path, ATTENDANCE_HEADER, rows, title="Pakta")
    return len(rows)


def pledges_pdf(store: Store, ceremony_ref: str | None, path: Path) -> int:
    pdf, count = build_archive(store, ceremony_ref)
    write_atomic(path, pdf)
    return count


def minutes_pdf(store: Store, ceremony_ref: str | None, path: Path) -> int:
    attendance = load_attendance(store, ceremony_ref, images=False)
    progress = ceremony_progress(store, attendance.ceremony.id)
    write_atomic(path, build_minutes(attendance.ceremony, progress))
    return len(progress.units)


def progress_pdf(store: Store, ceremony_ref: str | None, path: Path) -> int:
    attendance = load_attendance(store, ceremony_ref, images=False)
    progress = ceremony_progress(store, attendance.ceremony.id)
    stamp = wib_stamp(utc_now_iso())
    write_atomic(path, build_progress(attendance, progress, stamp))
    return len(progress.units)
