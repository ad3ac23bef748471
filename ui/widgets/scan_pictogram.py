"""The ready screen's pictogram: a badge with its QR code under a scanner beam (drawn, no asset)."""

from __future__ import annotations

from PySide6.QtCore import QLineF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

_INK = QColor(11, 26, 51)
_BEAM = QColor(196, 0, 0)
# A fixed 7×7 pattern that reads as a QR code at a glance (finder squares in three corners).
_QR = (
    "1110111",
    "1010001",
    "1110101",
    "0001010",
    "1110011",
    "1010100",
    "1110111",
)


class ScanPictogram(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumSize(160, 170)

    def sizeHint(self) -> QSize:
        return QSize(200, 210)

    def paintEvent(self, event: QPaintEvent) -> None:
        side = min(self.width(), self.height() - 10)
        x0 = (self.width() - side * 0.7) / 2
        card = QRectF(x0, 10, side * 0.7, side * 0.95)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(_INK, 4))
        painter.setBrush(QColor(255, 255, 255))
        painter.drawRoundedRect(card, 12, 12)
        painter.drawLine(  # the lanyard slot
            QLineF(
                card.center().x() - card.width() * 0.15, card.top() + 16,
                card.center().x() + card.width() * 0.15, card.top() + 16,
            )
        )  # fmt: skip
        cell = card.width() * 0.7 / 7
        qx, qy = card.left() + card.width() * 0.15, card.top() + card.height() * 0.3
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(_INK)
        for row, bits in enumerate(_QR):
            for col, bit in enumerate(bits):
                if bit == "1":
                    painter.drawRect(QRectF(qx + col * cell, qy + row * cell, cell, cell))
        painter.setPen(QPen(_BEAM, 5, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        beam_y = qy + 3.5 * cell
        painter.drawLine(QLineF(card.left() - 18, beam_y, card.right() + 18, beam_y))
        painter.end()
