"""Pen events → strokes → a Signature, with the rule for a stroke cut off by an unplug.

Rules: tip down starts a stroke and tip up ends it (the tip-up report itself is a hover
position, not ink). A stroke begun with the eraser end (F2 set when the pen entered
proximity) is not ink and is dropped. If the port vanishes while the tip is down, the open
stroke is kept, ending at its last sample, and the capture is marked ``interrupted`` so the
desk asks for the signature again rather than silently accepting a cut-off one.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.devices.pads.events import PenEvent
from desktop_app.devices.serial_link import LinkStatus, StatusChange
from desktop_app.domain.signature import DeviceInfo, PenSample, Signature, Stroke


@dataclass(frozen=True, slots=True)
class PadCapture:
    signature: Signature
    interrupted: bool  # the port vanished mid-signature: ask for a redo
    eraser_strokes: int = 0


class StrokeAssembler:
    """Feed reader-stamped pen events; read the signature at any time."""

    def __init__(self, device: DeviceInfo | None = None) -> None:
        self.device = device or DeviceInfo()
        self._strokes: list[Stroke] = []
        self._current: list[PenSample] | None = None
        self._t0: int | None = None
        self._in_proximity = False
        self._eraser_mode = False
        self._eraser_strokes = 0
        self._interrupted = False

    @property
    def pen_down(self) -> bool:
        return self._current is not None

    @property
    def stroke_count(self) -> int:
        return len(self._strokes) + (1 if self._current else 0)

    def add(self, ev: PenEvent) -> Stroke | None:
        """Add one event; returns the stroke it completed, if any."""
        if ev.proximity and not self._in_proximity:
            self._eraser_mode = ev.eraser  # latched for as long as the pen stays near
        self._in_proximity = ev.proximity
        if ev.tip and ev.proximity:
            if self._current is None:
                self._current = []
            if self._t0 is None:
                self._t0 = ev.t_ms
            self._current.append(PenSample(ev.x, ev.y, ev.pressure, ev.t_ms - self._t0))
            return None
        return self._end_stroke()

    def handle(self, update: PenEvent | StatusChange) -> None:
        """Feed whatever a PadConnection delivers: events add ink, a disconnect interrupts."""
        if isinstance(update, PenEvent):
            self.add(update)
        elif update.status == LinkStatus.DISCONNECTED:
            self.interrupt()

    def interrupt(self) -> None:
        """The port vanished: keep what was drawn, end it here, and flag the capture."""
        if self._current is not None or self._strokes:
            self._interrupted = True
        self._end_stroke()
        self._in_proximity = False

    def clear(self) -> None:
        self._strokes.clear()
        self._current = None
        self._t0 = None
        self._eraser_strokes = 0
        self._interrupted = False

    def capture(self) -> PadCapture:
        strokes = list(self._strokes)
        if self._current:
            strokes.append(Stroke(tuple(self._current)))
        return PadCapture(
            Signature(tuple(strokes), self.device), self._interrupted, self._eraser_strokes
        )

    def _end_stroke(self) -> Stroke | None:
        samples, self._current = self._current, None
        if not samples:
            return None
        if self._eraser_mode:
            self._eraser_strokes += 1
            return None
        stroke = Stroke(tuple(samples))
        self._strokes.append(stroke)
        return stroke


def assemble(events: list[PenEvent], device: DeviceInfo | None = None) -> Signature:
    """Strokes of a finished event list (convenience for tests and tools)."""
    assembler = StrokeAssembler(device)
    for ev in events:
        assembler.add(ev)
    return assembler.capture().signature
