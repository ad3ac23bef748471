"""Done: a full green page with the attendee's name; the desk returns to ready by itself."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop_app.desk.controller import DeskController
from ui.ceremony_time import date_time
from ui.pages.base import Page, big_button, label


class DonePage(Page):
    def __init__(
        self,
        desk: DeskController,
        reprint: Callable[[str], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._reprint = reprint
        self.mark = label("resultMark", wrap=False)
        self.mark.setProperty("data", True)  # a symbol, not words
        self.mark.setText("✓")
        self.title = label("resultTitle")
        self.name = label("resultName", data=True)
        self.receipt = label("subtitle")
        self.record = label("detail")
        self.next_hint = label("hint")
        for centred in (self.mark, self.title, self.name, self.receipt, self.record):
            centred.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.reprint = big_button("secondary", self._ask_reprint)
        self.reprint.setObjectName("doneReprint")
        self.attendant_only = [self.reprint, self.next_hint]
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.mark)
        layout.addWidget(self.title)
        layout.addSpacing(12)
        layout.addWidget(self.name)
        layout.addSpacing(20)
        layout.addWidget(self.receipt)
        layout.addWidget(self.record)
        layout.addStretch(2)
        layout.addWidget(self.next_hint)
        layout.addWidget(self.reprint)
        self.set_result("ok")
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Thank you! Your pledge is signed."))
        self.receipt.setText(self.tr("Your receipt is being printed."))
        self.next_hint.setText(self.tr("The next attendee can scan now."))
        self.reprint.setText(self.tr("Print the receipt again…"))

    def refresh(self) -> None:
        record = self.snapshot.record
        if record is None:
            return
        self.name.setText(record.name)
        self.record.setText(
            self.tr("Record no. %1 at %2")
            .replace("%1", str(record.station_seq))
            .replace("%2", date_time(record.signed_at, self.zone))
        )

    def _ask_reprint(self) -> None:
        record = self.snapshot.record
        if record is not None and self._reprint is not None:
            self._reprint(record.record_id)
