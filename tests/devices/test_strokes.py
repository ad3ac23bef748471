"""Stroke assembly rules: tip down/up, hover ignored, eraser dropped, interrupted capture."""

from __future__ import annotations

from desktop_app.devices.pads.events import PenEvent
from desktop_app.devices.pads.strokes import StrokeAssembler
from desktop_app.devices.serial_link import LinkStatus, StatusChange


def ev(x: int, tip: bool, t: int, prox: bool = True, eraser: bool = False) -> PenEvent:
    return PenEvent(x, x * 2, 500 if tip else 0, tip=tip, proximity=prox, eraser=eraser, t_ms=t)


def test_tip_down_starts_and_tip_up_ends() -> None:
    a = StrokeAssembler()
    for e in [
        ev(1, False, 100),
        ev(2, True, 110),
        ev(3, True, 120),
        ev(4, False, 130),
        ev(5, True, 140),
        ev(6, False, 150, prox=False),
    ]:
        a.add(e)
    cap = a.capture()
    assert [[s.x for s in st.samples] for st in cap.signature.strokes] == [[2, 3], [5]]
    assert [s.t_ms for s in cap.signature.samples()] == [0, 10, 30]  # from the first ink
    assert not cap.interrupted


def test_eraser_strokes_are_not_ink() -> None:
    a = StrokeAssembler()
    for e in [
        ev(1, False, 0, eraser=True),
        ev(2, True, 10, eraser=True),
        ev(3, False, 20),
        ev(4, False, 30, prox=False),
        ev(5, True, 40),
        ev(6, False, 50),
    ]:
        a.add(e)
    cap = a.capture()
    assert len(cap.signature.strokes) == 1 and cap.eraser_strokes == 1


def test_port_vanishing_mid_stroke_keeps_ink_and_flags_capture() -> None:
    a = StrokeAssembler()
    for e in [ev(1, True, 0), ev(2, True, 10), ev(3, True, 20)]:
        a.handle(e)
    assert a.pen_down
    a.handle(StatusChange(LinkStatus.DISCONNECTED, "/dev/ttyUSB0", 30))
    cap = a.capture()
    assert cap.interrupted
    assert [s.x for s in cap.signature.strokes[0].samples] == [1, 2, 3]  # ends at last sample
    # After replug the pen comes down again: a new stroke, the capture stays flagged.
    a.handle(ev(9, True, 500))
    a.handle(ev(9, False, 510))
    assert len(a.capture().signature.strokes) == 2 and a.capture().interrupted
    a.clear()
    assert not a.capture().interrupted and not a.capture().signature.strokes


def test_disconnect_with_nothing_drawn_is_not_an_interruption() -> None:
    a = StrokeAssembler()
    a.interrupt()
    assert not a.capture().interrupted
