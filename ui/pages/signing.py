"""Signing: live ink from the pad (or on screen), Redo ("Ulangi") to clear, Confirm to submit."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from desktop_app.desk.controller import DeskController
from desktop_app.desk.events import InkChanged
from ui.pages.base import Page, big_button, label
from ui.texts import notice_text
from ui.widgets.pad_ink import PadInk
from ui.widgets.signature_canvas import SignatureCanvas


class SigningPage(Page):
    def __init__(self, desk: DeskController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.title = label("title")
        self.who = label("subtitle", data=True)
        self.canvas = SignatureCanvas()
        self.canvas.setObjectName("signatureCanvas")
        self.canvas.setMinimumHeight(260)
        self.canvas.changed.connect(self._screen_ink)
        self.pad_ink = PadInk()
        frame = QFrame()
        frame.setObjectName("signArea")
        area = QGridLayout(frame)
        area.setContentsMargins(3, 3, 3, 3)
        area.addWidget(self.canvas, 0, 0)
        area.addWidget(self.pad_ink, 0, 0)  # drawn over the canvas, transparent for input
        self.line_hint = label("hint")
        self.notice = label("notice")
        self.redo = big_button("secondary", self._redo)
        self.confirm = big_button("primary", self._confirm)
        self.cancel = big_button("secondary", desk.cancel)
        self.primary, self.escape = self._confirm, desk.cancel
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel, 1)
        buttons.addWidget(self.redo, 1)
        buttons.addWidget(self.confirm, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.who)
        layout.addWidget(frame, 1)
        layout.addWidget(self.line_hint)
        layout.addWidget(self.notice)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Please sign on the pad"))
        self.line_hint.setText(self.tr("No pad? Sign in the white area with pen, finger or mouse."))
        self.redo.setText(self.tr("Redo (Ulangi)"))
        self.confirm.setText(self.tr("Confirm signature (Enter)"))
        self.cancel.setText(self.tr("Cancel (Esc)"))

    def refresh(self) -> None:
        employee = getattr(self.snapshot.lookup, "employee", None)
        self.who.setText(employee.name if employee else "")
        text = notice_text(self.snapshot.notice, self.snapshot.detail)
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def show_ink(self, ink: InkChanged) -> None:
        self.pad_ink.show_signature(ink.signature)

    def clear_ink(self) -> None:
        self.pad_ink.clear()
        if not self.canvas.is_empty():
            self.canvas.clear()

    def _screen_ink(self) -> None:
        if not self.canvas.is_empty():
            self.desk.screen_ink()

    def _redo(self) -> None:
        self.desk.clear_ink()

    def _confirm(self) -> None:
        screen = None if self.canvas.is_empty() else self.canvas.signature()
        self.desk.submit_signature(screen)
