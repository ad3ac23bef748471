"""Progress of the ceremony: signed of expected, overall and per unit."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QProgressBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.desk.events import ProgressChanged
from ui.relay import Relay


class ProgressView(QWidget):
    def __init__(self, relay: Relay, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.total = QLabel()
        self.total.setProperty("role", "total")
        self.total.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("unitTable")
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # Fixed, not ResizeToContents: measuring every cell on each update costs frames.
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        self.table.setColumnWidth(1, 90)
        layout = QVBoxLayout(self)
        layout.addWidget(self.total)
        layout.addWidget(self.bar)
        layout.addWidget(self.table, 1)
        self.last = ProgressChanged("", 0, 0, ())
        relay.progress.connect(self.show_progress)
        self.retranslate()

    def show_progress(self, progress: ProgressChanged) -> None:
        changed = progress.units != self.last.units
        self.last = progress
        self.total.setText(
            self.tr("%1 of %2 signed")
            .replace("%1", str(progress.signed))
            .replace("%2", str(progress.expected))
        )
        self.bar.setRange(0, max(1, progress.expected))
        self.bar.setValue(progress.signed)
        if not changed and self.table.rowCount() == len(progress.units):
            return
        self.table.setUpdatesEnabled(False)
        self.table.setRowCount(len(progress.units))
        for row, (unit, expected, signed) in enumerate(progress.units):
            self.table.setItem(row, 0, QTableWidgetItem(unit))
            self.table.setItem(row, 1, QTableWidgetItem(f"{signed} / {expected}"))
        self.table.setUpdatesEnabled(True)

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([self.tr("Unit"), self.tr("Signed")])
        self.show_progress(self.last)  # the total line is translated text

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
