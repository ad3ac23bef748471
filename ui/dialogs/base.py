"""A dialog that is legible under every platform style: its own colours, set explicitly.

A dialog is a child of the window in Qt's object tree, so the desk's style sheet rules for
the panel it was opened from would reach it (the operator panel's transparent background
made the void dialog black with dark text). Each desk dialog therefore sets its palette and
carries the ``deskDialog`` name that desk.qss styles last, and is parented to the top-level
window, never to a panel.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QKeyEvent, QPalette
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QWidget

INK = QColor("#0b1a33")
PAPER = QColor("#ffffff")


def legible_palette(palette: QPalette) -> QPalette:
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base, QPalette.ColorRole.Button):
        palette.setColor(role, PAPER)
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
        QPalette.ColorRole.PlaceholderText,
    ):
        palette.setColor(role, INK if role is not QPalette.ColorRole.PlaceholderText else "#4a5568")
    return palette


class DeskDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent.window() if parent is not None else None)
        self.setObjectName("deskDialog")
        self.setAutoFillBackground(True)
        self.setPalette(legible_palette(self.palette()))
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.status = status_label()  # a dialog's one line of feedback ("PIN salah.")
        self.closed = False  # a worker's late answer finds the dialog closed: it is dropped

    def say(self, text: str) -> None:
        self.status.setText(text)
        self.status.show()

    def done(self, result: int) -> None:
        self.closed = True
        super().done(result)

    def plain_button(self, text: str = "", name: str = "") -> QPushButton:
        """A button that Enter never presses by itself (no default button): Enter belongs to
        the dialog's own ``submit``."""
        button = QPushButton(text)
        button.setAutoDefault(False)
        button.setDefault(False)
        if name:
            button.setObjectName(name)
        return button

    def submit(self) -> None:
        """What Enter does; a dialog that takes Enter overrides it."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submit()  # never QDialog's default button: it would close without checking
            return
        super().keyPressEvent(event)


def status_label() -> QLabel:
    status = QLabel()
    status.setObjectName("dialogStatus")
    status.setProperty("role", "notice")
    status.setWordWrap(True)
    status.hide()
    return status
