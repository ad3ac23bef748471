"""Which pad protocol and baud rate answer on a port: used by discovery and the reader."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum

from desktop_app.devices.byte_port import BytePort
from desktop_app.devices.pads.events import PadCapabilities, PadParser
from desktop_app.devices.pads.handshake import HandshakeResult, run_steps
from desktop_app.devices.pads.protocol import PROTOCOLS, PadProtocol
from desktop_app.devices.serial_link import PORT_ERRORS, open_serial
from desktop_app.domain.errors import DeviceUnavailable


class ProbeStatus(StrEnum):
    FOUND = "found"
    NO_REPLY = "no_reply"
    UNAVAILABLE = "unavailable"  # the port could not be opened


@dataclass(frozen=True, slots=True)
class ProbeResult:
    port: str
    status: ProbeStatus
    protocol: str | None = None
    baud: int | None = None
    capabilities: PadCapabilities | None = None
    detail: str = ""


@dataclass
class Detection:
    protocol: PadProtocol
    baud: int
    parser: PadParser
    handshake: HandshakeResult


def detect_on_port(
    port: BytePort,
    protocols: Iterable[PadProtocol],
    *,
    cancelled: Callable[[], bool] = lambda: False,
    first: tuple[PadProtocol, int] | None = None,
) -> Detection | None:
    """Try each protocol at each of its baud rates, in order; the first that answers wins.

    ``first`` (what answered last time) is tried before the rest, so a replugged pad is
    back at once instead of after a timeout at the other baud rate.
    """
    attempts = [(p, b) for p in protocols for b in p.baud_rates]
    if first is not None and first in attempts:
        attempts.remove(first)
        attempts.insert(0, first)
    for protocol, baud in attempts:
        if cancelled():
            return None
        port.baudrate = baud
        parser = protocol.parser_factory()
        result = run_steps(port, parser, protocol.probe_steps, cancelled=cancelled)
        if result.answered:
            return Detection(protocol, baud, parser, result)
    return None


def probe_port(url: str, protocols: Iterable[PadProtocol] | None = None) -> ProbeResult:
    """Open ``url``, find the pad on it, close it again."""
    candidates = list(protocols) if protocols is not None else list(PROTOCOLS.values())
    first_baud = candidates[0].baud_rates[0] if candidates else 19200
    try:
        port = open_serial(url, first_baud)
    except DeviceUnavailable as exc:
        return ProbeResult(url, ProbeStatus.UNAVAILABLE, detail=str(exc))
    try:
        found = detect_on_port(port, candidates)
        if found is None:
            return ProbeResult(url, ProbeStatus.NO_REPLY, detail="no known pad answered")
        protocol = found.protocol
        if protocol.stop_command:
            port.write(protocol.stop_command)  # leave the pad quiet, as we found it
        return ProbeResult(
            url,
            ProbeStatus.FOUND,
            protocol.name,
            found.baud,
            found.handshake.capabilities or protocol.default_capabilities,
        )
    except PORT_ERRORS as exc:
        return ProbeResult(url, ProbeStatus.UNAVAILABLE, detail=str(exc))
    finally:
        with contextlib.suppress(*PORT_ERRORS):
            port.close()
