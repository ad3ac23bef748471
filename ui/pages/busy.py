"""A short wait: looking the badge up, or saving the signature."""

from __future__ import annotations

from PySide6.QtWidgets import QProgressBar, QVBoxLayout, QWidget

from desktop_app.desk.flow import DeskState
from ui.pages.base import Page, label


class BusyPage(Page):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = label("title")
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # indeterminate
        self.bar.setTextVisible(False)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.title)
        layout.addWidget(self.bar)
        layout.addStretch(1)

    def refresh(self) -> None:
        if self.snapshot.state is DeskState.COMMITTING:
            self.title.setText(self.tr("Saving your signature…"))
        else:
            self.title.setText(self.tr("Looking up your data…"))
