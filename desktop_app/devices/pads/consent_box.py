"""The attendee's consent on the pad itself: a tick in the consent box, or the pen's button.

The consent box is a band along the bottom of the pad's surface (in device units, y grows
downwards on the pads we speak to), marked on the pad with a sticker "Centang di sini jika
setuju". A tick counts when the pen touches down inside the box and lifts inside it, so a
signature started above the band, a resting palm off the pad or a pen hovering near it does
not. The pen's side switch (ISDV4 F1) counts as the pad's button, on its press, not its hold.
A pure parser of pen reports: no threads, no clock.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.devices.pads.events import PenEvent
from desktop_app.domain.consent import ConsentMethod


@dataclass(frozen=True)
class ConsentBox:
    """The box as fractions of the pad's ranges (0..1 from the top-left corner)."""

    left: float = 0.0
    top: float = 0.8  # the bottom fifth of the pad
    right: float = 1.0
    bottom: float = 1.0

    def contains(self, x: int, y: int, x_max: int, y_max: int) -> bool:
        if x_max <= 0 or y_max <= 0:
            return False
        fx, fy = x / x_max, y / y_max
        return self.left <= fx <= self.right and self.top <= fy <= self.bottom

    def centre(self, x_max: int, y_max: int) -> tuple[int, int]:
        """The middle of the box in device units (the simulator ticks there)."""
        return (
            round((self.left + self.right) / 2 * x_max),
            round((self.top + self.bottom) / 2 * y_max),
        )


CONSENT_BOX = ConsentBox()


class ConsentGestures:
    """Feed pen reports; ``feed`` returns the consent method when a report completes one."""

    def __init__(self, x_max: int, y_max: int, box: ConsentBox = CONSENT_BOX) -> None:
        self.x_max, self.y_max, self.box = x_max, y_max, box
        self._tip = False
        self._armed = False  # the pen touched down inside the box and stayed on the surface
        self._side = True  # as if held, so a button already held when we start is no press

    def reset(self) -> None:
        self._tip = self._armed = False
        self._side = True

    def feed(self, event: PenEvent) -> ConsentMethod | None:
        inside = self.box.contains(event.x, event.y, self.x_max, self.y_max)
        pressed = event.side and event.proximity and not self._side
        self._side = event.side and event.proximity
        if pressed:
            self._tip, self._armed = event.tip, False
            return ConsentMethod.PAD_BUTTON
        if event.tip and not self._tip:  # touch down
            self._armed = inside
        self._tip = event.tip
        if not event.tip and self._armed:  # lift
            self._armed = False
            if inside:
                return ConsentMethod.PAD_BOX
        return None


def consent_tick(x_max: int, y_max: int, box: ConsentBox = CONSENT_BOX) -> list[PenEvent]:
    """A short tick mark inside the box, as a pen draws it (simulators, demo and tests)."""
    cx, cy = box.centre(x_max, y_max)
    span_x = max(1, round((box.right - box.left) * x_max * 0.04))
    span_y = max(1, round((box.bottom - box.top) * y_max * 0.15))
    path = [(cx - span_x, cy - span_y // 2)]
    path += [(cx - span_x + i * span_x // 4, cy - span_y // 2 + i * span_y // 4) for i in (1, 2)]
    path += [(cx - span_x // 2 + i * span_x // 2, cy - i * span_y // 2) for i in (1, 2, 3)]
    hover = PenEvent(path[0][0], path[0][1], 0, tip=False)
    down = [PenEvent(x, y, 300 + 40 * i, tip=True) for i, (x, y) in enumerate(path)]
    lift = PenEvent(path[-1][0], path[-1][1], 0, tip=False)
    return [hover, *down, lift]
