"""A coloured dot with a device name and its state: the operator's status lights."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget


class StatusLight(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dot = QLabel("●")
        self.dot.setProperty("role", "dot")
        self.dot.setProperty("data", True)  # a symbol, not words
        self.name = QLabel()
        self.name.setProperty("role", "lightName")
        self.state = QLabel()
        self.state.setProperty("role", "lightState")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.dot)
        layout.addWidget(self.name)
        layout.addWidget(self.state, 1)
        self.level = "off"

    def set_state(self, name: str, text: str, level: str, tooltip: str = "") -> None:
        """``level``: ok | warn | error | off (colours in desk.qss)."""
        self.name.setText(name)
        self.state.setText(text)
        self.level = level
        self.dot.setProperty("level", level)
        self.dot.style().unpolish(self.dot)
        self.dot.style().polish(self.dot)
        self.setToolTip(tooltip)
