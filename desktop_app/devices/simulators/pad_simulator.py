"""A simulated signature pad on a pseudo-terminal or socket: answers ISDV4, draws handwriting.

It runs on its own thread and paces packets on an absolute schedule at the protocol's
native rate. It honours ``0`` (stop), ``1`` (start), ``*`` (pen query) and ``%`` (touch
query). If the app's end of the line is set to another baud rate than the pad's, the pad
hears garbage and the app receives garbage, as on a real wire.
"""

from __future__ import annotations

import collections
import random
import threading
import time
from collections.abc import Callable, Iterable

from desktop_app.devices.pads import isdv4
from desktop_app.devices.pads.events import PadCapabilities, PenEvent
from desktop_app.devices.pads.protocol import PadProtocol, get_protocol
from desktop_app.devices.simulators.handwriting import handwriting_events
from desktop_app.devices.simulators.transport import Transport, baud_code, open_line

PAUSE_BETWEEN_SIGNATURES_S = 1.5


class PadSimulator:
    def __init__(
        self,
        protocol: str | PadProtocol = "isdv4",
        *,
        link: str | None = None,
        transport: Transport | None = None,
        rate_hz: float | None = None,
        baud: int | None = None,
        continuous: bool = False,
        answer_queries: bool = True,
        capabilities: PadCapabilities | None = None,
        seed: int = 0,
        on_packet: Callable[[PenEvent, int], None] | None = None,
    ) -> None:
        self.protocol = protocol if isinstance(protocol, PadProtocol) else get_protocol(protocol)
        if self.protocol.encode_event is None:
            raise ValueError(f"protocol {self.protocol.name} cannot be simulated")
        self._encode = self.protocol.encode_event
        self.rate_hz = rate_hz or self.protocol.native_rate_hz
        self.baud = baud or self.protocol.baud_rates[0]
        self.capabilities = capabilities or self.protocol.default_capabilities
        self.continuous = continuous
        self.answer_queries = answer_queries
        self.on_packet = on_packet  # (event, perf_counter_ns when written): benchmarks
        self.sampling = True
        self.packets_sent = 0
        self.packets_dropped = 0  # nobody read them and the line buffer was full
        self.commands: list[bytes] = []
        self._rng = random.Random(seed)
        self._seed = seed
        self._queue: collections.deque[PenEvent] = collections.deque()
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._idle = threading.Event()
        self._idle.set()
        # The line to the app: a pty (POSIX; ``link`` a symlink path to it) or a socket (any OS;
        # ``link`` a TCP port number). Named pty for history: it is either.
        self.pty = open_line(transport, link)
        self._thread: threading.Thread | None = None

    @property
    def port(self) -> str:
        return self.pty.path

    # -- control ---------------------------------------------------------------------------
    def start(self) -> PadSimulator:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="pad simulator", daemon=True)
            self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(2.0)
        self.pty.close()

    def __enter__(self) -> PadSimulator:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def draw(self, events: Iterable[PenEvent]) -> None:
        """Queue reports to send at the native rate."""
        with self._lock:
            self._queue.extend(events)
            self._idle.clear()

    def draw_signature(self, seed: int | None = None) -> list[PenEvent]:
        """Queue one synthetic signature; returns the reports it will send."""
        events = handwriting_events(
            self.capabilities, self.rate_hz, self._seed if seed is None else seed
        )
        self.draw(events)
        return events

    def wait_idle(self, timeout: float) -> bool:
        """Wait until everything queued has been written."""
        return self._idle.wait(timeout)

    def unplug(self) -> None:
        with self._lock:
            self._queue.clear()
            self._idle.set()
            self.pty.close()

    def replug(self) -> None:
        with self._lock:
            self.pty.open()
            self.sampling = True

    # -- the thread ------------------------------------------------------------------------
    def _wire_ok(self) -> bool:
        expected = baud_code(self.pty, self.baud)
        actual = self.pty.line_speed()
        return expected is None or actual is None or actual == expected

    def _run(self) -> None:
        period = 1.0 / self.rate_hz
        next_t = time.perf_counter()
        next_signature = time.monotonic() + 0.3
        while not self._stop.is_set():
            with self._lock:
                self._serve_commands()
                if self.continuous and not self._queue and time.monotonic() >= next_signature:
                    self._queue.extend(
                        handwriting_events(
                            self.capabilities, self.rate_hz, self._rng.randrange(1 << 30)
                        )
                    )
                    self._idle.clear()
                if self.sampling and self._queue:
                    event = self._queue.popleft()
                    self._send(self._encode(event), event)
                    if not self._queue:
                        self._idle.set()
                        next_signature = time.monotonic() + PAUSE_BETWEEN_SIGNATURES_S
            next_t += period
            delay = next_t - time.perf_counter()
            if delay > 0:
                time.sleep(delay)
            elif delay < -0.1:
                next_t = time.perf_counter()  # fell far behind (suspended): do not burst

    def _send(self, packet: bytes, event: PenEvent | None = None) -> None:
        if not self.pty.is_open:
            return
        if not self._wire_ok():
            packet = bytes(self._rng.randrange(256) for _ in packet)  # framing errors
        written = self.pty.write(packet)
        if event is None:
            return
        if written == len(packet):
            self.packets_sent += 1
            if self.on_packet is not None:
                self.on_packet(event, time.perf_counter_ns())
        else:
            self.packets_dropped += 1

    def _serve_commands(self) -> None:
        data = self.pty.read()
        if not data or not self._wire_ok():
            return  # at the wrong baud the pad hears only noise
        for byte in data:
            command = bytes((byte,))
            self.commands.append(command)
            if self.protocol.name != "isdv4":
                continue
            if command == isdv4.CMD_STOP:
                self.sampling = False
            elif command == isdv4.CMD_START:
                self.sampling = True
            elif command == isdv4.CMD_PEN_QUERY and self.answer_queries:
                self._send(isdv4.encode_query_reply(self.capabilities))
            elif command == isdv4.CMD_TOUCH_QUERY and self.answer_queries:
                self._send(isdv4.encode_touch_query_reply(None))
