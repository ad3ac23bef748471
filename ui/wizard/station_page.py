"""Wizard step 1: the station's name, as it appears on receipts and on the server."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit

from desktop_app.services.first_run import check_station_name
from ui.wizard.common import StatePage, WizardState


class StationPage(StatePage):
    def __init__(self, state: WizardState) -> None:
        super().__init__(state)
        self.setTitle(self.tr("Welcome to Pakta Station"))
        self.setSubTitle(
            self.tr(
                "This laptop is not set up yet. A few steps prepare it for the ceremony: "
                "its name, the roster, the devices and the central server."
            )
        )
        self.name = QLineEdit(state.answers.station_name)
        self.name.setObjectName("stationName")
        self.name.setPlaceholderText(self.tr("for example: Meja 1 - Pintu Utara"))
        self.name.setMaxLength(120)
        self.name.textChanged.connect(lambda _text: self.completeChanged.emit())
        self.hint = QLabel(
            self.tr("The name is printed on every receipt and shown on the organiser's screen.")
        )
        self.hint.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("Desk name"), self.name)
        form.addRow("", self.hint)

    def ready(self) -> bool:
        return check_station_name(self.name.text()) is None

    def validatePage(self) -> bool:
        self.state.update(station_name=" ".join(self.name.text().split()))
        return True
