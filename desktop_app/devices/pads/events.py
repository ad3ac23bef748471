"""What a pad protocol parser yields: pen events, the pad's reported capabilities."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True, slots=True)
class PenEvent:
    """One pen report in device units; ``t_ms`` is stamped by the reader (monotonic ms)."""

    x: int
    y: int
    pressure: int
    tip: bool
    proximity: bool = True
    eraser: bool = False  # ISDV4 F2 / side switch 2
    side: bool = False  # ISDV4 F1 / side switch 1
    tilt_x: int = 0
    tilt_y: int = 0
    t_ms: int = 0


@dataclass(frozen=True, slots=True)
class PadCapabilities:
    """Ranges and firmware as the pad reported them (or the protocol's defaults)."""

    x_max: int
    y_max: int
    p_max: int  # 0 = the pad has no pressure
    tilt_x_max: int = 0
    tilt_y_max: int = 0
    firmware: str = ""
    units_per_mm: float = 100.0
    touch_sensor: int | None = None  # ISDV4 touch sensor id, None when not queried / absent


PadMessage = PenEvent | PadCapabilities


class PadParser(Protocol):
    """Incremental parser: feed any bytes, get complete messages; never raises on garbage."""

    @property
    def dropped_bytes(self) -> int:
        """Bytes discarded so far (noise, truncated or invalid packets, skipped touch data)."""
        ...

    def feed(self, data: bytes) -> list[PadMessage]: ...

    def reset(self) -> None:
        """Forget any partial packet (after a flush or reconnect)."""
        ...
