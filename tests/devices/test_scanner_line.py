"""Serial scanners over a real line (pseudo-terminal, or socket:// on any OS): CR/LF codes,
SSI with ACK/NAK, unplug/replug. Event-driven waits with generous time-outs."""

from __future__ import annotations

import time

from desktop_app.devices.scanners import ssi
from desktop_app.devices.scanners.connection import ScannerConnection, ScannerMode
from desktop_app.devices.scanners.lines import SerialScan
from desktop_app.devices.serial_link import LinkStatus
from desktop_app.devices.simulators.scanner_simulator import ScannerSimulator
from desktop_app.devices.simulators.transport import Transport
from tests.devices.conftest import drain

NIP = "199001012015031001"
WAIT_S = 30


def scans(items: list[object]) -> list[SerialScan]:
    return [i for i in items if isinstance(i, SerialScan)]


def test_cr_lf_codes(transport: Transport, link: str | None) -> None:
    with ScannerSimulator(link=link, transport=transport) as sim:
        conn = ScannerConnection(sim.port)
        with conn:
            assert conn.wait_for(LinkStatus.CONNECTED, timeout=WAIT_S)
            sim.send(NIP)
            sim.send(b"\xff\xfe garbage from a wrong keyboard table")
            sim.send("PKT1.X")
            got = scans(drain(conn.updates, lambda u: len(scans(u)) >= 3, WAIT_S))
    assert next(s.text for s in got) == NIP and got[2].text == "PKT1.X"
    assert got[1].garbled and not got[0].garbled


def _replies(sim: ScannerSimulator, count: int) -> list[object]:
    """SSI packets the host sent back, read until ``count`` arrived (or a generous bound)."""
    parser = ssi.SsiParser()
    packets: list[object] = []
    deadline = time.monotonic() + WAIT_S
    while len(packets) < count and time.monotonic() < deadline:
        data = sim.read_replies()
        packets += [p for p in parser.feed(data) if isinstance(p, ssi.SsiPacket)]
        if not data:
            time.sleep(0.01)
    return packets


def test_ssi_codes_are_acked_and_bad_frames_nakked(transport: Transport, link: str | None) -> None:
    with ScannerSimulator(link=link, ssi=True, transport=transport) as sim:
        conn = ScannerConnection(sim.port, mode=ScannerMode.SSI)
        with conn:
            assert conn.wait_for(LinkStatus.CONNECTED, timeout=WAIT_S)
            frame = bytearray(ssi.encode_decode_data(NIP.encode()))
            frame[-1] ^= 0xFF
            sim.pty.write(bytes(frame))
            sim.send(NIP)
            got = scans(drain(conn.updates, lambda u: len(scans(u)) >= 1, WAIT_S))
            replies = _replies(sim, 2)
    assert [s.text for s in got] == [NIP]
    assert [r.opcode for r in replies] == [ssi.NAK, ssi.ACK]  # type: ignore[attr-defined]


def test_scanner_unplug_and_replug(transport: Transport, link: str | None) -> None:
    with ScannerSimulator(link=link, transport=transport) as sim:
        conn = ScannerConnection(sim.port, retry_s=0.1)
        with conn:
            assert conn.wait_for(LinkStatus.CONNECTED, timeout=WAIT_S)
            sim.unplug()
            assert conn.wait_for(LinkStatus.DISCONNECTED, LinkStatus.RECONNECTING, timeout=WAIT_S)
            sim.replug()
            assert conn.wait_for(LinkStatus.CONNECTED, timeout=WAIT_S)
            # Like an attendant pressing the trigger again until the beep: a code written while
            # the host was still opening the line may be flushed by that open, never half-read.
            got: list[SerialScan] = []
            deadline = time.monotonic() + WAIT_S
            while not got and time.monotonic() < deadline:
                sim.send(NIP)
                got = scans(drain(conn.updates, lambda u: len(scans(u)) >= 1, 0.5))
    assert got and {s.text for s in got} == {NIP}
