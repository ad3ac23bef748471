"""Device link figures the tests used to assert as durations: how fast an unplugged pad is
noticed, and how long a probe of a pad that never answers takes. Over a pseudo-terminal (POSIX)
and over socket:// (any OS); baselines from the same run.

Over socket:// the figure carries 300 ms that are pyserial's own: its socket handler's close()
sleeps 0.3 s ("give the server some time" before a reconnect), and the link reports the unplug
after closing its end. A real COM port or /dev/tty* has no such pause.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time

from benchmarks.figures import Figure, median, p99
from desktop_app.devices.pads.connection import PadConnection
from desktop_app.devices.pads.probe import ProbeStatus, probe_port
from desktop_app.devices.pads.protocol import ISDV4
from desktop_app.devices.serial_link import LinkStatus
from desktop_app.devices.simulators.pad_simulator import PadSimulator
from desktop_app.devices.simulators.transport import Transport


def _transports() -> list[Transport]:
    return ["socket"] if sys.platform == "win32" else ["pty", "socket"]


def _unplug_ms(transport: Transport, runs: int) -> list[float]:
    """Unplug -> DISCONNECTED seen by the link, each run on a connected pad."""
    out: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        link = os.path.join(tmp, "ttyBENCH") if transport == "pty" else None
        with PadSimulator("isdv4", link=link, transport=transport) as sim:
            conn = PadConnection(sim.port, ISDV4, retry_s=0.05)
            with conn:
                for _ in range(runs):
                    if not conn.wait_for(LinkStatus.CONNECTED, timeout=30):
                        raise RuntimeError("the pad did not connect")
                    t0 = time.perf_counter()
                    sim.unplug()
                    if not conn.wait_for(
                        LinkStatus.DISCONNECTED, LinkStatus.RECONNECTING, timeout=30
                    ):
                        raise RuntimeError("the unplug was never noticed")
                    out.append((time.perf_counter() - t0) * 1000)
                    sim.replug()
    return out


def _bare_unplug_ms(transport: Transport, runs: int) -> list[float]:
    """Baseline: a bare pyserial read loop on the same line, until its read fails."""
    import serial

    out: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        link = os.path.join(tmp, "ttyBENCH") if transport == "pty" else None
        with PadSimulator("isdv4", link=link, transport=transport) as sim:
            for _ in range(runs):
                port = serial.serial_for_url(sim.port, baudrate=19200, timeout=0.05)
                sim.pty.write(b"\x00")  # a socket line accepts the connection on first use
                t0 = time.perf_counter()
                sim.unplug()
                try:
                    while time.perf_counter() - t0 < 30:
                        port.read(max(1, port.in_waiting))
                        if transport == "pty" and not os.path.exists(sim.port):
                            break  # how a plain path shows an unplug while idle
                except (serial.SerialException, OSError):
                    pass
                out.append((time.perf_counter() - t0) * 1000)
                port.close()
                sim.replug()
    return out


def _probe_s(transport: Transport, answer: bool, runs: int) -> list[float]:
    out: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        link = os.path.join(tmp, "ttyBENCH") if transport == "pty" else None
        with PadSimulator("isdv4", link=link, transport=transport, answer_queries=answer) as sim:
            for _ in range(runs):
                t0 = time.perf_counter()
                result = probe_port(sim.port, [ISDV4])
                out.append(time.perf_counter() - t0)
                expected = ProbeStatus.FOUND if answer else ProbeStatus.NO_REPLY
                if result.status != expected:
                    raise RuntimeError(f"probe said {result.status}, not {expected}")
    return out


def run(quick: bool) -> list[Figure]:
    figures: list[Figure] = []
    unplugs = 3 if quick else 30
    probes = 1 if quick else 5
    for transport in _transports():
        noticed = _unplug_ms(transport, unplugs)
        bare = _bare_unplug_ms(transport, unplugs)
        figures.append(
            Figure(
                f"unplugged pad noticed ({transport}), p99 of {unplugs}", p99(noticed),
                p99(bare), "ms", "p99 < 1000 ms", p99(noticed) < 1000,
                "bare pyserial read loop, p99",
            )
        )  # fmt: skip
        silent = _probe_s(transport, answer=False, runs=probes)
        answering = _probe_s(transport, answer=True, runs=probes)
        figures.append(
            Figure(
                f"probe of a pad that never answers ({transport}), worst of {probes}",
                max(silent), median(answering), "s", "< 4 s (two baud rates)", max(silent) < 4,
                "probe of an answering pad (median)",
            )
        )  # fmt: skip
    return figures
