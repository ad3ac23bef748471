"""The commit failed: nothing was recorded; the signature is kept so it can be tried again."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from desktop_app.desk.controller import DeskController
from ui.pages.base import Page, big_button, label
from ui.texts import notice_text


class ErrorPage(Page):
    def __init__(self, desk: DeskController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = label("title")
        self.message = label("notice")
        self.retry = big_button("primary", desk.retry)
        self.cancel = big_button("secondary", desk.cancel)
        self.primary, self.escape = desk.retry, desk.cancel
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel, 1)
        buttons.addWidget(self.retry, 2)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.title)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Not saved yet"))
        self.retry.setText(self.tr("Try again (Enter)"))
        self.cancel.setText(self.tr("Discard and cancel (Esc)"))

    def refresh(self) -> None:
        self.message.setText(notice_text(self.snapshot.notice, self.snapshot.detail))
