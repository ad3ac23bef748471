"""Live ink from a signature pad, drawn over the signing area (device units scaled to fit).

The ink path is kept in device units and grows by the new samples only; painting scales it
with a transform and a cosmetic pen, and repaints are capped at ~60 a second, so a pad
sending 130+ reports a second costs the GUI thread little.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from desktop_app.domain.signature import Signature

_INK = QColor(12, 28, 92)
FRAME_MS = 16


class PadInk(QWidget):
    """Transparent for input: the on-screen canvas underneath still takes pen and touch."""

    def __init__(self, parent: QWidget | None = None, *, fit_ink: bool = False) -> None:
        """``fit_ink``: show the ink itself as large as the box allows (the closing dialog's
        short, wide box), not the pad's whole surface, of which a signature fills a corner."""
        super().__init__(parent)
        self.fit_ink = fit_ink
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground, True)
        self.signature: Signature | None = None
        self.extent = (1, 1)
        self._path = QPainterPath()
        self._at = (0, 0)  # (stroke, sample) of the next sample to add to the path
        self._pen_was_down = False  # live pad test: the previous point had the tip down
        self._frame = QTimer(self)
        self._frame.setSingleShot(True)
        self._frame.setInterval(FRAME_MS)
        self._frame.timeout.connect(self.update)

    def show_signature(self, signature: Signature | None) -> None:
        if signature is None or signature.sample_count == 0:
            self.clear()
            return
        if self.signature is None or signature.sample_count < self.signature.sample_count:
            self._reset()
        self.signature = signature
        self.extent = (max(1, signature.device.x_max), max(1, signature.device.y_max))
        self._extend(signature)
        self._schedule()

    def add_point(self, x: int, y: int, tip: bool, x_max: int, y_max: int) -> None:
        """A single pen report (the settings' live pad test)."""
        self.extent = (max(1, x_max), max(1, y_max))
        if tip and self._pen_was_down:
            self._path.lineTo(x, y)
        else:
            self._path.moveTo(x, y)
        self._pen_was_down = tip
        self._schedule()

    def clear(self) -> None:
        self.signature = None
        self._reset()
        self.update()

    def _reset(self) -> None:
        self._path = QPainterPath()
        self._at = (0, 0)
        self._pen_was_down = False

    def _extend(self, signature: Signature) -> None:
        stroke_i, sample_i = self._at
        strokes = signature.strokes
        while stroke_i < len(strokes):
            samples = strokes[stroke_i].samples
            for s in samples[sample_i:]:
                if sample_i == 0:
                    self._path.moveTo(s.x, s.y)
                else:
                    self._path.lineTo(s.x, s.y)
                sample_i += 1
            if stroke_i == len(strokes) - 1:
                break  # the last stroke may still grow
            stroke_i, sample_i = stroke_i + 1, 0
        self._at = (stroke_i, sample_i)

    def _schedule(self) -> None:
        if not self._frame.isActive():
            self._frame.start()

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._path.isEmpty():
            return
        view = self._view()
        area = QRectF(self.rect()).adjusted(8, 8, -8, -8)
        scale = min(area.width() / view.width(), area.height() / view.height())
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.translate(
            QPointF(
                area.x() + (area.width() - view.width() * scale) / 2,
                area.y() + (area.height() - view.height() * scale) / 2,
            )
        )
        painter.scale(scale, scale)
        painter.translate(-view.topLeft())
        pen = QPen(_INK, 3.0)
        pen.setCosmetic(True)  # 3 pixels wide whatever the scale
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.drawPath(self._path)
        painter.end()

    def _view(self) -> QRectF:
        """The part of the pad's surface (device units) that fills the box: all of it, or,
        with ``fit_ink``, the ink with a margin, never under a fifth of the surface's width and
        a sixth of its height (a first dot is not blown up to the whole box)."""
        w, h = self.extent
        surface = QRectF(0, 0, w, h)
        if not self.fit_ink:
            return surface
        ink = self._path.boundingRect()
        span_w = max(ink.width() * 1.1, w / 5)
        span_h = max(ink.height() * 1.2, h / 6)
        view = QRectF(0, 0, span_w, span_h)
        view.moveCenter(ink.center())
        return view.intersected(surface) if surface.contains(ink) else view
