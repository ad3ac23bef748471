"""Signing: live ink from the pad (or on screen), Redo ("Ulangi") to clear, Confirm to submit.

In the compact form (the oath was read aloud together) the pledge and the consent sentence
stand beside the signature box, with the sentence saying that the pen's timing and pressure
are kept: signing under them is the attendee's consent, and the record says so. On-screen
signing is offered in words only when the attendant chose it because no pad works.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop_app.desk.controller import DeskController
from desktop_app.desk.events import InkChanged
from ui.pages.base import Page, big_button, label
from ui.texts import notice_text, pen_data_text
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
        # The compact form: the pledge and the consent sentence beside the signature box.
        self.pledge_text = label("hint", data=True)
        self.pledge_text.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.pledge_scroll = QScrollArea()
        self.pledge_scroll.setWidgetResizable(True)
        self.pledge_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.pledge_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.pledge_scroll.setWidget(self.pledge_text)
        self.consent = label("subtitle")
        self.consent.setObjectName("compactConsent")
        self.pen_data = label("hint")  # signing here is the consent: what it keeps, too
        self.pen_data.setObjectName("penDataNotice")
        side = QVBoxLayout()
        side.addWidget(self.pledge_scroll, 1)
        side.addWidget(self.consent)
        side.addWidget(self.pen_data)
        self.compact_side = QWidget()
        self.compact_side.setLayout(side)
        self.compact_side.setMaximumWidth(360)
        sign_row = QHBoxLayout()
        sign_row.addWidget(self.compact_side, 2)
        sign_row.addWidget(frame, 3)
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
        layout.addLayout(sign_row, 1)
        layout.addWidget(self.line_hint)
        layout.addWidget(self.notice)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.consent.setText(
            self.tr(
                "By signing here I declare that I have taken the pledge read aloud together "
                "and agree to keep it."
            )
        )
        self.pen_data.setText(pen_data_text())
        self.line_hint.setText(self.tr("Sign in the white area with pen, finger or mouse."))
        self.redo.setText(self.tr("Redo (Ulangi)"))
        self.confirm.setText(self.tr("Confirm signature (Enter)"))
        self.cancel.setText(self.tr("Cancel (Esc)"))

    def refresh(self) -> None:
        s = self.snapshot
        employee = getattr(s.lookup, "employee", None)
        self.who.setText(employee.name if employee else "")
        on_screen = s.screen_signing and not s.pad_ok
        self.title.setText(
            self.tr("Please sign in the white area")
            if on_screen
            else self.tr("Please sign on the pad")
        )
        self.line_hint.setVisible(on_screen)
        self.compact_side.setVisible(s.compact)
        self.pledge_text.setText(s.pledge.text if s.compact and s.pledge is not None else "")
        text = notice_text(s.notice, s.detail)
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
