"""A serial badge scanner on its reader thread: CR/LF lines or Zebra SSI packets (ACK/NAK)."""

from __future__ import annotations

import queue
from collections.abc import Callable
from enum import StrEnum

from desktop_app.devices.scanners import ssi
from desktop_app.devices.scanners.lines import LineFramer, SerialScan, decode_code
from desktop_app.devices.serial_link import SerialLink, StatusChange

ScannerUpdate = SerialScan | StatusChange


class ScannerMode(StrEnum):
    LINES = "lines"
    SSI = "ssi"


class ScannerConnection(SerialLink):
    def __init__(
        self,
        url: str,
        *,
        mode: ScannerMode = ScannerMode.LINES,
        baud: int = 9600,
        on_update: Callable[[ScannerUpdate], None] | None = None,
        reconnect: bool = True,
        retry_s: float = 0.2,
    ) -> None:
        super().__init__(url, initial_baud=baud, reconnect=reconnect, retry_s=retry_s)
        self.mode = mode
        self._lines = LineFramer()
        self._ssi = ssi.SsiParser()
        self._ssi_codes = ssi.DecodeAssembler()
        self._on_update = on_update
        self.updates: queue.SimpleQueue[ScannerUpdate] = queue.SimpleQueue()

    def _deliver(self, update: ScannerUpdate) -> None:
        if self._on_update is not None:
            self._on_update(update)
        else:
            self.updates.put(update)

    def _publish(self, change: StatusChange) -> None:
        self._deliver(change)

    def _lost(self) -> None:
        self._lines.reset()
        self._ssi.reset()

    def _idle(self) -> None:
        # A frame cut short (noise, a scanner reset) would otherwise swallow the next one.
        if self._ssi.pending:
            self._ssi.reset()

    def _handle(self, data: bytes, t_ms: int) -> None:
        if self.mode == ScannerMode.LINES:
            for raw in self._lines.feed(data):
                self._deliver(decode_code(raw, t_ms))
            return
        for item in self._ssi.feed(data):
            if isinstance(item, ssi.SsiChecksumError):
                self.write(ssi.nak(ssi.NAK_RESEND))
                continue
            if item.opcode in (ssi.ACK, ssi.NAK):
                continue  # replies to our own commands
            self.write(ssi.ack())
            code = self._ssi_codes.add(item)
            if code is not None:
                self._deliver(decode_code(code, t_ms))
