"""Runs a protocol's start-up or probe steps on an open port and reports what answered."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from desktop_app.devices.byte_port import BytePort
from desktop_app.devices.pads.events import PadCapabilities, PadParser, PenEvent
from desktop_app.devices.pads.protocol import (
    AwaitCapabilities,
    AwaitPackets,
    FlushInput,
    Pause,
    Send,
    StartupStep,
)


@dataclass
class HandshakeResult:
    answered: bool
    capabilities: PadCapabilities | None = None
    events: list[PenEvent] = field(default_factory=list)  # pen events seen while waiting


def run_steps(
    port: BytePort,
    parser: PadParser,
    steps: Sequence[StartupStep],
    *,
    cancelled: Callable[[], bool] = lambda: False,
) -> HandshakeResult:
    """Run ``steps`` in order; any await that times out means the pad did not answer."""
    result = HandshakeResult(answered=True)
    for step in steps:
        if cancelled():
            return HandshakeResult(answered=False)
        if isinstance(step, Send):
            port.write(step.data)
        elif isinstance(step, Pause):
            time.sleep(step.seconds)
        elif isinstance(step, FlushInput):
            port.reset_input_buffer()
            parser.reset()
        elif isinstance(step, AwaitCapabilities):
            caps = _await_capabilities(port, parser, step.timeout_s, result, cancelled)
            if caps is None:
                return HandshakeResult(answered=False)
            result.capabilities = caps
        elif isinstance(step, AwaitPackets) and not _await_packets(
            port, parser, step, result, cancelled
        ):
            return HandshakeResult(answered=False)
    return result


def _read_some(port: BytePort) -> bytes:
    return port.read(max(1, port.in_waiting))


def _await_capabilities(
    port: BytePort,
    parser: PadParser,
    timeout_s: float,
    result: HandshakeResult,
    cancelled: Callable[[], bool],
) -> PadCapabilities | None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline and not cancelled():
        for message in parser.feed(_read_some(port)):
            if isinstance(message, PadCapabilities):
                return message
            result.events.append(message)
    return None


def _await_packets(
    port: BytePort,
    parser: PadParser,
    step: AwaitPackets,
    result: HandshakeResult,
    cancelled: Callable[[], bool],
) -> bool:
    deadline = time.monotonic() + step.timeout_s
    start_dropped = parser.dropped_bytes
    seen = 0
    while time.monotonic() < deadline and not cancelled():
        for message in parser.feed(_read_some(port)):
            if isinstance(message, PenEvent):
                seen += 1
                result.events.append(message)
        # Noise at the wrong baud decodes into the odd "packet"; demand a clean stream.
        if parser.dropped_bytes - start_dropped > step.max_dropped + seen:
            return False
        if seen >= step.count:
            return True
    return False
