"""ESC/POS over a real socket: a network printer (port 9100 style) and a raw CUPS queue whose
socket:// device is a listener in the test, which receives exactly the receipt's bytes."""

from __future__ import annotations

import socket
import subprocess
import threading
import time
from collections.abc import Iterator

import pytest
from escpos.printer import Dummy

from desktop_app.documents.receipt_data import load_receipt
from desktop_app.printing.backends.escpos_receipt import write_receipt
from desktop_app.printing.queue import enqueue_receipt, get_job
from desktop_app.printing.worker import PrintWorker
from pakta_common.integrity.seal import read_seal
from tests.documents.factory import Ceremony
from tests.printing.conftest import records, run_until, setup_queue
from tests.printing.test_escpos import QR_PRINT, _qr_store


class Listener:
    """A pretend thermal printer on TCP: keeps what it receives, answers status queries."""

    def __init__(self) -> None:
        self.server = socket.create_server(("127.0.0.1", 0))
        self.port = self.server.getsockname()[1]
        self.received: list[bytes] = []
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.server.accept()
            except OSError:
                return
            with conn:
                data = bytearray()
                conn.settimeout(10)
                while True:
                    try:
                        chunk = conn.recv(65536)
                    except OSError:
                        break
                    if not chunk:
                        break
                    data += chunk
                    if data.endswith(b"\x10\x04\x04"):  # DLE EOT 4: paper status
                        conn.sendall(b"\x12")  # paper present
                self.received.append(bytes(data))

    def close(self) -> None:
        self.server.close()


@pytest.fixture
def listener() -> Iterator[Listener]:
    thermal = Listener()
    yield thermal
    thermal.close()


def _wait_for(listener: Listener, timeout: float = 30.0) -> bytes:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        done = [d for d in listener.received if QR_PRINT in d]
        if done:
            return done[-1]
        time.sleep(0.1)
    raise AssertionError("the printer received no receipt")


def test_network_thermal_printer(signed: Ceremony, listener: Listener) -> None:
    rid = records(signed)[0]
    job = enqueue_receipt(signed.store, rid, printer=f"escpos:net:127.0.0.1:{listener.port}")
    PrintWorker(signed.store).run_once()
    assert get_job(signed.store, job.id).status == "done"
    received = _wait_for(listener)
    assert read_seal(_qr_store(received).decode()).record_id == rid


def test_raw_cups_queue_carries_escpos_bytes_untouched(
    signed: Ceremony, listener: Listener
) -> None:
    setup_queue("PaktaPDF")  # CUPS running
    subprocess.run(
        [
            "lpadmin",
            "-p",
            "PaktaThermal",
            "-E",
            "-v",
            f"socket://127.0.0.1:{listener.port}",
            "-m",
            "raw",
        ],
        check=True,
        capture_output=True,
        timeout=60,
    )
    try:
        rid = records(signed)[1]
        data = load_receipt(signed.store, rid)
        job = enqueue_receipt(signed.store, rid, printer="escpos:cups:PaktaThermal#dots=576")
        worker = PrintWorker(signed.store)
        worker.run_once()
        run_until(lambda: get_job(signed.store, job.id).status == "done", worker.run_once)
        received = _wait_for(listener)
        expected = Dummy()
        write_receipt(expected, data, dots=576)
        assert received == expected.output  # byte for byte what python-escpos drew
    finally:
        subprocess.run(["lpadmin", "-x", "PaktaThermal"], capture_output=True, check=False)
