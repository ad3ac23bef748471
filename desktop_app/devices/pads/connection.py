"""A connected signature pad: reader thread, protocol detection, stamped pen events out.

Updates (pen events and status changes) go to ``on_update`` on the reader thread, or, when
no callback is given, into the ``updates`` queue. The GUI relays them; it never reads here.
"""

from __future__ import annotations

import dataclasses
import queue
from collections.abc import Callable

from desktop_app.devices.byte_port import BytePort
from desktop_app.devices.pads.events import PadCapabilities, PadParser, PenEvent
from desktop_app.devices.pads.handshake import run_steps
from desktop_app.devices.pads.probe import detect_on_port
from desktop_app.devices.pads.protocol import PROTOCOLS, PadProtocol
from desktop_app.devices.serial_link import SerialLink, StatusChange
from desktop_app.domain.signature import DeviceInfo

PadUpdate = PenEvent | StatusChange


class PadConnection(SerialLink):
    def __init__(
        self,
        url: str,
        protocol: PadProtocol | None = None,
        *,
        on_update: Callable[[PadUpdate], None] | None = None,
        reconnect: bool = True,
        retry_s: float = 0.2,
    ) -> None:
        candidates = [protocol] if protocol is not None else list(PROTOCOLS.values())
        super().__init__(
            url,
            initial_baud=candidates[0].baud_rates[0],
            reconnect=reconnect,
            retry_s=retry_s,
        )
        self._candidates = candidates
        self._chosen = protocol
        self.protocol: PadProtocol | None = protocol
        self.capabilities: PadCapabilities | None = None
        self._parser: PadParser | None = None
        self._on_update = on_update
        self.updates: queue.SimpleQueue[PadUpdate] = queue.SimpleQueue()
        self.events_delivered = 0

    def device_info(self) -> DeviceInfo:
        """Metadata for the signature being captured from this pad."""
        protocol = self.protocol
        caps = self.capabilities or (protocol.default_capabilities if protocol else None)
        if protocol is None or caps is None:
            return DeviceInfo(source="pad", port=self.url)
        return DeviceInfo(
            source="pad",
            model=protocol.title,
            protocol=protocol.name,
            x_max=caps.x_max,
            y_max=caps.y_max,
            p_max=caps.p_max,
            units_per_mm=caps.units_per_mm,
            firmware=caps.firmware,
            port=self.url,
        )

    def _deliver(self, update: PadUpdate) -> None:
        if self._on_update is not None:
            self._on_update(update)
        else:
            self.updates.put(update)

    def _publish(self, change: StatusChange) -> None:
        self._deliver(change)

    def _handshake(self, port: BytePort) -> bool:
        if self._chosen is not None:
            return self._start_chosen(port, self._chosen)
        first = (self.protocol, self.baud) if self.protocol and self.baud else None
        found = detect_on_port(port, self._candidates, cancelled=self._stop.is_set, first=first)
        if found is None:
            return False
        protocol = found.protocol
        parser = found.parser
        result = found.handshake
        if protocol.probe_steps != protocol.startup:
            # Recognised by its probe; now start it the way it is always started.
            parser = protocol.parser_factory()
            result = run_steps(port, parser, protocol.startup, cancelled=self._stop.is_set)
            if not result.answered:
                return False
        self._started(protocol, found.baud, parser, result.capabilities)
        return True

    def _start_chosen(self, port: BytePort, protocol: PadProtocol) -> bool:
        """The attendant chose the protocol: run its start-up at each baud (last good first)."""
        bauds = list(protocol.baud_rates)
        if self.baud in bauds:
            bauds.remove(self.baud)
            bauds.insert(0, self.baud)
        for baud in bauds:
            port.baudrate = baud
            parser = protocol.parser_factory()
            result = run_steps(port, parser, protocol.startup, cancelled=self._stop.is_set)
            if result.answered:
                self._started(protocol, baud, parser, result.capabilities)
                return True
        return False

    def _started(
        self, protocol: PadProtocol, baud: int, parser: PadParser, caps: PadCapabilities | None
    ) -> None:
        self.protocol, self.baud, self._parser = protocol, baud, parser
        self.capabilities = caps or protocol.default_capabilities

    def _handle(self, data: bytes, t_ms: int) -> None:
        parser = self._parser
        if parser is None:
            return
        for message in parser.feed(data):
            if isinstance(message, PenEvent):
                self.events_delivered += 1
                self._deliver(dataclasses.replace(message, t_ms=t_ms))
            else:
                self.capabilities = message

    def _goodbye(self, port: BytePort) -> None:
        if self.protocol is not None and self.protocol.stop_command:
            port.write(self.protocol.stop_command)
