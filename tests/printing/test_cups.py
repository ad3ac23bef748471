"""Real CUPS: receipts printed to a cups-pdf queue, read back from the PDF CUPS wrote, its QR
verified; a paused queue holds the job until it is enabled; a queue removed mid-job loses
nothing."""

from __future__ import annotations

import contextlib
import io
import json
import subprocess
from pathlib import Path

import zxingcpp

from desktop_app.cli.main import main
from desktop_app.documents.pdf_reading import render_pages
from desktop_app.documents.receipt_data import load_receipt
from desktop_app.documents.receipt_verify import squash
from desktop_app.printing.backends.base import PrintItem
from desktop_app.printing.backends.cups import CupsBackend
from desktop_app.printing.queue import enqueue_receipt, get_job
from desktop_app.printing.worker import PrintWorker
from tests.documents.factory import Ceremony
from tests.documents.pdfcheck import text_of
from tests.printing.conftest import records, run_until, setup_queue, wait_for_file


def _sh(*args: str) -> None:
    subprocess.run(list(args), check=True, capture_output=True, timeout=60)


def test_receipt_round_trip_through_real_cups(
    signed: Ceremony, cups_out: Path, data_dir: Path
) -> None:
    rid = records(signed)[0]
    data = load_receipt(signed.store, rid)
    job = enqueue_receipt(signed.store, rid, printer="PaktaPDF", layout="a5")
    worker = PrintWorker(signed.store)
    worker.run_once()
    run_until(lambda: get_job(signed.store, job.id).status == "done", worker.run_once)
    assert get_job(signed.store, job.id).backend_job.startswith("PaktaPDF-")

    printed = wait_for_file(cups_out, job.title)  # the file CUPS (cups-pdf) wrote
    text = squash(text_of(printed.read_bytes()))
    for key in ("name", "identifier", "position", "unit"):
        assert squash(data.field(key)) in text
    assert rid in text and squash(data.check_code) in text
    (page,) = render_pages(printed, 1, 1, dpi=200)
    assert data.seal in [r.text for r in zxingcpp.read_barcodes(page)]

    # cups-pdf does not pass our PDF through: Ghostscript rewrites it (another producer, the
    # A5 page centred on the queue's A4 paper). That file is a printout, like paper: its QR
    # proves the record, while the file itself is not the station's receipt page.
    signed.store.close()
    for args, code_expected, valid in (
        (["verify", str(printed)], 1, False),
        (["verify", "--qr", data.seal], 0, True),
    ):
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            code = main(["--data-dir", str(data_dir), "--json", *args])
        result = json.loads(out.getvalue())
        assert code == code_expected, result
        assert result["valid"] is valid and result["record_id"] == rid
    assert "Ghostscript" in result_of_file(data_dir, printed)["reason"]
    signed.store = type(signed.store).open(data_dir)


def result_of_file(data_dir: Path, path: Path) -> dict[str, object]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        main(["--data-dir", str(data_dir), "--json", "verify", str(path)])
    result: dict[str, object] = json.loads(out.getvalue())
    return result


def test_paused_queue_holds_the_job_then_prints(signed: Ceremony) -> None:
    out = setup_queue("PaktaPause")
    _sh("cupsdisable", "-r", "kertas habis", "PaktaPause")
    try:
        job = enqueue_receipt(
            signed.store, records(signed)[1], printer="PaktaPause", layout="roll80"
        )
        worker = PrintWorker(signed.store, backoff_s=0.1, max_backoff_s=0.2)
        worker.run_once()
        waiting = get_job(signed.store, job.id)
        assert waiting.status == "pending"
        assert "paused" in waiting.last_error and "kertas habis" in waiting.last_error
        worker.run_once()
        assert get_job(signed.store, job.id).status == "pending"
        assert not list(out.glob(f"{job.title}*"))  # nothing printed while paused
    finally:
        _sh("cupsenable", "PaktaPause")
    run_until(lambda: get_job(signed.store, job.id).status == "done", worker.run_once)
    assert wait_for_file(out, job.title).stat().st_size > 1000


class _HeldCups(CupsBackend):
    """Submits the first job on hold, so it is still at CUPS when the queue is removed."""

    held = True

    def submit(self, item: PrintItem) -> str:
        if not _HeldCups.held:
            return super().submit(item)
        _HeldCups.held = False
        self.check()
        result = self._run(["lp", "-d", self.queue, "-H", "hold", "-t", item.title, "-"], item.pdf)
        return result.stdout.decode().split("request id is ")[1].split()[0]


def test_queue_removed_mid_job_loses_nothing(signed: Ceremony) -> None:
    out = setup_queue("PaktaGone")
    backend = _HeldCups("PaktaGone")
    job = enqueue_receipt(signed.store, records(signed)[2], printer="PaktaGone")
    worker = PrintWorker(
        signed.store, resolve=lambda spec: backend, backoff_s=0.1, max_backoff_s=0.2
    )
    worker.run_once()
    sent = get_job(signed.store, job.id)
    assert sent.status == "sent"  # accepted by CUPS, not printed yet

    _sh("lpadmin", "-x", "PaktaGone")  # the printer is removed with our job in it
    worker.run_once()
    lost = get_job(signed.store, job.id)
    assert lost.status == "pending", lost
    worker.run_once()
    missing = get_job(signed.store, job.id)
    assert missing.status == "pending" and "not found" in missing.last_error

    setup_queue("PaktaGone")  # the printer is back
    run_until(lambda: get_job(signed.store, job.id).status == "done", worker.run_once)
    assert wait_for_file(out, job.title).stat().st_size > 1000


def test_missing_printer_keeps_the_job(signed: Ceremony, cups_out: Path) -> None:
    job = enqueue_receipt(signed.store, records(signed)[0], printer="NoSuchQueue")
    PrintWorker(signed.store).run_once()
    view = get_job(signed.store, job.id)
    assert view.status == "pending" and "NoSuchQueue not found" in view.last_error
