"""Already signed: a full amber page saying when and at which desk; the attendant may reprint
(PIN and reason) or let the attendee sign again (with a reason, kept for this attendee only)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from desktop_app.desk.controller import DeskController
from ui.ceremony_time import clock_time, day_text
from ui.pages.base import Page, big_button, label
from ui.pages.employee_card import EmployeeCard
from ui.texts import notice_text


class AlreadySignedPage(Page):
    def __init__(
        self,
        desk: DeskController,
        reprint: Callable[[str], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self._reprint = reprint
        self.title = label("resultTitle")
        self.when = label("resultLine")
        for centred in (self.title, self.when):
            centred.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.card = EmployeeCard()
        self.notice = label("notice")
        self.reason = QLineEdit()
        self.reason.setObjectName("resignReason")
        self.reason.setMaxLength(500)
        self.reason.returnPressed.connect(self._resign)
        self.reprint = big_button("secondary", self._ask_reprint)
        self.reprint.setObjectName("alreadyReprint")
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
        layout.addStretch(1)
        layout.addWidget(self.title)
        layout.addWidget(self.when)
        layout.addSpacing(12)
        layout.addWidget(self.card)
        layout.addStretch(1)
        layout.addWidget(self.notice)
        layout.addLayout(row)
        layout.addLayout(buttons)
        self.set_result("already")
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("You have already signed"))
        self.reason.setPlaceholderText(self.tr("Reason to sign again (attendant)"))
        self.resign.setText(self.tr("Sign again"))
        self.reprint.setText(self.tr("Reprint receipt…"))
        self.close_button.setText(self.tr("Done (Esc)"))

    def refresh(self) -> None:
        lookup = self.snapshot.lookup
        self.card.show_employee(lookup)
        signed = getattr(lookup, "signed", None)
        elsewhere = signed is not None and getattr(signed, "other_ceremony", False)
        # The receipt of a signing at another ceremony is not this ceremony's to reprint.
        self.reprint.setVisible(not elsewhere and not self.attendee_mode)
        if signed is not None and elsewhere:
            # signed anywhere in the campaign counts: "at <ceremony>, <date>"
            self.when.setText(
                self.tr("Already signed at %1, %2")
                .replace("%1", signed.ceremony_title or self.tr("another ceremony"))
                .replace("%2", day_text(signed.ceremony_date))
            )
        elif signed is not None:
            # "at Meja 1 at 08.14 WIB": the desk's own name, never "desk Meja 1"
            self.when.setText(
                self.tr("Signed at %1 at %2")
                .replace("%1", signed.station_name)
                .replace("%2", clock_time(signed.signed_at, self.zone))
            )
        else:
            self.when.clear()
        text = notice_text(self.snapshot.notice, self.snapshot.detail)
        self.notice.setText(text)
        self.notice.setVisible(bool(text) and not self.attendee_mode)

    def new_attendee(self) -> None:
        self.reason.clear()

    def _resign(self) -> None:
        reason = self.reason.text().strip()
        if not reason:
            self.reason.setFocus()
            return
        self.reason.clear()
        self.desk.resign(reason)

    def _ask_reprint(self) -> None:
        signed = getattr(self.snapshot.lookup, "signed", None)
        if signed is not None and self._reprint is not None:
            self._reprint(str(signed.record_id))
