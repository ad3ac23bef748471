"""A QR code painted from its modules (the core computes them: desktop_app.venue.desk_actions)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

Matrix = Sequence[Sequence[bool]]


class QrView(QWidget):
    def __init__(self, side: int = 150, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.matrix: Matrix = ()
        self.side = side
        self.setFixedSize(side, side)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(self.side, self.side)

    def set_matrix(self, matrix: Matrix) -> None:
        self.matrix = matrix
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#ffffff"))  # the quiet zone stays white
        count = len(self.matrix)
        if not count:
            return
        cell = min(self.width(), self.height()) / count
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#000000"))
        for row, cells in enumerate(self.matrix):
            for col, dark in enumerate(cells):
                if dark:
                    painter.drawRect(QRectF(col * cell, row * cell, cell + 0.5, cell + 0.5))
