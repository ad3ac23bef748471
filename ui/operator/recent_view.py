"""The latest records of this ceremony, with reprint and void (each behind the PIN and a reason).

The chosen record is held by its id, never by its row: new records arrive at the top all day,
and a highlight that stayed on a row would move to another person under the attendant's hand.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

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
from ui.ceremony_time import DEFAULT_ZONE, CeremonyZone, short_time, zone_of
from ui.relay import Relay
from ui.texts import kind_text

RECORD_ID = Qt.ItemDataRole.UserRole


class RecentView(QWidget):
    def __init__(
        self,
        relay: Relay,
        on_reprint: Callable[[str, str], object],
        on_void: Callable[[str, str], object],
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
        self.table.setColumnWidth(0, 112)
        self.table.setColumnWidth(2, 150)
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
        self.zone: CeremonyZone = DEFAULT_ZONE
        self.chosen_id = ""  # the record the attendant chose, whatever row it is on now
        self.table.itemSelectionChanged.connect(self._selection_changed)
        relay.recent.connect(self.show_records)
        relay.pledge.connect(self._pledge)
        self.retranslate()

    def _pledge(self, pledge: Any) -> None:
        self.zone = zone_of(pledge)
        self.retranslate()

    def show_records(self, recent: RecentChanged, force: bool = False) -> None:
        if recent == self.last and not force and self.table.rowCount() == len(recent.records):
            return  # the periodic refresh mostly finds nothing new
        self.last = recent
        chosen = self.chosen_id
        self.table.setUpdatesEnabled(False)
        self.table.blockSignals(True)  # rebuilding rows is not the attendant choosing
        try:
            self.table.clearSelection()
            self.table.setRowCount(len(recent.records))
            for row, record in enumerate(recent.records):
                cells = (
                    short_time(record.signed_at, self.zone),
                    record.name,
                    kind_text(record.kind, record.flagged),
                )
                for column, text in enumerate(cells):
                    item = QTableWidgetItem(text)
                    item.setData(RECORD_ID, record.record_id)
                    self.table.setItem(row, column, item)
            row = self._row_of(chosen)
            if row >= 0:
                self.table.selectRow(row)
            else:
                self.table.setCurrentCell(-1, -1)
            self.chosen_id = chosen if row >= 0 else ""
        finally:
            self.table.blockSignals(False)
            self.table.setUpdatesEnabled(True)
        self._enable()

    def _row_of(self, record_id: str) -> int:
        if not record_id:
            return -1
        for row, record in enumerate(self.last.records):
            if record.record_id == record_id:
                return row
        return -1

    def _selection_changed(self) -> None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        item = self.table.item(min(rows), 0) if rows else None
        self.chosen_id = str(item.data(RECORD_ID)) if item is not None else ""
        self._enable()

    def _enable(self) -> None:
        chosen = self.selected()
        usable = chosen is not None and chosen[2] != "void"
        self.reprint.setEnabled(usable)
        self.void.setEnabled(usable)

    def select_record(self, record_id: str) -> bool:
        row = self._row_of(record_id)
        if row >= 0:
            self.table.selectRow(row)
        return row >= 0

    def selected(self) -> tuple[str, str, str] | None:
        """(record id, name, kind) of the chosen record, wherever its row is now."""
        row = self._row_of(self.chosen_id)
        if row < 0:
            return None
        record = self.last.records[row]
        return record.record_id, record.name, record.kind

    def _reprint(self) -> None:
        chosen = self.selected()
        if chosen is not None and chosen[2] != "void":
            self._on_reprint(chosen[0], chosen[1])

    def _void(self) -> None:
        chosen = self.selected()
        if chosen is not None and chosen[2] != "void":
            self._on_void(chosen[0], chosen[1])

    def retranslate(self) -> None:
        when = self.tr("Time (%1)").replace("%1", self.zone.label)
        self.table.setHorizontalHeaderLabels([when, self.tr("Name"), self.tr("Status")])
        self.reprint.setText(self.tr("Reprint…"))
        self.void.setText(self.tr("Void…"))
        self.show_records(self.last, force=True)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
