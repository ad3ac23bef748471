"""Device figures: parser throughput, pen-to-event latency and loss through a pty, camera decode."""

from __future__ import annotations

import os
import tempfile
import threading
import time
from pathlib import Path

import zxingcpp

from benchmarks.figures import Figure, p99
from desktop_app.devices.pads import isdv4
from desktop_app.devices.pads.connection import PadConnection, PadUpdate
from desktop_app.devices.pads.events import PenEvent
from desktop_app.devices.pads.protocol import ISDV4
from desktop_app.devices.scanners.camera import decode_frame
from desktop_app.devices.scanners.photo_set import load_cases, score
from desktop_app.devices.serial_link import LinkStatus
from desktop_app.devices.simulators.handwriting import handwriting_events
from desktop_app.devices.simulators.pad_simulator import PadSimulator

NATIVE_HZ = ISDV4.native_rate_hz
PHOTOS = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "qr-photos"


def _handwriting(n: int, rate_hz: float) -> list[PenEvent]:
    events: list[PenEvent] = []
    seed = 0
    while len(events) < n:
        events += handwriting_events(ISDV4.default_capabilities, rate_hz, seed)
        seed += 1
    return events[:n]


def parser_throughput(quick: bool) -> Figure:
    packets = 20_000 if quick else 200_000
    data = b"".join(isdv4.encode_pen_packet(e) for e in _handwriting(packets, NATIVE_HZ))
    chunks = [data[i : i + 64] for i in range(0, len(data), 64)]  # typical read() sizes

    t0 = time.perf_counter()
    parser = isdv4.Isdv4Parser()
    parsed = 0
    for chunk in chunks:
        parsed += len(parser.feed(chunk))
    ours = parsed / (time.perf_counter() - t0)
    assert parsed == packets

    t0 = time.perf_counter()
    seen = 0
    for chunk in chunks:  # the bare minimum: touch every byte once
        for b in chunk:
            seen += b >> 7
    bare = seen / (time.perf_counter() - t0)
    target = 100 * NATIVE_HZ
    return Figure(
        "ISDV4 parser throughput",
        ours,
        bare,
        "packets/s",
        f">= {target:.0f} packets/s (100x native)",
        ours >= target,
        "bare byte loop",
    )


def _pty_run(seconds: float, rate_hz: float, raw: bool) -> tuple[list[float], int, int]:
    """Latencies (ms) from write to delivery, packets sent, packets lost."""
    sent_ns: list[int] = []
    got_ns: list[int] = []
    with tempfile.TemporaryDirectory() as tmp:
        link = os.path.join(tmp, "ttyBENCH")
        sim = PadSimulator(
            "isdv4", link=link, rate_hz=rate_hz, on_packet=lambda _e, t: sent_ns.append(t)
        )
        with sim:
            if raw:
                stop = threading.Event()
                reader = threading.Thread(target=_raw_reader, args=(link, got_ns, stop))
                reader.start()
                time.sleep(0.2)
            else:

                def on_update(update: PadUpdate) -> None:
                    if isinstance(update, PenEvent):
                        got_ns.append(time.perf_counter_ns())

                conn = PadConnection(link, ISDV4, on_update=on_update)
                conn.start()
                if not conn.wait_for(LinkStatus.CONNECTED, timeout=5):
                    raise RuntimeError("benchmark pad did not connect")
            sim.draw(_handwriting(int(seconds * rate_hz), rate_hz))
            sim.wait_idle(seconds * 2 + 5)
            time.sleep(0.2)
            if raw:
                stop.set()
                reader.join(2)
            else:
                conn.stop()
            dropped = sim.packets_dropped
    n = min(len(sent_ns), len(got_ns))
    latencies = [(got_ns[i] - sent_ns[i]) / 1e6 for i in range(n)]
    lost = len(sent_ns) - len(got_ns) + dropped
    return latencies, len(sent_ns), lost


def _raw_reader(path: str, got_ns: list[int], stop: threading.Event) -> None:
    """Baseline: a bare pyserial read loop counting 9-byte packets, no parser, no events."""
    import serial

    port = serial.serial_for_url(path, baudrate=19200, timeout=0.05)
    pending = 0
    try:
        while not stop.is_set():
            data = port.read(max(1, port.in_waiting))
            if data:
                now = time.perf_counter_ns()
                pending += len(data)
                while pending >= 9:
                    pending -= 9
                    got_ns.append(now)
    finally:
        port.close()


def pty_figures(quick: bool) -> list[Figure]:
    seconds = 3.0 if quick else 60.0
    rate = 2 * NATIVE_HZ
    latencies, sent, lost = _pty_run(seconds, rate, raw=False)
    base_latencies, _, _ = _pty_run(min(seconds, 3.0), rate, raw=True)
    ours_p99 = p99(latencies) if latencies else float("nan")
    return [
        Figure(
            "pen-to-event latency through a pty, p99",
            ours_p99,
            p99(base_latencies) if base_latencies else None,
            "ms",
            "p99 <= 10 ms",
            ours_p99 <= 10.0,
            "bare pyserial read",
        ),
        Figure(
            f"lost packets at 2x native rate over {seconds:.0f} s ({sent} sent)",
            float(lost),
            None,
            "packets",
            "0 lost",
            lost == 0,
        ),
    ]


def camera_figures(quick: bool) -> list[Figure]:
    if not PHOTOS.exists():
        return []
    cases = load_cases(PHOTOS)
    if quick:
        cases = cases[:12]
    ours = score(cases, lambda im: list(decode_frame(im).texts))
    direct = score(cases, lambda im: [b.text for b in zxingcpp.read_barcodes(im)])
    return [
        Figure(
            f"camera decode rate ({len(cases)} photos)",
            100 * ours.rate,
            100 * direct.rate,
            "%",
            ">= zxing-cpp direct",
            ours.decoded >= direct.decoded,
            "zxing-cpp direct",
        ),
        Figure(
            "camera decode time per frame",
            ours.ms_per_frame,
            direct.ms_per_frame,
            "ms",
            "",
            None,
            "zxing-cpp direct",
        ),
    ]


def run(quick: bool) -> list[Figure]:
    return [parser_throughput(quick), *pty_figures(quick), *camera_figures(quick)]
