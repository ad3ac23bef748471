"""The latest records of this ceremony, with reprint and void (with a reason)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.desk.events import RecentChanged
from ui.pages.base import local_time
from ui.relay import Relay
from ui.texts import kind_text


class RecentView(QWidget):
    def __init__(
        self,
        relay: Relay,
        on_reprint: Callable[[str], None],
        on_void: Callable[[str, str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("recentTable")
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        # Fixed widths: ResizeToContents would measure every cell on each update.
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        self.table.setColumnWidth(0, 60)
        self.table.setColumnWidth(2, 130)
        self.reprint = QPushButton()
        self.reprint.setObjectName("reprintRecord")
        self.void = QPushButton()
        self.void.setObjectName("voidRecord")
        self.void.setProperty("role", "danger")
        self.reprint.clicked.connect(self._reprint)
        self.void.clicked.connect(self._void)
        self._on_reprint = on_reprint
        self._on_void = on_void
        buttons = QHBoxLayout()
        buttons.addWidget(self.reprint)
        buttons.addWidget(self.void)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.last = RecentChanged(())
        relay.recent.connect(self.show_records)
        self.retranslate()

    def show_records(self, recent: RecentChanged, force: bool = False) -> None:
        if recent == self.last and not force and self.table.rowCount() == len(recent.records):
            return  # the periodic refresh mostly finds nothing new
        self.last = recent
        self.table.setUpdatesEnabled(False)
        self.table.setRowCount(len(recent.records))
        for row, record in enumerate(recent.records):
            when = QTableWidgetItem(local_time(record.signed_at)[:5])
            when.setData(Qt.ItemDataRole.UserRole, record.record_id)
            self.table.setItem(row, 0, when)
            self.table.setItem(row, 1, QTableWidgetItem(record.name))
            self.table.setItem(row, 2, QTableWidgetItem(kind_text(record.kind, record.flagged)))
        self.table.setUpdatesEnabled(True)

    def selected(self) -> tuple[str, str, str] | None:
        """(record id, name, kind) of the chosen row."""
        row = self.table.currentRow()
        if row < 0 or row >= len(self.last.records):
            return None
        record = self.last.records[row]
        return record.record_id, record.name, record.kind

    def _reprint(self) -> None:
        chosen = self.selected()
        if chosen is not None and chosen[2] != "void":
            self._on_reprint(chosen[0])

    def _void(self) -> None:
        chosen = self.selected()
        if chosen is not None and chosen[2] != "void":
            self._on_void(chosen[0], chosen[1])

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([self.tr("Time"), self.tr("Name"), self.tr("Status")])
        self.reprint.setText(self.tr("Reprint"))
        self.void.setText(self.tr("Void…"))
        self.show_records(self.last, force=True)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
