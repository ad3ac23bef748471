"""Documents and printing: receipt PDF build, receipt verification (the whole page), a 1,000-row
attendance list, print → CUPS."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

from benchmarks.figures import Figure, p99, time_calls_ms
from desktop_app.demo.factory import ceremony_with_roster, sign_roster
from desktop_app.documents.attendance import build_attendance
from desktop_app.documents.images import _thumb_cached
from desktop_app.documents.receipt import build_receipt
from desktop_app.documents.receipt_data import ReceiptData, load_receipt
from desktop_app.documents.receipt_verify import verify_receipt_pdf, verify_seal_text
from desktop_app.documents.report_data import load_attendance
from desktop_app.printing.queue import enqueue_receipt, get_job
from desktop_app.printing.worker import PrintWorker
from desktop_app.storage.store import Store

CUPS_QUEUE = "PaktaPDF"


def _minimal_pdf() -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    canvas.drawString(72, 720, "Pakta Integritas")
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _cpu_ms(fn: Callable[[], object], n: int) -> list[float]:
    out = []
    for _ in range(n):
        t0 = time.thread_time()
        fn()
        out.append((time.thread_time() - t0) * 1000.0)
    return out


def _cups_ready() -> bool:
    if shutil.which("lpstat") is None:
        return False
    result = subprocess.run(["lpstat", "-p", CUPS_QUEUE], capture_output=True, check=False)
    return result.returncode == 0 and b"enabled" in result.stdout


def run(quick: bool) -> list[Figure]:
    figures: list[Figure] = []
    rows = 100 if quick else 1000
    builds = 30 if quick else 300
    with tempfile.TemporaryDirectory(prefix="pakta-bench-docs-") as tmp:
        store = Store.open(Path(tmp) / "station", station_name="Meja 1")
        made = ceremony_with_roster(
            store, rows, title="Penandatanganan Pakta Integritas Netralitas ASN Pilkada 2024",
            venue="Gedung Islamic Center, Kota Malang", organizer="BKPSDM Kota Malang",
        )  # fmt: skip
        ids = sign_roster(store, made, hands=None)  # distinct images: no thumbnail cache hits
        data = load_receipt(store, ids[0])
        build_receipt(data, "a5")  # fonts parsed once per process, as on a desk
        ours = time_calls_ms(lambda: build_receipt(data, "a5"), builds)
        base = time_calls_ms(_minimal_pdf, builds)
        figures.append(
            Figure(
                "receipt PDF build (A5) p99",
                p99(ours),
                p99(base),
                "ms",
                "p99 <= 60 ms",
                p99(ours) <= 60,
                "minimal 1-page ReportLab PDF",
            )
        )
        # CPU time of the same builds: what a build costs, without other processes' load
        cpu_ours = _cpu_ms(lambda: build_receipt(data, "a5"), builds)
        cpu_base = _cpu_ms(_minimal_pdf, builds)
        figures.append(
            Figure(
                "receipt PDF build (A5) p99, CPU time",
                p99(cpu_ours),
                p99(cpu_base),
                "ms",
                "p99 <= 60 ms",
                p99(cpu_ours) <= 60,
                "minimal 1-page ReportLab PDF",
            )
        )

        figures += _verify_figures(store, data, Path(tmp), 10 if quick else 60)

        _thumb_cached.cache_clear()  # thumbnails made from scratch, as in a fresh export
        started = time.perf_counter()
        pdf = build_attendance(load_attendance(store, None))
        elapsed = time.perf_counter() - started
        assert pdf.startswith(b"%PDF")
        figures.append(
            Figure(
                f"attendance list, {rows} signed rows with thumbnails",
                elapsed,
                None,
                "s",
                "<= 5 s (1,000 rows)",
                elapsed <= 5.0,
            )
        )

        if _cups_ready():
            submits = 3 if quick else 10
            worker = PrintWorker(store)
            times = []
            for i in range(submits):
                t0 = time.perf_counter()
                job = enqueue_receipt(store, ids[i], printer=CUPS_QUEUE, layout="a5")
                worker.run_once()
                status = get_job(store, job.id)
                assert status.status in ("sent", "done"), status
                times.append((time.perf_counter() - t0) * 1000)
            raw = time_calls_ms(
                lambda: subprocess.run(
                    ["lp", "-d", CUPS_QUEUE, "-t", "bench-raw", "-"],
                    input=_minimal_pdf(),
                    capture_output=True,
                    check=True,
                ),
                submits,
            )
            figures.append(
                Figure(
                    "print -> accepted by CUPS (median)",
                    sorted(times)[len(times) // 2],
                    sorted(raw)[len(raw) // 2],
                    "ms",
                    "none (measured)",
                    None,
                    "raw `lp` of a 1-page PDF",
                )
            )
        else:
            figures.append(
                Figure(
                    "print -> accepted by CUPS: not measured (no CUPS queue)",
                    float("nan"),
                    None,
                    "ms",
                    "-",
                    None,
                )
            )
        store.close()
    return figures


def _verify_figures(store: Store, data: ReceiptData, tmp: Path, runs: int) -> list[Figure]:
    """`pakta verify receipt.pdf` re-draws the receipt and compares content and pixels; the
    baseline is what verification was before: the seal alone (`pakta verify --qr`). Wall time,
    and CPU time with the pdftoppm children (what a desk spends, whatever else runs)."""
    path = tmp / "receipt-a5.pdf"
    path.write_bytes(build_receipt(data, "a5"))
    (first,) = verify_receipt_pdf(store, path)  # fonts and renderer warm, as on a desk
    assert first.valid, first.reason
    ours = time_calls_ms(lambda: verify_receipt_pdf(store, path), runs)
    base = time_calls_ms(lambda: verify_seal_text(store, data.seal), runs)
    cpu_ours = _cpu_with_children_ms(lambda: verify_receipt_pdf(store, path), runs)
    cpu_base = _cpu_with_children_ms(lambda: verify_seal_text(store, data.seal), runs)
    name = "receipt verify (A5, whole page: content + pixels) p99"
    return [
        Figure(
            name, p99(ours), p99(base), "ms", "p99 <= 500 ms", p99(ours) <= 500, "--qr seal only"
        ),
        Figure(
            name + ", CPU time",
            p99(cpu_ours),
            p99(cpu_base),
            "ms",
            "p99 <= 500 ms",
            p99(cpu_ours) <= 500,
            "--qr seal only",
        ),
    ]


def _cpu_with_children_ms(fn: Callable[[], object], n: int) -> list[float]:
    """CPU time of each call, this process and the processes it ran (pdftoppm)."""
    out = []
    for _ in range(n):
        t0 = os.times()
        fn()
        t1 = os.times()
        spent = (t1.user - t0.user) + (t1.system - t0.system)
        spent += (t1.children_user - t0.children_user) + (t1.children_system - t0.children_system)
        out.append(spent * 1000.0)
    return out
