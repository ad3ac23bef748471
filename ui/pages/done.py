"""Done: thanks, the receipt is being printed; the desk returns to ready by itself."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop_app.desk.controller import DeskController
from ui.pages.base import Page, big_button, label, local_time


class DonePage(Page):
    def __init__(self, desk: DeskController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = label("title")
        self.name = label("name", data=True)
        self.receipt = label("subtitle")
        self.record = label("detail")
        self.next_hint = label("hint")
        self.reprint = big_button("secondary", desk.reprint)
        self.attendant_only = [self.reprint]
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.title)
        layout.addWidget(self.name)
        layout.addSpacing(16)
        layout.addWidget(self.receipt)
        layout.addWidget(self.record)
        layout.addStretch(2)
        layout.addWidget(self.next_hint)
        layout.addWidget(self.reprint)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Thank you! Your pledge is signed."))
        self.receipt.setText(self.tr("Your receipt is being printed."))
        self.next_hint.setText(self.tr("The next attendee can scan now."))
        self.reprint.setText(self.tr("Print the receipt again"))

    def refresh(self) -> None:
        record = self.snapshot.record
        if record is None:
            return
        self.name.setText(record.name)
        self.record.setText(
            self.tr("Record no. %1 at %2")
            .replace("%1", str(record.station_seq))
            .replace("%2", local_time(record.signed_at))
        )
