"""Ready: invite the next attendee to scan; the attendant can search or register a walk-in."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from desktop_app.desk.controller import DeskController
from ui.pages.base import Page, big_button, label
from ui.texts import notice_text
from ui.widgets.scan_pictogram import ScanPictogram


class ReadyPage(Page):
    def __init__(self, desk: DeskController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.title = label("title")
        self.hint = label("subtitle")
        self.ceremony = label("subtitle", data=True)
        for centred in (self.title, self.hint, self.ceremony):
            centred.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.notice = label("notice")
        self.query = QLineEdit()
        self.query.setObjectName("readySearch")
        self.query.returnPressed.connect(self._search)
        self.search_button = big_button("secondary", self._search)
        self.walk_in_button = big_button("secondary", desk.start_walk_in)
        row = QHBoxLayout()
        row.addWidget(self.query, 3)
        row.addWidget(self.search_button, 1)
        self.attendant_only = [self.query, self.search_button, self.walk_in_button]
        self.pictogram = ScanPictogram()
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.pictogram, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(12)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addSpacing(12)
        layout.addWidget(self.ceremony)
        layout.addStretch(2)
        layout.addWidget(self.notice)
        layout.addLayout(row)
        layout.addWidget(self.walk_in_button)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Welcome. Please scan your badge."))
        self.hint.setText(self.tr("Hold the QR code of your badge under the scanner."))
        self.query.setPlaceholderText(self.tr("No badge? Type a name or NIP (attendant)"))
        self.search_button.setText(self.tr("Search"))
        self.walk_in_button.setText(self.tr("Register an attendee not on the roster (F4)"))

    def set_ceremony(self, title: str) -> None:
        self.ceremony.setText(title)

    def refresh(self) -> None:
        text = notice_text(self.snapshot.notice, self.snapshot.detail)
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def _search(self) -> None:
        text = self.query.text().strip()
        if text:
            self.desk.search(text)
            self.query.clear()
