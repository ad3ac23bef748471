"""Identity: the employee found for the badge; the attendee confirms it is them."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from desktop_app.desk.controller import DeskController
from ui.pages.base import Page, big_button, label
from ui.pages.employee_card import EmployeeCard
from ui.texts import notice_text
from ui.widgets.screen_signing import ScreenSigningButton


class IdentityPage(Page):
    def __init__(self, desk: DeskController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = label("title")
        self.card = EmployeeCard()
        self.question = label("subtitle")
        # The compact form goes from here to the signature: the pad's state matters here.
        self.notice = label("notice")
        self.screen_signing = ScreenSigningButton(desk)
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
        layout.addWidget(self.notice)
        layout.addWidget(self.screen_signing)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Your data"))
        self.question.setText(self.tr("Is this you? Please check your name, NIP and unit."))
        self.yes.setText(self.tr("Yes, this is me (Enter)"))
        self.cancel.setText(self.tr("Not me (Esc)"))

    def refresh(self) -> None:
        self.card.show_employee(self.snapshot.lookup)
        text = notice_text(self.snapshot.notice, self.snapshot.detail)
        self.notice.setText(text)
        self.notice.setVisible(bool(text))
        loaded = self.snapshot.loaded
        compact = loaded is not None and loaded.consent_form == "compact"
        self.screen_signing.show_for(self.snapshot, self.attendee_mode or not compact)
