"""`pakta export KIND --ceremony ID --format pdf|xlsx|csv --out PATH`."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop_app.cli.common import open_store
from desktop_app.cli.lang import t
from desktop_app.cli.output import DISK_FULL, CommandError, Output
from desktop_app.documents.page_parts import REPORT_SIGNERS, ReportSigners, Signatory
from desktop_app.documents.tabular import write_csv, write_xlsx
from desktop_app.services.progress import ceremony_progress
from desktop_app.storage.store import Store

# (kind, format) -> writer(store, ceremony_ref, out_path) -> rows written
Exporter = Callable[[Store, str | None, Path], int]
EXPORTERS: dict[tuple[str, str], Exporter] = {}


def exporter(kind: str, fmt: str) -> Callable[[Exporter], Exporter]:
    def add(fn: Exporter) -> Exporter:
        EXPORTERS[(kind, fmt)] = fn
        return fn

    return add


PROGRESS_HEADER = ("Unit Kerja", "Diharapkan", "Sudah tanda tangan", "Belum hadir")


def _progress_rows(store: Store, ceremony_ref: str | None) -> list[tuple[object, ...]]:
    progress = ceremony_progress(store, ceremony_ref)
    rows: list[tuple[object, ...]] = [
        (u.unit, u.expected, u.signed, u.absent) for u in progress.units
    ]
    rows.append(("JUMLAH", progress.expected, progress.signed, progress.absent))
    return rows


@exporter("progress", "csv")
def _progress_csv(store: Store, ceremony_ref: str | None, path: Path) -> int:
    rows = _progress_rows(store, ceremony_ref)
    write_csv(path, PROGRESS_HEADER, rows)
    return len(rows) - 1


@exporter("progress", "xlsx")
def _progress_xlsx(store: Store, ceremony_ref: str | None, path: Path) -> int:
    rows = _progress_rows(store, ceremony_ref)
    write_xlsx(path, PROGRESS_HEADER, rows, title="Progres")
    return len(rows) - 1


from desktop_app.documents.closing_data import closing_pdf  # noqa: E402
from desktop_app.services import exports as _docs  # noqa: E402 (after the registry it fills)

for _kind, _fmt, _fn in (
    ("attendance", "pdf", _docs.attendance_pdf),
    ("attendance", "csv", _docs.attendance_csv),
    ("attendance", "xlsx", _docs.attendance_xlsx),
    ("minutes", "pdf", _docs.minutes_pdf),
    ("progress", "pdf", _docs.progress_pdf),
    ("pledges", "pdf", _docs.pledges_pdf),
    ("pledges", "csv", _docs.pledges_csv),
    ("pledges", "xlsx", _docs.pledges_xlsx),
    ("closing", "pdf", closing_pdf),
):
    exporter(_kind, _fmt)(_fn)


def register(sub: Any) -> None:
    parser = sub.add_parser(
        "export", help="attendance, minutes, progress, pledge archives, the closing berita acara"
    )
    parser.add_argument("kind", choices=("attendance", "minutes", "progress", "pledges", "closing"))
    parser.add_argument("--ceremony", default=None, help="ceremony id (default: the active one)")
    parser.add_argument("--format", required=True, choices=("pdf", "xlsx", "csv"))
    parser.add_argument("--out", required=True, type=Path)
    parser.add_argument("--official-name", default="", help="the 'Mengetahui' official's name")
    parser.add_argument("--official-nip", default="", help="the official's NIP")
    parser.add_argument("--official-title", default="", help="the official's position")
    parser.add_argument("--official-rank", default="", help="the official's rank")
    parser.add_argument("--organizer-name", default="", help="committee signer (minutes)")
    parser.add_argument("--organizer-nip", default="", help="committee signer's NIP")
    parser.add_argument("--number", default="", help="berita acara number")
    parser.set_defaults(handler=_export)


def _export(args: argparse.Namespace, out: Output) -> int:
    fn = EXPORTERS.get((args.kind, args.format))
    if fn is None:
        raise CommandError(
            t("{kind} cannot be exported as {format}", kind=args.kind, format=args.format)
        )
    out_path: Path = args.out
    if out_path.is_dir():
        raise CommandError(t("--out {path} is a folder; give a file name", path=out_path))
    signers = ReportSigners(
        official=Signatory(
            args.official_title, args.official_name, args.official_nip, args.official_rank
        ),
        organizer=Signatory("Ketua", args.organizer_name, args.organizer_nip),
        number=args.number,
    )
    token = REPORT_SIGNERS.set(signers)
    with open_store(args) as store:
        try:
            rows = fn(store, args.ceremony, out_path)
        except OSError as exc:
            reason = t("disk full") if exc.errno in DISK_FULL else exc.strerror
            raise CommandError(
                t(
                    "cannot write {path}: {reason}; nothing was written",
                    path=out_path,
                    reason=reason,
                ),
                2,
            ) from None
        finally:
            REPORT_SIGNERS.reset(token)
    out.result(
        {"path": str(out_path), "rows": rows},
        t("Wrote {path} ({rows} rows)", path=out_path, rows=rows),
    )
    return 0
