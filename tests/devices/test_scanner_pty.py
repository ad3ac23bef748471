"""Serial scanners over real pseudo-terminals: CR/LF codes, SSI with ACK/NAK, unplug/replug."""

from __future__ import annotations

import time

from desktop_app.devices.scanners import ssi
from desktop_app.devices.scanners.connection import ScannerConnection, ScannerMode
from desktop_app.devices.scanners.lines import SerialScan
from desktop_app.devices.serial_link import LinkStatus
from desktop_app.devices.simulators.scanner_simulator import ScannerSimulator
from tests.devices.conftest import drain

NIP = "199001012015031001"


def scans(items: list[object]) -> list[SerialScan]:
    return [i for i in items if isinstance(i, SerialScan)]


def test_cr_lf_codes(port_path: str) -> None:
    with ScannerSimulator(link=port_path) as sim:
        conn = ScannerConnection(port_path)
        with conn:
            assert conn.wait_for(LinkStatus.CONNECTED, timeout=3)
            sim.send(NIP)
            sim.send(b"\xff\xfe garbage from a wrong keyboard table")
            sim.send("PKT1.X")
            got = scans(drain(conn.updates, lambda u: len(scans(u)) >= 3, 3))
    assert next(s.text for s in got) == NIP and got[2].text == "PKT1.X"
    assert got[1].garbled and not got[0].garbled


def test_ssi_codes_are_acked_and_bad_frames_nakked(port_path: str) -> None:
    with ScannerSimulator(link=port_path, ssi=True) as sim:
        conn = ScannerConnection(port_path, mode=ScannerMode.SSI)
        with conn:
            assert conn.wait_for(LinkStatus.CONNECTED, timeout=3)
            frame = bytearray(ssi.encode_decode_data(NIP.encode()))
            frame[-1] ^= 0xFF
            sim.pty.write(bytes(frame))
            sim.send(NIP)
            got = scans(drain(conn.updates, lambda u: len(scans(u)) >= 1, 3))
            time.sleep(0.1)
            replies = ssi.SsiParser().feed(sim.read_replies())
    assert [s.text for s in got] == [NIP]
    opcodes = [r.opcode for r in replies if isinstance(r, ssi.SsiPacket)]
    assert opcodes == [ssi.NAK, ssi.ACK]


def test_scanner_unplug_and_replug(port_path: str) -> None:
    with ScannerSimulator(link=port_path) as sim:
        conn = ScannerConnection(port_path, retry_s=0.1)
        with conn:
            assert conn.wait_for(LinkStatus.CONNECTED, timeout=3)
            sim.unplug()
            assert conn.wait_for(LinkStatus.DISCONNECTED, LinkStatus.RECONNECTING, timeout=1)
            sim.replug()
            assert conn.wait_for(LinkStatus.CONNECTED, timeout=3)
            time.sleep(0.1)  # pyserial flushes input on open; a real scanner waits for a trigger
            sim.send(NIP)
            got = scans(drain(conn.updates, lambda u: len(scans(u)) >= 1, 3))
    assert [s.text for s in got] == [NIP]
