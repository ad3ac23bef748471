"""The attendance list of a whole city's roster: 10,000 rows (30 signed), as one PDF.

tests/documents/test_reports.py checks what such a list holds; how long it takes is this
figure (it used to be a `< 60 s` assertion there). Baseline: a 100-row list in the same run.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from benchmarks.figures import Figure
from desktop_app.demo.factory import ceremony_with_roster, sign_roster
from desktop_app.documents.attendance import build_attendance
from desktop_app.documents.report_data import load_attendance
from desktop_app.storage.store import Store


def _build_s(folder: Path, people: int) -> float:
    store = Store.open(folder, station_name="Meja 1")
    try:
        sign_roster(store, ceremony_with_roster(store, people), 30, hands=None)
        t0 = time.perf_counter()
        pdf = build_attendance(load_attendance(store, None))
        elapsed = time.perf_counter() - t0
        assert pdf.startswith(b"%PDF")
    finally:
        store.close()
    return elapsed


def run(quick: bool) -> list[Figure]:
    rows = 1_000 if quick else 10_000
    with tempfile.TemporaryDirectory(prefix="pakta-bench-report-") as tmp:
        small = _build_s(Path(tmp) / "small", 100)
        big = _build_s(Path(tmp) / "big", rows)
    target = 60.0 * rows / 10_000
    return [
        Figure(
            f"attendance list of {rows} rows (30 signed)", big, small, "s",
            f"<= {target:.0f} s", big <= target, "the same list of 100 rows",
        )
    ]  # fmt: skip
