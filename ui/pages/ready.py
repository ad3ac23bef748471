"""Ready: invite the next attendee to scan; the attendant can search as they type or register
a walk-in."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from desktop_app.desk.controller import DeskController
from ui.pages.base import Page, big_button, label
from ui.pages.not_found import MIN_QUERY, SEARCH_DELAY_MS
from ui.texts import notice_text
from ui.widgets.scan_pictogram import ScanPictogram


class ReadyPage(Page):
    searching = Signal(str)  # the attendant's search starts here and continues on its page

    def __init__(self, desk: DeskController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.title = label("title")
        self.hint = label("subtitle")
        self.ceremony = label("ceremony", data=True)
        for centred in (self.title, self.hint, self.ceremony):
            centred.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.notice = label("notice")
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(SEARCH_DELAY_MS)
        self.debounce.timeout.connect(self._search)
        self.query = QLineEdit()
        self.query.setObjectName("readySearch")
        self.query.textEdited.connect(lambda _text: self.debounce.start())
        self.query.returnPressed.connect(self._search)
        self.walk_in_button = big_button("secondary", desk.start_walk_in)
        self.attendant_only = [self.query, self.walk_in_button]
        self.pictogram = ScanPictogram()
        layout = QVBoxLayout(self)
        layout.addWidget(self.ceremony)
        layout.addStretch(1)
        layout.addWidget(self.pictogram, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(12)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addStretch(2)
        layout.addWidget(self.notice)
        layout.addWidget(self.query)
        layout.addWidget(self.walk_in_button)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Welcome. Please scan your badge."))
        self.hint.setText(self.tr("Hold the QR code of your badge under the scanner."))
        self.query.setPlaceholderText(
            self.tr("No badge? Type a name or NIP: results appear as you type (F3)")
        )
        self.walk_in_button.setText(self.tr("Register an attendee not on the roster (F4)"))

    def set_ceremony(self, title: str) -> None:
        self.ceremony.setText(title)

    def refresh(self) -> None:
        text = notice_text(self.snapshot.notice, self.snapshot.detail)
        self.notice.setText(text)
        self.notice.setVisible(bool(text) and not self.attendee_mode)

    def new_attendee(self) -> None:
        self.debounce.stop()
        self.query.clear()

    def _search(self) -> None:
        self.debounce.stop()
        text = self.query.text().strip()
        if len(text) >= MIN_QUERY:
            self.searching.emit(self.query.text())
            self.desk.search(text)
            self.query.clear()
