"""A pad protocol as a small plug-in: name, baud rates, start-up steps, parser, encoder.

Start-up and probe sequences are data (send, pause, flush, await a reply or packets), so a
new serial pad is one more registry entry, and an SDK-backed pad can supply its own parser
and an empty sequence.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from desktop_app.devices.pads import isdv4, topaz
from desktop_app.devices.pads.events import PadCapabilities, PadParser, PenEvent


@dataclass(frozen=True, slots=True)
class Send:
    data: bytes


@dataclass(frozen=True, slots=True)
class Pause:
    seconds: float


@dataclass(frozen=True, slots=True)
class FlushInput:
    """Drop whatever the pad sent before this point (stale packets, echo, noise)."""


@dataclass(frozen=True, slots=True)
class AwaitCapabilities:
    """Read until the parser yields the pad's capabilities (a query reply)."""

    timeout_s: float


@dataclass(frozen=True, slots=True)
class AwaitPackets:
    """Read until ``count`` pen events parse with little noise around them."""

    count: int
    timeout_s: float
    max_dropped: int = 8


StartupStep = Send | Pause | FlushInput | AwaitCapabilities | AwaitPackets


@dataclass(frozen=True, slots=True)
class PadProtocol:
    name: str
    title: str
    baud_rates: tuple[int, ...]  # tried in this order
    parser_factory: Callable[[], PadParser]
    default_capabilities: PadCapabilities
    native_rate_hz: float
    startup: tuple[StartupStep, ...] = ()  # run every time the port is (re)opened
    probe: tuple[StartupStep, ...] = ()  # run to recognise the pad; defaults to startup
    stop_command: bytes = b""  # sent when the app lets go of the pad
    encode_event: Callable[[PenEvent], bytes] | None = None  # simulators and tests

    @property
    def probe_steps(self) -> tuple[StartupStep, ...]:
        return self.probe or self.startup


ISDV4 = PadProtocol(
    name="isdv4",
    title="Wacom ISDV4 / W8001",
    baud_rates=isdv4.BAUD_RATES,
    parser_factory=isdv4.Isdv4Parser,
    default_capabilities=isdv4.DEFAULT_CAPABILITIES,
    native_rate_hz=133.0,
    startup=(
        Send(isdv4.CMD_STOP),
        Pause(0.25),  # the pad needs a moment to stop streaming before it answers a query
        FlushInput(),
        Send(isdv4.CMD_PEN_QUERY),
        AwaitCapabilities(timeout_s=1.0),
        Send(isdv4.CMD_START),
    ),
    stop_command=isdv4.CMD_STOP,
    encode_event=isdv4.encode_pen_packet,
)

TOPAZ = PadProtocol(
    name="topaz",
    title="Topaz SigLite-class (5-byte serial)",
    baud_rates=topaz.BAUD_RATES,
    parser_factory=topaz.TopazParser,
    default_capabilities=topaz.DEFAULT_CAPABILITIES,
    native_rate_hz=120.0,
    startup=(FlushInput(),),
    # A Topaz pad has no query: it is recognised by clean packets while the pen moves.
    probe=(FlushInput(), AwaitPackets(count=4, timeout_s=1.0)),
    encode_event=topaz.encode_packet,
)

PROTOCOLS: dict[str, PadProtocol] = {p.name: p for p in (ISDV4, TOPAZ)}


def register_protocol(protocol: PadProtocol) -> None:
    """Add a pad type (for example an SDK-backed adapter) to discovery and the CLI."""
    PROTOCOLS[protocol.name] = protocol


def get_protocol(name: str) -> PadProtocol:
    try:
        return PROTOCOLS[name]
    except KeyError:
        known = ", ".join(sorted(PROTOCOLS))
        raise KeyError(f"unknown pad protocol {name!r} (known: {known})") from None
