"""Identity: the employee found for the badge; the attendee confirms it is them."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from desktop_app.desk.controller import DeskController
from ui.pages.base import Page, big_button, label
from ui.pages.employee_card import EmployeeCard


class IdentityPage(Page):
    def __init__(self, desk: DeskController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = label("title")
        self.card = EmployeeCard()
        self.question = label("subtitle")
        self.yes = big_button("primary", desk.confirm_identity)
        self.cancel = big_button("secondary", desk.cancel)
        self.primary, self.escape = desk.confirm_identity, desk.cancel
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel, 1)
        buttons.addWidget(self.yes, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.card)
        layout.addStretch(1)
        layout.addWidget(self.question)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Your data"))
        self.question.setText(self.tr("Is this you? Please check your name, NIP and unit."))
        self.yes.setText(self.tr("Yes, this is me (Enter)"))
        self.cancel.setText(self.tr("Not me (Esc)"))

    def refresh(self) -> None:
        self.card.show_employee(self.snapshot.lookup)
