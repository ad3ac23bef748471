"""Already signed: when and at which desk; the attendant may reprint or re-sign with a reason."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from desktop_app.desk.controller import DeskController
from ui.pages.base import Page, big_button, label, local_time
from ui.pages.employee_card import EmployeeCard
from ui.texts import notice_text


class AlreadySignedPage(Page):
    def __init__(self, desk: DeskController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.title = label("title")
        self.card = EmployeeCard()
        self.when = label("subtitle")
        self.notice = label("notice")
        self.reason = QLineEdit()
        self.reason.setObjectName("resignReason")
        self.reason.setMaxLength(500)
        self.reason.returnPressed.connect(self._resign)
        self.reprint = big_button("secondary", desk.reprint)
        self.resign = big_button("secondary", self._resign)
        self.close_button = big_button("primary", desk.cancel)
        self.escape = desk.cancel
        self.attendant_only = [self.reason, self.resign, self.reprint, self.close_button]
        row = QHBoxLayout()
        row.addWidget(self.reason, 2)
        row.addWidget(self.resign, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.reprint, 1)
        buttons.addWidget(self.close_button, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.card)
        layout.addWidget(self.when)
        layout.addStretch(1)
        layout.addWidget(self.notice)
        layout.addLayout(row)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Already signed"))
        self.reason.setPlaceholderText(self.tr("Reason to sign again (attendant)"))
        self.resign.setText(self.tr("Sign again"))
        self.reprint.setText(self.tr("Reprint receipt"))
        self.close_button.setText(self.tr("Done (Esc)"))

    def refresh(self) -> None:
        lookup = self.snapshot.lookup
        self.card.show_employee(lookup)
        signed = getattr(lookup, "signed", None)
        if signed is not None:
            self.when.setText(
                self.tr("Signed at %1 at desk %2.")
                .replace("%1", local_time(signed.signed_at))
                .replace("%2", signed.station_name)
            )
        text = notice_text(self.snapshot.notice, self.snapshot.detail)
        self.notice.setText(text)
        self.notice.setVisible(bool(text))
        self.resign.setEnabled(True)

    def _resign(self) -> None:
        reason = self.reason.text().strip()
        if not reason:
            self.reason.setFocus()
            return
        self.reason.clear()
        self.desk.resign(reason)
