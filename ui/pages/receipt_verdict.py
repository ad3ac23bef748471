"""A scanned receipt's verdict: valid (green), voided or superseded (amber), not valid (red).

Shows what the receipt itself shows and no more: the name, a partly masked NIP, when and where
it was signed. A receipt whose seal does not verify shows no name (its fields prove nothing),
only why. The desk returns to ready by itself, on Esc, or on the next scan.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop_app.desk.controller import DeskController
from desktop_app.services.receipt_check import ReceiptCheck, ReceiptStatus
from ui.ceremony_time import date_time, zone_named
from ui.pages.base import Page, big_button, label

_COLOUR = {
    ReceiptStatus.VALID: "ok",
    ReceiptStatus.VOIDED: "already",
    ReceiptStatus.SUPERSEDED: "already",
    ReceiptStatus.NOT_VALID: "not_found",
    ReceiptStatus.NOT_CHECKED: "already",
}
_MARK = {
    ReceiptStatus.VALID: "✓",
    ReceiptStatus.VOIDED: "⊘",
    ReceiptStatus.SUPERSEDED: "↻",
    ReceiptStatus.NOT_VALID: "✗",
    ReceiptStatus.NOT_CHECKED: "?",
}


class ReceiptVerdictPage(Page):
    def __init__(self, desk: DeskController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("receiptVerdict")
        self.mark = label("resultMark", wrap=False)
        self.mark.setProperty("data", True)  # a symbol, not words
        self.kind = label("subtitle")  # "Pakta integritas receipt"
        self.verdict = label("resultTitle")
        self.verdict.setObjectName("receiptVerdictTitle")
        self.name = label("resultName", data=True)
        self.nip = label("resultLine", data=True)
        self.when = label("resultLine")
        self.where = label("resultLine")
        self.detail = label("detail")
        self.detail.setObjectName("receiptVerdictDetail")
        for centred in (
            self.mark,
            self.kind,
            self.verdict,
            self.name,
            self.nip,
            self.when,
            self.where,
            self.detail,
        ):
            centred.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.close_button = big_button("primary", desk.cancel)
        self.close_button.setObjectName("receiptVerdictClose")
        self.primary = self.escape = desk.cancel
        self.attendant_only = [self.close_button]
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.mark)
        layout.addWidget(self.kind)
        layout.addWidget(self.verdict)
        layout.addSpacing(12)
        layout.addWidget(self.name)
        layout.addWidget(self.nip)
        layout.addSpacing(8)
        layout.addWidget(self.when)
        layout.addWidget(self.where)
        layout.addSpacing(12)
        layout.addWidget(self.detail)
        layout.addStretch(2)
        layout.addWidget(self.close_button)
        self.retranslate()

    def retranslate(self) -> None:
        self.kind.setText(self.tr("Receipt of a signed pledge"))
        self.close_button.setText(self.tr("Done (Esc)"))

    def refresh(self) -> None:
        check = self.snapshot.receipt
        if check is None:
            return
        # A genuine record behind a link to another address than the organiser's: amber.
        colour = _COLOUR[check.status]
        self.set_result("already" if check.link_elsewhere and colour == "ok" else colour)
        self.mark.setText(_MARK[check.status])
        self.verdict.setText(self._headline(check))
        self.detail.setText(self._detail(check))
        shown = check.genuine
        for widget in (self.name, self.nip, self.when, self.where):
            widget.setVisible(shown)
        if not shown:
            return
        self.name.setText(check.name)
        self.nip.setText(self.tr("NIP %1").replace("%1", check.masked_identifier))
        zone = zone_named(check.timezone) if check.timezone else self.zone
        self.when.setText(self.tr("Signed %1").replace("%1", date_time(check.signed_at, zone)))
        place = ", ".join(p for p in (check.desk, check.venue) if p)
        self.where.setText(self.tr("at %1").replace("%1", place) if place else "")
        self.where.setVisible(bool(place))

    def _headline(self, check: ReceiptCheck) -> str:
        if check.status is ReceiptStatus.VALID and check.kind == "void":
            return self.tr("Valid: proof of a cancellation")
        return {
            ReceiptStatus.VALID: self.tr("Valid"),
            ReceiptStatus.VOIDED: self.tr("Voided"),
            ReceiptStatus.SUPERSEDED: self.tr("Superseded by a later signing"),
            ReceiptStatus.NOT_VALID: self.tr("Not valid"),
            ReceiptStatus.NOT_CHECKED: self.tr("Not checked"),
        }[check.status]

    def _detail(self, check: ReceiptCheck) -> str:
        if check.link_elsewhere and check.genuine:
            return self.tr(
                "The record is genuine, but this QR points to %1, not to the organiser's page: "
                "a phone scanning it would not reach the organiser's check."
            ).replace("%1", check.link_elsewhere.lower())
        match check.status:
            case ReceiptStatus.VALID:
                return self.tr(
                    "This receipt was sealed by a registration desk of this ceremony and has not "
                    "been changed. Compare the name and time above with the paper."
                )
            case ReceiptStatus.VOIDED:
                return self.tr("This pledge was cancelled after it was signed.")
            case ReceiptStatus.SUPERSEDED:
                return self.tr("The attendee signed again later; this receipt is replaced.")
            case ReceiptStatus.NOT_CHECKED:
                return self.tr("The desk could not check the receipt just now. Scan it again.")
        problem = check.problem
        if problem == "unknown_station_key":
            return self.tr(
                "This receipt was sealed by a desk this station does not know. Check it with "
                "a phone (scan the QR) or at the organiser's desk."
            )
        if problem in ("bad_signature", "altered_record", "unknown_record"):
            return self.tr(
                "The digital seal does not match: this receipt is forged or was changed."
            )
        return self.tr("The code is damaged or is not a Pakta receipt.")
