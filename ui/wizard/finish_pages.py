"""Wizard steps 4 and 5: enrol with the central server (optional), then the summary and save."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout

from desktop_app.services.first_run import Outcome
from desktop_app.setup import events as ev
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
        url, code = self.url.text(), self.code.text()
        if not url.strip() or not code.strip():
            reason = self.tr("enter the server address and the code from the organiser")
            self.result.show_outcome(Outcome(False, reason), "", self.tr("Not yet"))
            return
        self.result.show_busy(self.tr("Connecting to the server..."))
        self.state.setup.enrol(url, code)

    def on_event(self, event: object) -> None:
        match event:
            case ev.Enrolled(outcome=outcome):
                self._enrolled(outcome)
            case ev.SetupFailed(action="enrol", error=error):
                self.result.show_error(error, self.tr("Not enrolled"))

    def _enrolled(self, result: Outcome) -> None:
        words = {
            "enrolled": self.tr("this desk sends its records to the server"),
            "server_unreachable": self.tr("no answer: check the address and the network"),
            "code_refused": self.tr("the server refused the code: ask the organiser for a new one"),
            "server_failed": self.tr("check the address, the code and the network"),
        }
        self.result.show_outcome(result, self.tr("Enrolled"), self.tr("Not enrolled"), words)


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
        self.result.show_busy(self.tr("Saving..."))
        self.state.setup.finish()
        return False

    def on_event(self, event: object) -> None:
        match event:
            case ev.SetupSaved():
                self.saved = True
                self.wizard().accept()
            case ev.SetupFailed(action="finish", error=error):
                self.result.show_error(error, self.tr("The settings were not saved"))
