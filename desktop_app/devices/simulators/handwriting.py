"""Synthetic handwriting: cursive-like strokes with pressure ramps and pen lifts, as pen events.

A signature is two or three looping "words" and sometimes an underline flourish, drawn at
the pad's sample rate. Between strokes the pen hovers (proximity without tip) to the next
start; at the end it leaves proximity. Deterministic for a given seed.
"""

from __future__ import annotations

import math
import random

from desktop_app.devices.pads.events import PadCapabilities, PenEvent

HOVER_S = 0.15  # time the pen spends in the air between strokes


def handwriting_events(
    capabilities: PadCapabilities, rate_hz: float, seed: int = 0
) -> list[PenEvent]:
    """One whole signature as the sequence of reports a pad would send."""
    rng = random.Random(seed)
    mm = capabilities.units_per_mm
    dt = 1.0 / rate_hz
    # A signature about 70 mm wide, starting left of the pad's centre line.
    x0 = capabilities.x_max / 2 - 35 * mm
    y0 = capabilities.y_max / 2
    strokes: list[list[tuple[float, float, float]]] = []
    x = x0
    for _ in range(rng.randint(2, 3)):
        width_mm = rng.uniform(14, 26)
        strokes.append(_word(rng, x, y0, width_mm * mm, mm, dt))
        x += (width_mm + rng.uniform(3, 7)) * mm
    if rng.random() < 0.6:
        strokes.append(_underline(rng, x0, y0 + 9 * mm, x - x0, mm, dt))

    events: list[PenEvent] = []
    p_max = capabilities.p_max
    for stroke in strokes:
        if events:
            events.extend(_hover(events[-1], stroke[0], dt, capabilities))
        else:
            first = _clamp(stroke[0][0], stroke[0][1], capabilities)
            events.append(PenEvent(first[0], first[1], 0, tip=False, proximity=True))
        n = len(stroke)
        for i, (sx, sy, level) in enumerate(stroke):
            cx, cy = _clamp(sx, sy, capabilities)
            pressure = max(1, round(level * _ramp(i, n) * p_max)) if p_max else 0
            events.append(PenEvent(cx, cy, pressure, tip=True, proximity=True))
        last = events[-1]
        events.append(PenEvent(last.x, last.y, 0, tip=False, proximity=True))
    last = events[-1]
    events.append(PenEvent(last.x, last.y, 0, tip=False, proximity=False))
    return events


def _word(
    rng: random.Random, x0: float, y0: float, width: float, mm: float, dt: float
) -> list[tuple[float, float, float]]:
    """Loops drifting right: x = drift + wobble, y = a sine whose height changes per loop."""
    loops = rng.randint(3, 6)
    duration = rng.uniform(0.55, 1.1)
    steps = max(8, int(duration / dt))
    heights = [rng.uniform(3, 9) * mm for _ in range(loops + 1)]
    phase = rng.uniform(0, math.pi)
    base_pressure = rng.uniform(0.45, 0.7)
    points = []
    for i in range(steps):
        u = i / (steps - 1)
        a = 2 * math.pi * loops * u + phase
        height = heights[min(loops, int(u * loops))]
        x = x0 + width * u + 2.2 * mm * math.cos(a)
        y = y0 - height * math.sin(a) + 1.5 * mm * math.sin(2 * math.pi * u)
        level = base_pressure + 0.15 * math.sin(3 * math.pi * u + phase)
        points.append((x, y, level))
    return points


def _underline(
    rng: random.Random, x0: float, y0: float, length: float, mm: float, dt: float
) -> list[tuple[float, float, float]]:
    steps = max(6, int(rng.uniform(0.25, 0.45) / dt))
    sag = rng.uniform(1, 3) * mm
    return [
        (x0 + length * (i / (steps - 1)), y0 + sag * math.sin(math.pi * i / (steps - 1)), 0.5)
        for i in range(steps)
    ]


def _ramp(i: int, n: int) -> float:
    """Pressure builds over the first ~8 samples and fades over the last ~6."""
    up = min(1.0, (i + 1) / 8)
    down = min(1.0, (n - i) / 6)
    return 0.25 + 0.75 * min(up, down)


def _hover(
    last: PenEvent, target: tuple[float, float, float], dt: float, caps: PadCapabilities
) -> list[PenEvent]:
    steps = max(2, int(HOVER_S / dt))
    out = []
    for i in range(1, steps + 1):
        u = i / steps
        hx, hy = _clamp(last.x + (target[0] - last.x) * u, last.y + (target[1] - last.y) * u, caps)
        out.append(PenEvent(hx, hy, 0, tip=False, proximity=True))
    return out


def _clamp(x: float, y: float, caps: PadCapabilities) -> tuple[int, int]:
    return min(max(round(x), 0), caps.x_max), min(max(round(y), 0), caps.y_max)
