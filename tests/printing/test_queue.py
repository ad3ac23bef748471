"""The persisted print queue with the folder backend: nothing is lost across restarts, crashes,
missing printers, full disks or failed jobs; reprints are audited; auto-print obeys its setting."""

from __future__ import annotations

import contextlib
import io
import json
import os
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from desktop_app.cli.main import main
from desktop_app.documents.receipt_verify import verify_receipt_pdf
from desktop_app.printing.queue import (
    cancel_job,
    enqueue_file,
    enqueue_receipt,
    get_job,
    queue_summary,
    receipt_signed,
    retry_job,
)
from desktop_app.printing.transitions import claim_due
from desktop_app.printing.worker import PrintWorker
from desktop_app.settings import AUTO_PRINT, PRINTER, set_setting
from desktop_app.storage.models import AuditEvent
from desktop_app.storage.store import Store
from tests.documents.factory import Ceremony
from tests.printing.conftest import records


def test_job_is_committed_before_anything_is_sent(
    signed: Ceremony, data_dir: Path, tmp_path: Path
) -> None:
    rid = records(signed)[0]
    job = enqueue_receipt(signed.store, rid, printer=str(tmp_path / "out"))
    with Store.open(data_dir) as other_process:
        assert get_job(other_process, job.id).status == "pending"
    PrintWorker(signed.store).run_once()
    assert get_job(signed.store, job.id).status == "done"
    (pdf,) = (tmp_path / "out").iterdir()
    (verdict,) = verify_receipt_pdf(signed.store, pdf)
    assert verdict.valid and verdict.record_id == rid
    assert not signed.store.paths.receipts.exists()  # no plaintext copy kept beside the store


def test_pending_job_survives_a_restart(signed: Ceremony, data_dir: Path, tmp_path: Path) -> None:
    target = tmp_path / "usb-stick" / "receipts"  # the stick is not plugged in
    job = enqueue_receipt(signed.store, records(signed)[0], printer=str(target))
    PrintWorker(signed.store).run_once()
    waiting = get_job(signed.store, job.id)
    assert waiting.status == "pending" and "not there" in waiting.last_error
    assert queue_summary(signed.store).waiting == 1
    signed.store.close()

    target.parent.mkdir()  # plugged in while the station was off
    with Store.open(data_dir) as restarted:
        worker = PrintWorker(restarted, backoff_s=0.05)
        retry_job(restarted, job.id)
        worker.run_once()
        assert get_job(restarted, job.id).status == "done"
    assert len(list(target.iterdir())) == 1
    signed.store = Store.open(data_dir)


def test_job_interrupted_mid_send_is_sent_again_after_a_crash(
    signed: Ceremony, data_dir: Path, tmp_path: Path
) -> None:
    job = enqueue_receipt(signed.store, records(signed)[0], printer=str(tmp_path / "o"))
    claimed = claim_due(signed.store)  # a worker took it ... and the process died
    assert claimed is not None and claimed.status == "sending"
    signed.store.close()
    with Store.open(data_dir) as restarted:
        worker = PrintWorker(restarted, poll_s=0.05)
        worker.start()  # recovers "sending" jobs first
        try:
            deadline = time.monotonic() + 20
            while get_job(restarted, job.id).status != "done":
                assert time.monotonic() < deadline, get_job(restarted, job.id)
                time.sleep(0.05)
        finally:
            worker.stop()
    signed.store = Store.open(data_dir)


def test_copies_and_layouts(signed: Ceremony, tmp_path: Path) -> None:
    rid = records(signed)[1]
    enqueue_receipt(signed.store, rid, printer=str(tmp_path / "o"), copies=3, layout="roll80")
    PrintWorker(signed.store).run_once()
    assert len(list((tmp_path / "o").iterdir())) == 3
    with pytest.raises(Exception, match="copies"):
        enqueue_receipt(signed.store, rid, printer=str(tmp_path / "o"), copies=0)
    with pytest.raises(Exception, match="layout"):
        enqueue_receipt(signed.store, rid, printer=str(tmp_path / "o"), layout="letter")


def test_reprint_is_audited(signed: Ceremony, tmp_path: Path) -> None:
    rid = records(signed)[0]
    job = enqueue_receipt(
        signed.store,
        rid,
        printer=str(tmp_path / "o"),
        reprint=True,
        operator="petugas-2",
        reason="tanda terima hilang",
    )
    with signed.store.read() as session:
        event = session.query(AuditEvent).filter_by(kind="receipt_reprint").one()
    assert event.record_id == rid and event.actor == "petugas-2"
    assert json.loads(event.detail)["job"] == job.id
    assert json.loads(event.detail)["reason"] == "tanda terima hilang"


def test_auto_print_follows_the_setting(signed: Ceremony, tmp_path: Path) -> None:
    rid = records(signed)[0]
    with signed.store.write() as session:
        set_setting(session, PRINTER, str(tmp_path / "auto"))
        set_setting(session, AUTO_PRINT, False)
    assert receipt_signed(signed.store, rid) is None
    with signed.store.write() as session:
        set_setting(session, AUTO_PRINT, True)
    job = receipt_signed(signed.store, rid)
    assert job is not None and job.printer == str(tmp_path / "auto")


def test_no_printer_chosen_waits_with_a_reason(signed: Ceremony) -> None:
    job = enqueue_receipt(signed.store, records(signed)[0])  # the setting is empty
    PrintWorker(signed.store).run_once()
    view = get_job(signed.store, job.id)
    assert view.status == "pending" and "no printer chosen" in view.last_error


def test_failed_job_is_kept_and_can_be_retried(signed: Ceremony, tmp_path: Path) -> None:
    sheet = tmp_path / "kartu.pdf"
    sheet.write_bytes(b"%PDF-1.4\n%fake\n")
    job = enqueue_file(signed.store, sheet, printer=str(tmp_path / "o"))
    sheet.rename(tmp_path / "moved.pdf")
    PrintWorker(signed.store).run_once()
    failed = get_job(signed.store, job.id)
    assert failed.status == "failed" and "cannot read" in failed.last_error
    assert queue_summary(signed.store).failed == 1
    (tmp_path / "moved.pdf").rename(sheet)
    retry_job(signed.store, job.id)
    PrintWorker(signed.store).run_once()
    assert get_job(signed.store, job.id).status == "done"


def test_cancel(signed: Ceremony) -> None:
    job = enqueue_receipt(signed.store, records(signed)[0], printer="NoSuchQueue")
    assert cancel_job(signed.store, job.id).status == "cancelled"
    PrintWorker(signed.store).run_once()
    assert get_job(signed.store, job.id).status == "cancelled"


def test_worker_thread_prints_when_woken(signed: Ceremony, tmp_path: Path) -> None:
    seen: list[str] = []
    worker = PrintWorker(signed.store, poll_s=5.0, on_change=lambda j: seen.append(j.status))
    worker.start()
    try:
        job = enqueue_receipt(signed.store, records(signed)[2], printer=str(tmp_path / "o"))
        worker.wake()
        deadline = time.monotonic() + 20
        while get_job(signed.store, job.id).status != "done":
            assert time.monotonic() < deadline
            time.sleep(0.05)
    finally:
        worker.stop()
    assert "done" in seen


def test_full_disk_leaves_job_pending_and_no_partial_file(signed: Ceremony, tmp_path: Path) -> None:
    if os.geteuid() != 0:
        pytest.fail("needs root to mount a tmpfs")
    mount = tmp_path / "tiny"
    mount.mkdir()
    # Room for a receipt (~90 KB with its signature image) only once the filler is gone.
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", str(mount)], check=True)
    try:
        (mount / "filler").write_bytes(b"\0" * 250_000)
        job = enqueue_receipt(signed.store, records(signed)[0], printer=str(mount))
        PrintWorker(signed.store).run_once()
        view = get_job(signed.store, job.id)
        assert view.status == "pending" and "disk full" in view.last_error
        assert [p.name for p in mount.iterdir()] == ["filler"]
        (mount / "filler").unlink()
        retry_job(signed.store, job.id)
        PrintWorker(signed.store).run_once()
        assert get_job(signed.store, job.id).status == "done"
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def _cli(data_dir: Path, *args: str) -> tuple[int, dict[str, object]]:
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        code = main(["--data-dir", str(data_dir), "--json", *args])
    return code, json.loads(buf.getvalue() or "{}")


def test_print_commands(signed: Ceremony, data_dir: Path, tmp_path: Path) -> None:
    rid = records(signed)[0]
    signed.store.close()
    code, out = _cli(data_dir, "print", "reprint", rid[:8], "--printer", "NoSuchQueue")
    assert code == 3 and out["status"] == "pending"
    job_id = out["id"]
    code, out = _cli(data_dir, "print", "list")
    assert code == 0 and [j["id"] for j in out["jobs"]] == [job_id]  # type: ignore[index]
    code, out = _cli(
        data_dir,
        "print",
        "reprint",
        rid,
        "--printer",
        str(tmp_path / "o"),
        "--copies",
        "2",
        "--layout",
        "a4",
    )
    assert code == 0 and out["status"] == "done"
    assert len(list((tmp_path / "o").iterdir())) == 2
    code, out = _cli(data_dir, "print", "cancel", str(job_id))
    assert code == 0
    code, out = _cli(data_dir, "print", "list")
    assert out["jobs"] == []
    assert _cli(data_dir, "print", "reprint", "nonexistent-record")[0] == 1
    shutil.rmtree(tmp_path / "o")
    signed.store = Store.open(data_dir)


def test_waiting_jobs_move_to_another_printer(
    signed: Ceremony, data_dir: Path, tmp_path: Path
) -> None:
    for rid in records(signed):
        enqueue_receipt(signed.store, rid, printer="BrokenQueue")
    PrintWorker(signed.store).run_once()
    assert queue_summary(signed.store).waiting == 3
    signed.store.close()
    code, out = _cli(data_dir, "print", "move", str(tmp_path / "spare"))
    assert code == 0 and out["moved"] == 3 and out["jobs"] == []
    assert len(list((tmp_path / "spare").iterdir())) == 3
    signed.store = Store.open(data_dir)
    with signed.store.read() as session:
        assert session.query(AuditEvent).filter_by(kind="print_moved").count() == 1


def test_a_second_worker_does_not_steal_a_job_being_sent(signed: Ceremony, tmp_path: Path) -> None:
    job = enqueue_receipt(signed.store, records(signed)[0], printer=str(tmp_path / "o"))
    assert claim_due(signed.store) is not None  # the desk's worker is sending it right now
    PrintWorker(signed.store).run_once()  # `pakta print run` beside it
    assert get_job(signed.store, job.id).status == "sending"


def test_a_reprint_is_marked_salinan_and_verifies(signed: Ceremony, tmp_path: Path) -> None:
    """The desk passes reprint=True through the queue; the printed copy says SALINAN and still
    verifies as a copy of the genuine record."""
    from tests.documents.pdfcheck import text_of

    rid = records(signed)[0]
    out = tmp_path / "out"
    original = enqueue_receipt(signed.store, rid, printer=str(out))
    copy = enqueue_receipt(signed.store, rid, printer=str(out), reprint=True, reason="hilang")
    PrintWorker(signed.store).run_once()
    assert get_job(signed.store, original.id).status == "done"
    assert get_job(signed.store, copy.id).status == "done"
    first = out / f"{original.title}.pdf"
    second = out / f"{copy.title}.pdf"
    assert "SALINAN" not in text_of(first.read_bytes())
    assert "SALINAN" in text_of(second.read_bytes())
    for path in (first, second):
        (verdict,) = verify_receipt_pdf(signed.store, path)
        assert verdict.valid, verdict.reason
