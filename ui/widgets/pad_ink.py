"""Live ink from a signature pad, drawn over the signing area (device units scaled to fit)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from desktop_app.domain.signature import Signature

_INK = QColor(12, 28, 92)


class PadInk(QWidget):
    """Transparent for input: the on-screen canvas underneath still takes pen and touch."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground, True)
        self.signature: Signature | None = None
        self.points: list[tuple[int, int, bool]] = []  # live pad test: (x, y, tip)
        self.extent = (1, 1)

    def show_signature(self, signature: Signature | None) -> None:
        self.signature = signature
        if signature is not None:
            self.extent = (max(1, signature.device.x_max), max(1, signature.device.y_max))
        self.update()

    def add_point(self, x: int, y: int, tip: bool, x_max: int, y_max: int) -> None:
        self.extent = (max(1, x_max), max(1, y_max))
        self.points.append((x, y, tip))
        del self.points[:-4000]
        self.update()

    def clear(self) -> None:
        self.signature = None
        self.points.clear()
        self.update()

    def _mapper(self) -> tuple[float, float, float]:
        """Scale and offsets that fit the pad's area into the widget, keeping its shape."""
        w, h = self.extent
        area = QRectF(self.rect()).adjusted(8, 8, -8, -8)
        scale = min(area.width() / w, area.height() / h)
        return (
            scale,
            area.x() + (area.width() - w * scale) / 2,
            area.y() + (area.height() - h * scale) / 2,
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        pen = QPen(_INK, 3.0)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        scale, ox, oy = self._mapper()
        path = QPainterPath()
        if self.signature is not None:
            for stroke in self.signature.strokes:
                for i, s in enumerate(stroke.samples):
                    point = QPointF(ox + s.x * scale, oy + s.y * scale)
                    if i == 0:
                        path.moveTo(point)
                    else:
                        path.lineTo(point)
        drawing = False
        for x, y, tip in self.points:
            point = QPointF(ox + x * scale, oy + y * scale)
            if tip and drawing:
                path.lineTo(point)
            else:
                path.moveTo(point)
            drawing = tip
        painter.drawPath(path)
        painter.end()
