"""`pakta export KIND --ceremony ID --format pdf|xlsx|csv --out PATH`."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop_app.cli.common import open_store
from desktop_app.cli.output import CommandError, Output
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


def register(sub: Any) -> None:
    parser = sub.add_parser("export", help="attendance, minutes, progress and pledge archives")
    parser.add_argument("kind", choices=("attendance", "minutes", "progress", "pledges"))
    parser.add_argument("--ceremony", default=None, help="ceremony id (default: the active one)")
    parser.add_argument("--format", required=True, choices=("pdf", "xlsx", "csv"))
    parser.add_argument("--out", required=True, type=Path)
    parser.set_defaults(handler=_export)


def _export(args: argparse.Namespace, out: Output) -> int:
    fn = EXPORTERS.get((args.kind, args.format))
    if fn is None:
        raise CommandError(f"{args.kind} cannot be exported as {args.format}")
    out_path: Path = args.out
    if out_path.is_dir():
        raise CommandError(f"--out {out_path} is a folder; give a file name")
    with open_store(args) as store:
        try:
            rows = fn(store, args.ceremony, out_path)
        except OSError as exc:
            raise CommandError(f"cannot write {out_path}: {exc.strerror}", 2) from None
    out.result({"path": str(out_path), "rows": rows}, f"Wrote {out_path} ({rows} rows)")
    return 0
