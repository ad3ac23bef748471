"""The pledge, large, and the attendee's explicit consent ("Saya setuju")."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from desktop_app.desk.controller import DeskController
from ui.pages.base import Page, big_button, label


class PledgePage(Page):
    def __init__(self, desk: DeskController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.who = label("subtitle", data=True)
        self.text = label("pledge", data=True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.text)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.resign = label("notice")
        self.agree = big_button("primary", desk.give_consent)
        self.cancel = big_button("secondary", desk.cancel)
        self.primary, self.escape = desk.give_consent, desk.cancel
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel, 1)
        buttons.addWidget(self.agree, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.who)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.resign)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.agree.setText(self.tr("I agree (Saya setuju)"))
        self.cancel.setText(self.tr("Cancel (Esc)"))

    def set_pledge(self, pledge: Any) -> None:
        self.text.setText(pledge.text if pledge is not None else "")

    def refresh(self) -> None:
        employee = getattr(self.snapshot.lookup, "employee", None)
        self.who.setText(employee.name if employee else "")
        reason = self.snapshot.resign_reason
        self.resign.setVisible(bool(reason))
        self.resign.setText(self.tr("Signing again. Reason: %1").replace("%1", reason))
