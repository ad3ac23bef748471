"""The roster rows the import refused, each with its reason and how to fix it; for a NIP in
two rows, the operator chooses the row that stands (services.roster_import.use_duplicate_rows).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.roster_import import ImportResult, duplicate_choices
from pakta_common.roster_file import Rejection


def _t(text: str) -> str:
    return QCoreApplication.translate("RosterWords", text)


def rejection_words(r: Rejection) -> tuple[str, str]:
    """(what is wrong, how to fix it) in the attendant's language, from the rejection's code."""
    fields = {
        "name": _t("name"),
        "rank": _t("rank"),
        "position": _t("position"),
        "unit": _t("unit"),
        "instansi": _t("agency"),
    }
    match r.code:
        case "name_empty":
            return _t("The name is empty."), _t("Fill in the Nama column of this row.")
        case "too_long":
            problem = _t("The %1 is longer than 300 characters.").replace(
                "%1", fields.get(r.detail, r.detail)
            )
            return problem, _t("Shorten it in the file.")
        case "lost_digits":
            return (
                _t("The NIP was stored as a number and lost digits."),
                _t("Format the NIP column as Text in Excel, then type the NIP again."),
            )
        case "nip_not_digits":
            return (
                _t("The NIP %1 has characters other than digits.").replace("%1", r.detail),
                _t("Keep only the 18 digits (spaces are fine)."),
            )
        case "nip_length":
            return (
                _t("The NIP %1 does not have 18 digits.").replace("%1", r.detail),
                _t("Check the NIP against the staff record: it has exactly 18 digits."),
            )
        case "nip_invalid":
            return (
                _t("The NIP %1 is not a valid NIP (birth date, gender or year).").replace(
                    "%1", r.detail
                ),
                _t("Check the NIP against the staff record."),
            )
        case "no_identifier":
            return (
                _t("There is no NIP and no other ID."),
                _t("Fill in the NIP, or the ID Lain column for someone without a NIP."),
            )
        case "other_id_invalid":
            return (
                _t("The other ID %1 is not usable.").replace("%1", r.detail),
                _t("Use 3 to 40 letters, digits or dashes."),
            )
        case "duplicate":
            return (
                _t("The same NIP is also in row %1.").replace("%1", r.detail),
                _t("Choose below which row is the right person."),
            )
        case "duplicate_not_chosen":
            return (
                _t("The same NIP: row %1 was chosen instead.").replace("%1", r.detail),
                _t("Nothing to do, unless the wrong row was chosen."),
            )
    return r.reason, _t("Correct the row in the file and import again.")


class RejectedRows(QWidget):
    """Every refused row; the duplicate NIPs with a choice each and one button to apply them."""

    choices_made = Signal(list)  # the row numbers chosen to stand

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rejectedRows")
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("rejectedTable")
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(120)
        self.duplicates = QFormLayout()
        self.choosers: dict[str, QComboBox] = {}
        self.apply = QPushButton()
        self.apply.setObjectName("useChosenRows")
        self.apply.clicked.connect(self._apply)
        self.dup_title = QLabel()
        self.dup_title.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.dup_title)
        layout.addLayout(self.duplicates)
        layout.addWidget(self.apply)
        self.result: ImportResult | None = None
        self.retranslate()
        self.show_result(None)

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Problem"), self.tr("Fix")])
        self.dup_title.setText(
            self.tr("A NIP in two rows: choose the row that is the right person.")
        )
        self.apply.setText(self.tr("Use the chosen rows"))

    def show_result(self, result: ImportResult | None) -> None:
        self.result = result
        rejected = result.rejected if result is not None else []
        self.table.setRowCount(len(rejected))
        for row, r in enumerate(rejected):
            problem, fix = rejection_words(r)
            for column, text in enumerate((str(r.row), problem, fix)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeRowsToContents()
        self.setVisible(bool(rejected))
        while self.duplicates.rowCount():
            self.duplicates.removeRow(0)
        self.choosers = {}
        for nip, rows in duplicate_choices(rejected).items():
            box = QComboBox()
            box.setObjectName(f"choose_{nip}")
            box.addItem(self.tr("(neither: both stay refused)"), 0)
            for r in rows:
                person = r.candidate
                assert person is not None
                text = self.tr("row %1: %2").replace("%1", str(r.row)).replace("%2", person.name)
                box.addItem(f"{text} · {person.unit}" if person.unit else text, r.row)
            self.choosers[nip] = box
            self.duplicates.addRow(nip, box)
        has_choice = bool(self.choosers)
        self.dup_title.setVisible(has_choice)
        self.apply.setVisible(has_choice)

    def choose(self, nip: str, row: int) -> None:
        box = self.choosers[nip]
        box.setCurrentIndex(max(0, box.findData(row)))

    def _apply(self) -> None:
        rows = [int(box.currentData()) for box in self.choosers.values() if box.currentData()]
        if rows:
            self.choices_made.emit(rows)
