"""On-screen capture with real offscreen widgets: mouse and pen make a Signature."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QInputDevice, QPointingDevice, QTabletEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_app.domain.signature_quality import check_signature
from ui.widgets.signature_canvas import SignatureCanvas


def make_canvas(qtbot: QtBot) -> SignatureCanvas:
    canvas = SignatureCanvas()
    qtbot.addWidget(canvas)
    canvas.resize(600, 240)
    canvas.show()
    qtbot.waitExposed(canvas)
    return canvas


def test_mouse_drawing_makes_strokes(qtbot: QtBot) -> None:
    canvas = make_canvas(qtbot)
    for row in (60, 140):
        qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=QPoint(20, row))
        for i in range(1, 40):
            qtbot.mouseMove(canvas, QPoint(20 + 12 * i, row + (i % 7) * 6))
            qtbot.wait(6)  # real time passes between moves, as under a hand
        qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=QPoint(500, row))
    sig = canvas.signature()
    assert len(sig.strokes) == 2
    assert len(sig.strokes[0]) >= 30
    assert sig.device.source == "mouse" and sig.device.p_max == 0
    assert sig.strokes[0].samples[0].x == 200  # tenths of a pixel
    report = check_signature(sig)
    assert report.ok, report
    canvas.grab()  # paints with live ink without error
    canvas.clear()
    assert canvas.is_empty() and canvas.signature().strokes == ()


def test_pen_pressure_is_kept(qtbot: QtBot) -> None:
    canvas = make_canvas(qtbot)
    stylus = QPointingDevice(
        "test stylus",
        1,
        QInputDevice.DeviceType.Stylus,
        QPointingDevice.PointerType.Pen,
        QInputDevice.Capability.Position | QInputDevice.Capability.Pressure,
        1,
        3,
    )

    def send(kind: QEvent.Type, x: float, pressure: float) -> None:
        pos = QPointF(x, 100)
        event = QTabletEvent(
            kind,
            stylus,
            pos,
            canvas.mapToGlobal(pos),
            pressure,
            0,
            0,
            0,
            0,
            0,
            Qt.KeyboardModifier.NoModifier,
            Qt.MouseButton.LeftButton,
            Qt.MouseButton.LeftButton,
        )
        QApplication.sendEvent(canvas, event)

    send(QEvent.Type.TabletPress, 10, 0.2)
    for i in range(1, 20):
        send(QEvent.Type.TabletMove, 10 + 10 * i, 0.2 + 0.04 * i)
    send(QEvent.Type.TabletRelease, 210, 0.0)
    sig = canvas.signature()
    assert sig.device.source == "screen-pen" and sig.device.p_max == 1023
    pressures = [s.pressure for s in sig.strokes[0].samples]
    assert pressures[0] == round(0.2 * 1023) and pressures[-1] > pressures[0]
