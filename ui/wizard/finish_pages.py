"""Wizard steps 4 and 5: enrol with the central server (optional), then the summary and save."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout

from desktop_app.services.first_run import Outcome, enrol_only, finish_setup
from ui.wizard.common import ResultLine, StatePage, WizardState


class ServerPage(StatePage):
    def __init__(self, state: WizardState) -> None:
        super().__init__(state)
        self.setTitle(self.tr("Central server (optional)"))
        self.setSubTitle(
            self.tr(
                "With a server, signed pledges are sent on their own whenever the network is "
                "there. Without one, the desk works offline; you can enrol later."
            )
        )
        self.url = QLineEdit()
        self.url.setObjectName("enrolUrl")
        self.url.setPlaceholderText("http://192.168.1.10:8000")
        self.code = QLineEdit()
        self.code.setObjectName("enrolOnlyCode")
        enrol = QPushButton(self.tr("Enrol this desk"))
        enrol.setObjectName("enrol")
        enrol.clicked.connect(self._enrol)
        self.result = ResultLine()
        form = QFormLayout(self)
        form.addRow(self.tr("Server address"), self.url)
        form.addRow(self.tr("Enrolment code"), self.code)
        form.addRow(enrol, self.result)

    def _enrol(self) -> None:
        store, url, code = self.state.station.store, self.url.text(), self.code.text()
        if not url.strip() or not code.strip():
            reason = self.tr("enter the server address and the code from the organiser")
            self.result.show_outcome(Outcome(False, reason), "", self.tr("Not yet"))
            return
        self.result.show_busy(self.tr("Connecting to the server..."))
        self.state.background.run(lambda: enrol_only(store, url, code), self._enrolled)

    def _enrolled(self, result: Any) -> None:
        if not isinstance(result, Outcome):
            self.result.show_error(result, self.tr("Not enrolled"))
            return
        words = {
            "enrolled": self.tr("this desk sends its records to the server"),
            "server_unreachable": self.tr("no answer: check the address and the network"),
            "code_refused": self.tr("the server refused the code: ask the organiser for a new one"),
            "server_failed": self.tr("check the address, the code and the network"),
        }
        self.result.show_outcome(result, self.tr("Enrolled"), self.tr("Not enrolled"), words)
        if result.ok:
            self.state.update(enrolled_url=self.url.text().strip())


class FinishPage(StatePage):
    def __init__(self, state: WizardState) -> None:
        super().__init__(state)
        self.setTitle(self.tr("Ready"))
        self.setSubTitle(self.tr("Check the choices below, then press Finish to open the desk."))
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.result = ResultLine()
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.result)
        layout.addStretch(1)
        self.saved = False

    def initializePage(self) -> None:
        a = self.state.answers
        none = self.tr("(none)")
        rows = (
            (self.tr("Desk name"), a.station_name),
            (self.tr("Operator PIN"), self.tr("set") if a.pin or a.pin_set else none),
            (self.tr("Signature pad"), a.pad_port or self.tr("on the screen")),
            (self.tr("Badge scanner"), f"{self._scanner(a.scanner_mode)} {a.scanner_port}".strip()),
            (self.tr("Printer"), a.printer or none),
            (self.tr("Central server"), a.enrolled_url or self.tr("not enrolled (offline)")),
        )
        self.summary.setText(
            "<table>"
            + "".join(
                f"<tr><td><b>{escape(k)}</b>&nbsp;&nbsp;</td><td>{escape(v)}</td></tr>"
                for k, v in rows
            )
            + "</table>"
        )

    def _scanner(self, mode: str) -> str:
        return {
            "keyboard": self.tr("USB scanner (types like a keyboard)"),
            "serial": self.tr("Serial scanner"),
            "ssi": self.tr("Serial scanner"),
            "camera": self.tr("Laptop camera"),
        }.get(mode, mode)

    def validatePage(self) -> bool:
        """Saving runs in the background; Finish completes once the settings are stored."""
        if self.saved:
            return True
        store, answers = self.state.station.store, self.state.answers
        self.result.show_busy(self.tr("Saving..."))
        self.state.background.run(lambda: finish_setup(store, answers), self._saved)
        return False

    def _saved(self, result: Any) -> None:
        if isinstance(result, BaseException):
            self.result.show_error(result, self.tr("The settings were not saved"))
            return
        self.saved = True
        self.wizard().accept()
