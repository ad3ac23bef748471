"""The pad's consent gestures, on pen reports alone: a tick in the box, the pen's button."""

from __future__ import annotations

from desktop_app.devices.pads.consent_box import CONSENT_BOX, ConsentGestures, consent_tick
from desktop_app.devices.pads.events import PenEvent
from desktop_app.domain.consent import ConsentMethod

X_MAX, Y_MAX = 26_000, 16_000


def _feed(events: list[PenEvent], gestures: ConsentGestures | None = None) -> list[object]:
    gestures = gestures or ConsentGestures(X_MAX, Y_MAX)
    return [m for m in (gestures.feed(e) for e in events) if m is not None]


def _stroke(points: list[tuple[int, int]]) -> list[PenEvent]:
    down = [PenEvent(x, y, 400, tip=True) for x, y in points]
    return [*down, PenEvent(points[-1][0], points[-1][1], 0, tip=False)]


def test_a_tick_inside_the_box_is_consent_once() -> None:
    tick = consent_tick(X_MAX, Y_MAX)
    assert all(CONSENT_BOX.contains(e.x, e.y, X_MAX, Y_MAX) for e in tick)
    assert _feed(tick) == [ConsentMethod.PAD_BOX]
    assert _feed(tick + tick) == [ConsentMethod.PAD_BOX, ConsentMethod.PAD_BOX]


def test_strokes_that_start_or_end_outside_the_box_are_not_consent() -> None:
    inside, above = (13_000, 15_000), (13_000, 6_000)
    assert _feed(_stroke([above, inside])) == []  # a signature wandering into the band
    assert _feed(_stroke([inside, above])) == []  # starting in it and leaving
    assert _feed(_stroke([above, above])) == []
    hover = [PenEvent(13_000, 15_000, 0, tip=False) for _ in range(5)]
    assert _feed(hover) == []  # a pen hovering over the box


def test_the_pens_side_switch_is_the_pads_button_on_its_press() -> None:
    press = [
        PenEvent(5, 5, 0, tip=False),
        PenEvent(5, 5, 0, tip=False, side=True),
        PenEvent(5, 5, 0, tip=False, side=True),  # held: no second consent
        PenEvent(5, 5, 0, tip=False),
        PenEvent(5, 5, 0, tip=False, side=True),
    ]
    assert _feed(press) == [ConsentMethod.PAD_BUTTON, ConsentMethod.PAD_BUTTON]
    held = [PenEvent(5, 5, 0, tip=False, side=True)]  # already held when the pledge showed
    assert _feed(held) == []
    out_of_range = [PenEvent(5, 5, 0, tip=False, proximity=False, side=True)]
    assert _feed([PenEvent(5, 5, 0, tip=False), *out_of_range]) == []


def test_reset_forgets_a_half_tick_and_bad_ranges_never_match() -> None:
    gestures = ConsentGestures(X_MAX, Y_MAX)
    tick = consent_tick(X_MAX, Y_MAX)
    for event in tick[:-1]:
        assert gestures.feed(event) is None
    gestures.reset()  # the pad reconnected in between
    assert gestures.feed(tick[-1]) is None
    assert _feed(tick, ConsentGestures(0, 0)) == []
    garbage = [PenEvent(-5, 70_000, 99999, tip=True), PenEvent(-5, 70_000, 0, tip=False)]
    assert _feed(garbage) == []
