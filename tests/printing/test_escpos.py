"""ESC/POS receipts, captured by python-escpos's Dummy printer: raster signature (GS v 0),
native QR (GS ( k) carrying the seal, cut; an unreachable or unplugged printer keeps the job."""

from __future__ import annotations

import re

from escpos.printer import Dummy

from desktop_app.documents.receipt_data import load_receipt
from desktop_app.printing.backends.escpos import EscposBackend, connector
from desktop_app.printing.backends.escpos_receipt import write_receipt
from desktop_app.printing.queue import enqueue_receipt, get_job
from desktop_app.printing.targets import backend_for
from desktop_app.printing.worker import PrintWorker
from desktop_app.services.roster_import import apply_roster
from pakta_common.integrity.seal import read_seal
from pakta_common.roster_file import RosterRow
from tests.documents.factory import Ceremony, sign
from tests.printing.conftest import records

GS_V0 = b"\x1dv0"
QR_MODEL_2 = b"\x1d(k\x04\x001A2\x00"
QR_PRINT = b"\x1d(k\x03\x001Q0"


def _qr_store(output: bytes) -> bytes:
    """The data of the GS ( k store command (fn 80): pL pH 31 50 30 data, pL+256·pH = len+3."""
    at = output.index(b"\x1d(k", output.index(QR_MODEL_2) + len(QR_MODEL_2))
    while output[at + 5 : at + 8] != b"1P0":
        at = output.index(b"\x1d(k", at + 3)
    size = output[at + 3] + 256 * output[at + 4] - 3
    return output[at + 8 : at + 8 + size]


def test_receipt_bytes_carry_raster_signature_native_qr_and_cut(signed: Ceremony) -> None:
    data = load_receipt(signed.store, records(signed)[0])
    printer = Dummy()
    write_receipt(printer, data, dots=576)
    out = printer.output
    # raster image: GS v 0 m xL xH yL yH data, width in bytes, 1 bit per dot
    at = out.index(GS_V0)
    width_bytes = out[at + 4] + 256 * out[at + 5]
    height = out[at + 6] + 256 * out[at + 7]
    assert 0 < width_bytes * 8 <= 576 and height > 10
    raster = out[at + 8 : at + 8 + width_bytes * height]
    assert len(raster) == width_bytes * height and any(raster)  # some ink
    # native QR: model 2, then the seal stored and printed
    assert QR_MODEL_2 in out and QR_PRINT in out
    seal = _qr_store(out).decode("ascii")
    assert seal == data.seal and read_seal(seal).record_id == data.record_id
    assert out.rstrip(b"\n").endswith(b"\x1dVA\x00") or b"\x1dV" in out[-10:]  # cut
    assert data.field("identifier").encode() in out
    assert data.check_code.encode() in out


def test_58mm_paper_fits(signed: Ceremony) -> None:
    data = load_receipt(signed.store, records(signed)[0])
    printer = Dummy()
    write_receipt(printer, data, dots=384)
    out = printer.output
    at = out.index(GS_V0)
    assert (out[at + 4] + 256 * out[at + 5]) * 8 <= 384
    size = re.search(rb"\x1d\(k\x03\x001C(.)", out, re.S)
    assert size is not None and 1 <= size.group(1)[0] <= 16


def test_diacritics_and_long_names_do_not_break_the_printer(signed: Ceremony) -> None:
    row = RosterRow(
        row=9,
        identifier="TAMU-001",
        id_kind="other",
        name="Ni Kadek Ayu Dé Pérez-Müller O'Neil " * 3,
        unit="Dinas Ñ",
    )
    apply_roster(signed.store, [row], [], signed.ceremony_id)
    rid = sign(signed, "TAMU-001")
    printer = Dummy()
    write_receipt(printer, load_receipt(signed.store, rid))
    assert b"TAMU-001" in printer.output


def test_queue_prints_to_escpos(signed: Ceremony) -> None:
    backend = backend_for("escpos:dummy")
    assert isinstance(backend, EscposBackend)
    job = enqueue_receipt(signed.store, records(signed)[0], printer="escpos:dummy", copies=2)
    PrintWorker(signed.store, resolve=lambda spec: backend).run_once()
    assert get_job(signed.store, job.id).status == "done"
    assert backend.last_output.count(QR_PRINT) == 2


def test_unreachable_network_printer_keeps_the_job(signed: Ceremony) -> None:
    job = enqueue_receipt(signed.store, records(signed)[0], printer="escpos:net:127.0.0.1:9")
    PrintWorker(signed.store).run_once()
    view = get_job(signed.store, job.id)
    assert view.status == "pending" and "not reachable" in view.last_error


class _Unplugged(Dummy):  # type: ignore[misc]
    """A printer whose cable is pulled after some bytes (the transport fails mid-job)."""

    fail = True

    def _raw(self, msg: bytes) -> None:
        if _Unplugged.fail and len(self.output) > 2000:
            raise OSError(5, "Input/output error")
        super()._raw(msg)


def test_printer_unplugged_mid_job_keeps_the_job_and_prints_after(signed: Ceremony) -> None:
    backend = EscposBackend(_Unplugged, label="USB TM-T82")
    job = enqueue_receipt(signed.store, records(signed)[0], printer="escpos:usb:04b8:0e15")
    worker = PrintWorker(signed.store, resolve=lambda spec: backend, backoff_s=0.0)
    worker.run_once()
    view = get_job(signed.store, job.id)
    assert view.status == "pending" and "unplugged" in view.last_error
    _Unplugged.fail = False  # plugged back in
    worker.run_once()
    assert get_job(signed.store, job.id).status == "done"
    assert QR_PRINT in backend.last_output


def test_bad_specs() -> None:
    for spec in ("", "escpos:bogus:x", "escpos:dummy#dots=abc"):
        try:
            backend_for(spec)
        except Exception as exc:
            assert "printer" in str(exc)
        else:
            raise AssertionError(spec)
    assert connector("dummy", "")() is not None


class _NoPaper(Dummy):  # type: ignore[misc]
    """A printer answering DLE EOT 4 with "paper end"."""

    paper = 0

    def paper_status(self) -> int:
        return _NoPaper.paper


def test_out_of_paper_keeps_the_job_until_paper_is_loaded(signed: Ceremony) -> None:
    backend = EscposBackend(_NoPaper, label="TM-T82")
    job = enqueue_receipt(signed.store, records(signed)[0], printer="escpos:net:10.0.0.9")
    worker = PrintWorker(signed.store, resolve=lambda spec: backend, backoff_s=0.0)
    worker.run_once()
    view = get_job(signed.store, job.id)
    assert view.status == "pending" and "out of paper" in view.last_error
    _NoPaper.paper = 2  # paper loaded
    worker.run_once()
    assert get_job(signed.store, job.id).status == "done"


def test_a_reprint_through_the_queue_says_salinan(signed: Ceremony) -> None:
    rid = records(signed)[0]
    backend = backend_for("escpos:dummy")
    worker = PrintWorker(signed.store, resolve=lambda spec: backend)
    first = enqueue_receipt(signed.store, rid, printer="escpos:dummy")
    worker.run_once()
    assert get_job(signed.store, first.id).status == "done"
    original = backend.last_output  # type: ignore[attr-defined]
    again = enqueue_receipt(signed.store, rid, printer="escpos:dummy", reprint=True)
    worker.run_once()
    assert get_job(signed.store, again.id).status == "done"
    copy = backend.last_output  # type: ignore[attr-defined]
    assert b"SALINAN" not in original and b"SALINAN" in copy
