"""On-screen signature capture: pen (with pressure), touch and mouse make the same Signature.

Coordinates are stored in tenths of a logical pixel, with ``units_per_mm`` from the screen's
DPI, so quality checks and rendering treat a screen signature like a pad's. Mouse events Qt
synthesises from touch or pen are ignored, so nothing is drawn twice.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QTabletEvent,
    QTouchEvent,
)
from PySide6.QtWidgets import QWidget

from desktop_app.domain.signature import DeviceInfo, PenSample, Signature, Stroke

SUBPIXEL = 10  # device units per logical pixel
P_MAX = 1023
_INK = QColor(12, 28, 92)
_MIN_W, _MAX_W = 1.2, 4.0  # pixels, for light and full pressure


class SignatureCanvas(QWidget):
    changed = Signal()  # a stroke began, grew or the canvas was cleared

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents, True)
        self.setMinimumSize(300, 120)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self._strokes: list[list[PenSample]] = []
        self._current: list[PenSample] | None = None
        self._sources: list[str] = []
        self._t0_ns: int | None = None

    # -- the model ---------------------------------------------------------------------------
    def clear(self) -> None:
        self._strokes.clear()
        self._sources.clear()
        self._current = None
        self._t0_ns = None
        self.update()
        self.changed.emit()

    def is_empty(self) -> bool:
        return not self._strokes

    def signature(self) -> Signature:
        with_pressure = "screen-pen" in self._sources
        source = self._sources[0] if self._sources else "mouse"
        device = DeviceInfo(
            source=source,
            model="on-screen",
            x_max=max(1, self.width()) * SUBPIXEL,
            y_max=max(1, self.height()) * SUBPIXEL,
            p_max=P_MAX if with_pressure else 0,
            units_per_mm=self.logicalDpiX() * SUBPIXEL / 25.4,
        )
        return Signature(tuple(Stroke(tuple(s)) for s in self._strokes if s), device)

    # -- input -------------------------------------------------------------------------------
    def _begin(self, pos: QPointF, pressure: int, source: str) -> None:
        self._current = []
        self._strokes.append(self._current)
        self._sources.append(source)
        self._add(pos, pressure)

    def _add(self, pos: QPointF, pressure: int) -> None:
        if self._current is None:
            return
        now = time.monotonic_ns()
        if self._t0_ns is None:
            self._t0_ns = now
        sample = PenSample(
            round(pos.x() * SUBPIXEL),
            round(pos.y() * SUBPIXEL),
            pressure,
            (now - self._t0_ns) // 1_000_000,
        )
        previous = self._current[-1] if self._current else sample
        self._current.append(sample)
        # Repaint only around the new segment: live ink without redrawing everything.
        margin = _MAX_W + 2
        self.update(
            QRectF(
                QPointF(previous.x / SUBPIXEL, previous.y / SUBPIXEL),
                QPointF(sample.x / SUBPIXEL, sample.y / SUBPIXEL),
            )
            .normalized()
            .adjusted(-margin, -margin, margin, margin)
            .toAlignedRect()
        )
        self.changed.emit()

    def _end(self) -> None:
        self._current = None

    def tabletEvent(self, event: QTabletEvent) -> None:
        pressure = round(min(max(event.pressure(), 0.0), 1.0) * P_MAX)
        kind = event.type()
        if kind == QEvent.Type.TabletPress:
            self._begin(event.position(), pressure, "screen-pen")
        elif kind == QEvent.Type.TabletMove and self._current is not None:
            self._add(event.position(), pressure)
        elif kind == QEvent.Type.TabletRelease:
            self._end()
        event.accept()

    def event(self, event: QEvent) -> bool:
        kind = event.type()
        if isinstance(event, QTouchEvent) and kind in (
            QEvent.Type.TouchBegin,
            QEvent.Type.TouchUpdate,
            QEvent.Type.TouchEnd,
            QEvent.Type.TouchCancel,
        ):
            points = event.points()
            if kind == QEvent.Type.TouchBegin and points:
                self._begin(points[0].position(), 0, "screen-touch")
            elif kind == QEvent.Type.TouchUpdate and points:
                self._add(points[0].position(), 0)
            else:
                self._end()
            event.accept()
            return True
        return super().event(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if _synthesised(event) or event.button() != Qt.MouseButton.LeftButton:
            return
        self._begin(event.position(), 0, "mouse")

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if not _synthesised(event):
            self._add(event.position(), 0)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if not _synthesised(event) and event.button() == Qt.MouseButton.LeftButton:
            self._end()

    # -- painting ----------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.fillRect(event.rect(), QColor(255, 255, 255))
        pen = QPen(_INK)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        for stroke, source in zip(self._strokes, self._sources, strict=True):
            uses_pressure = source == "screen-pen"
            previous = None
            for s in stroke:
                level = s.pressure / P_MAX if uses_pressure else 0.45
                pen.setWidthF(_MIN_W + (_MAX_W - _MIN_W) * level)
                painter.setPen(pen)
                point = QPointF(s.x / SUBPIXEL, s.y / SUBPIXEL)
                if previous is None:
                    painter.drawPoint(point)
                else:
                    painter.drawLine(previous, point)
                previous = point
        painter.end()


def _synthesised(event: QMouseEvent) -> bool:
    return event.source() != Qt.MouseEventSource.MouseEventNotSynthesized
