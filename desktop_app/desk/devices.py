"""The desk's serial devices: the pad and a serial scanner, opened from the settings.

Reader threads deliver here; updates are batched and handed to the owner thread through
``call_soon`` (a pad sends ~130 reports a second: one hand-over per batch, not per report).
Closing a port joins its reader thread, so that happens on a helper thread, never the GUI's.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from desktop_app.devices.pads.connection import PadConnection, PadUpdate
from desktop_app.devices.pads.protocol import PROTOCOLS
from desktop_app.devices.scanners.connection import ScannerConnection, ScannerMode, ScannerUpdate
from desktop_app.devices.serial_link import SerialLink

CallSoon = Callable[[Callable[[], None]], None]


class _Batcher:
    """Collects updates from a reader thread; one ``call_soon`` per batch."""

    def __init__(self, call_soon: CallSoon, sink: Callable[[list[object]], None]) -> None:
        self._call_soon = call_soon
        self._sink = sink
        self._lock = threading.Lock()
        self._items: list[object] = []
        self._scheduled = False
        self.generation = 0  # bumped when the device is replaced: late batches are dropped

    def put(self, item: object, generation: int) -> None:
        with self._lock:
            if generation != self.generation:
                return
            self._items.append(item)
            if self._scheduled:
                return
            self._scheduled = True
        self._call_soon(self._drain)

    def _drain(self) -> None:
        with self._lock:
            items, self._items, self._scheduled = self._items, [], False
        if items:
            self._sink(items)


class DeviceHub:
    def __init__(
        self,
        call_soon: CallSoon,
        *,
        on_pad: Callable[[list[object]], None],
        on_scanner: Callable[[list[object]], None],
    ) -> None:
        self._pad_batch = _Batcher(call_soon, on_pad)
        self._scan_batch = _Batcher(call_soon, on_scanner)
        self.pad: PadConnection | None = None
        self.scanner: ScannerConnection | None = None
        self._pad_config: tuple[str, str] = ("", "")
        self._scanner_config: tuple[str, str] = ("", "")

    def configure_pad(self, port: str, protocol: str) -> bool:
        """(Re)open the pad when its port or protocol changed; True when it changed."""
        config = (port.strip(), protocol)
        if config == self._pad_config and (self.pad is not None or not config[0]):
            return False
        self._pad_config = config
        _close_later(self.pad)
        self.pad = None
        self._pad_batch.generation += 1
        if not config[0]:
            return True
        generation = self._pad_batch.generation

        def deliver(update: PadUpdate) -> None:
            self._pad_batch.put(update, generation)

        chosen = PROTOCOLS.get(protocol) if protocol != "auto" else None
        self.pad = PadConnection(config[0], chosen, on_update=deliver)
        self.pad.start()
        return True

    def configure_scanner(self, mode: str, port: str) -> bool:
        config = (mode, port.strip())
        serial_mode = mode in ("serial", "ssi") and bool(config[1])
        if config == self._scanner_config and (self.scanner is not None or not serial_mode):
            return False
        self._scanner_config = config
        _close_later(self.scanner)
        self.scanner = None
        self._scan_batch.generation += 1
        if not serial_mode:
            return True
        generation = self._scan_batch.generation

        def deliver(update: ScannerUpdate) -> None:
            self._scan_batch.put(update, generation)

        kind = ScannerMode.SSI if mode == "ssi" else ScannerMode.LINES
        self.scanner = ScannerConnection(config[1], mode=kind, on_update=deliver)
        self.scanner.start()
        return True

    def stop(self, timeout: float = 2.0) -> None:
        # A reader thread that outlives the join must not deliver to a closed desk.
        self._pad_batch.generation += 1
        self._scan_batch.generation += 1
        for link in (self.pad, self.scanner):
            if link is not None:
                link.stop(timeout)
        self.pad = self.scanner = None


def _close_later(link: SerialLink | None) -> None:
    if link is not None:
        threading.Thread(target=link.stop, name="close device", daemon=True).start()
