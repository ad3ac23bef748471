"""Wizard step 2: the ceremony and its roster, from a roster file or pulled from the server."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.ceremonies import CeremonyInfo
from desktop_app.services.first_run import CeremonySource, Outcome, check_ceremony
from desktop_app.services.roster_import import ImportResult
from desktop_app.setup import events as ev
from ui.wizard.common import ResultLine, StatePage, WizardState
from ui.wizard.rejected_rows import RejectedRows


class CeremonyPage(StatePage):
    def __init__(self, state: WizardState) -> None:
        super().__init__(state)
        self.setTitle(self.tr("Ceremony and roster"))
        self.setSubTitle(
            self.tr("Import the roster file you received, or take the ceremony from the server.")
        )
        self.from_file = QRadioButton(self.tr("New ceremony with a roster file (CSV or Excel)"))
        self.from_server = QRadioButton(self.tr("Take the ceremony from the central server"))
        self.from_file.setChecked(state.answers.source is CeremonySource.FILE)
        self.from_server.setChecked(state.answers.source is CeremonySource.SERVER)
        self.file_box = self._file_box()
        self.server_box = self._server_box()
        self.result = ResultLine()
        self.ceremony_title_text = ""
        self.rejected = RejectedRows()
        self.rejected.choices_made.connect(self._use_rows)
        layout = QVBoxLayout(self)
        for widget in (self.from_file, self.file_box, self.from_server, self.server_box):
            layout.addWidget(widget)
        layout.addWidget(self.result)
        layout.addWidget(self.rejected, 1)
        layout.addStretch(0)
        self.from_file.toggled.connect(self._source_changed)
        self._source_changed()

    def _file_box(self) -> QGroupBox:
        box = QGroupBox()
        self.ceremony_title = QLineEdit()
        self.ceremony_title.setObjectName("ceremonyTitle")
        self.ceremony_title.setPlaceholderText(self.tr("Ikrar Netralitas ASN ..."))
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.venue = QLineEdit()
        self.venue.setObjectName("ceremonyVenue")
        self.organizer = QLineEdit()
        self.roster = QLineEdit()
        self.roster.setObjectName("rosterPath")
        browse = QPushButton(self.tr("Choose file..."))
        browse.clicked.connect(self._browse)
        self.import_button = QPushButton(self.tr("Import roster"))
        self.import_button.setObjectName("importRoster")
        self.import_button.clicked.connect(self._import)
        row = QHBoxLayout()
        row.addWidget(self.roster, 1)
        row.addWidget(browse)
        form = QFormLayout(box)
        form.addRow(self.tr("Title"), self.ceremony_title)
        form.addRow(self.tr("Date"), self.date)
        form.addRow(self.tr("Venue"), self.venue)
        form.addRow(self.tr("Organiser"), self.organizer)
        form.addRow(self.tr("Roster file"), _wrap(row))
        form.addRow("", self.import_button)
        return box

    def _server_box(self) -> QGroupBox:
        box = QGroupBox()
        self.url = QLineEdit()
        self.url.setObjectName("serverUrl")
        self.url.setPlaceholderText("http://192.168.1.10:8000")
        self.code = QLineEdit()
        self.code.setObjectName("enrolCode")
        self.pull_button = QPushButton(self.tr("Connect and take ceremonies"))
        self.pull_button.setObjectName("pullCeremonies")
        self.pull_button.clicked.connect(self._pull)
        self.ceremonies = QComboBox()
        self.ceremonies.setObjectName("pulledCeremonies")
        self.ceremonies.activated.connect(self._choose)
        form = QFormLayout(box)
        form.addRow(self.tr("Server address"), self.url)
        form.addRow(self.tr("Enrolment code"), self.code)
        form.addRow("", self.pull_button)
        form.addRow(self.tr("Ceremony"), self.ceremonies)
        return box

    def _source_changed(self) -> None:
        by_file = self.from_file.isChecked()
        # Only the chosen way is shown: the refused rows of an import need the room.
        self.file_box.setVisible(by_file)
        self.server_box.setVisible(not by_file)
        source = CeremonySource.FILE if by_file else CeremonySource.SERVER
        self.state.update(source=source)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Roster file"), "", self.tr("Rosters (*.csv *.xlsx)")
        )
        if path:
            self.roster.setText(path)

    def _import(self) -> None:
        date = self.date.date().toString("yyyy-MM-dd")
        problem = check_ceremony(self.ceremony_title.text(), date, self.venue.text())
        if problem is not None or not self.roster.text().strip():
            texts = {
                "title": self.tr("the ceremony needs a title"),
                "venue": self.tr("the ceremony needs a venue"),
                "date": self.tr("the date is not valid"),
            }
            reason = texts.get(problem or "", self.tr("choose the roster file"))
            self.result.show_outcome(Outcome(False, reason), "", self.tr("Not yet"))
            return
        self.result.show_busy(self.tr("Importing the roster..."))
        self.state.setup.import_roster(
            title=self.ceremony_title.text(),
            date=date,
            venue=self.venue.text(),
            organizer=self.organizer.text(),
            roster=Path(self.roster.text().strip()),
        )

    def on_event(self, event: object) -> None:
        match event:
            case ev.RosterImported(ceremony=info, result=imported):
                self.ceremony_title_text = info.title
                self._show_import(imported)
                self.completeChanged.emit()
            case ev.RosterRefused():
                self._refused(event)
            case ev.RowsUsed(result=imported):
                self._show_import(imported)
            case ev.SetupFailed(action="use_rows", error=error):
                self.result.show_error(error, self.tr("The chosen rows were not added"))
            case ev.CeremoniesPulled(outcome=outcome, ceremonies=ceremonies):
                self._pulled(outcome, ceremonies)
            case ev.SetupFailed(action="enrol_and_pull", error=error):
                self.result.show_error(error, self.tr("The server could not be reached"))
            case ev.CeremonyChosen() | ev.SetupFailed(action="choose_ceremony"):
                self.completeChanged.emit()

    def _refused(self, refused: ev.RosterRefused) -> None:
        words = {
            "unreadable": self.tr("the file cannot be opened"),
            "not_a_roster": self.tr("the file is not a CSV or Excel roster"),
            "no_header": self.tr(
                "no header row found: the file needs a Nama column and a NIP column"
            ),
            "too_large": self.tr("the file is too large for a roster"),
            "old_excel": self.tr(
                "an old Excel (.xls) or password-protected workbook: save it as .xlsx or "
                "CSV UTF-8 without a password"
            ),
            "bad_quote": self.tr(
                'row %1 opens a quote (") that is not closed, so the rows after it would '
                "be lost: fix that row and import again"
            ).replace("%1", str(refused.row)),
        }
        reason = words.get(refused.code, self.tr("the file was not imported"))
        failed = self.tr("The roster was not imported")
        self.result.show_outcome(Outcome(False, reason), "", failed)
        self.result.setToolTip(refused.error)

    def _show_import(self, imported: ImportResult) -> None:
        detail = self.tr("%1 attendees imported, %2 rows refused (listed below)")
        if not imported.rejected:
            detail = self.tr("%1 attendees imported")
        detail = detail.replace("%1", str(imported.imported + imported.updated))
        detail = detail.replace("%2", str(len(imported.rejected)))
        self.result.show_outcome(Outcome(True, detail), self.ceremony_title_text, "")
        self.rejected.show_result(imported)

    def _use_rows(self, rows: list[int]) -> None:
        imported = self.rejected.result
        if imported is None:
            return
        self.result.show_busy(self.tr("Adding the chosen rows..."))
        self.state.setup.use_rows(imported, rows)

    def _pull(self) -> None:
        url, code = self.url.text(), self.code.text()
        if not url.strip() or not code.strip():
            reason = self.tr("enter the server address and the code from the organiser")
            self.result.show_outcome(Outcome(False, reason), "", self.tr("Not yet"))
            return
        self.result.show_busy(self.tr("Connecting to the server..."))
        self.state.setup.enrol_and_pull(url, code)

    def _pulled(self, outcome: Outcome, ceremonies: tuple[CeremonyInfo, ...]) -> None:
        words = {
            "pulled": self.tr("ceremonies and rosters taken from the server"),
            "server_unreachable": self.tr("no answer: check the address and the network"),
            "code_refused": self.tr("the server refused the code: ask the organiser for a new one"),
            "server_failed": self.tr("check the address, the code and the network"),
        }
        self.result.show_outcome(
            outcome, self.tr("Connected"), self.tr("The server could not be reached"), words
        )
        if not outcome.ok:
            return
        self.ceremonies.clear()
        for c in ceremonies:
            self.ceremonies.addItem(f"{c.date} · {c.title} ({c.roster})", c.id)
        if ceremonies:
            self._choose(0)

    def _choose(self, index: int) -> None:
        ceremony_id = self.ceremonies.itemData(index)
        if ceremony_id:
            self.state.setup.choose_ceremony(str(ceremony_id))

    def ready(self) -> bool:
        return bool(self.state.answers.ceremony_id)


def _wrap(layout: QHBoxLayout) -> QWidget:
    holder = QWidget()
    layout.setContentsMargins(0, 0, 0, 0)
    holder.setLayout(layout)
    return holder
