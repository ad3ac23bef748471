"""Wizard step 1: the station's name, as it appears on receipts and on the server, and the
operator PIN that guards settings, void and reprint (typed twice)."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit

from desktop_app.services.first_run import check_station_name
from desktop_app.services.station_settings import check_pin_choice
from ui.dialogs.pin import pin_edit, pin_problem_text
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
        self.name.textChanged.connect(self._changed)
        self.hint = QLabel(
            self.tr("The name is printed on every receipt and shown on the organiser's screen.")
        )
        self.hint.setWordWrap(True)
        self.pin = pin_edit("wizardPin")
        self.again = pin_edit("wizardPinAgain")
        for edit in (self.pin, self.again):
            edit.textChanged.connect(self._changed)
        self.pin_hint = QLabel()
        self.pin_hint.setObjectName("pinHint")
        self.pin_hint.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("Desk name"), self.name)
        form.addRow("", self.hint)
        form.addRow(self.tr("Operator PIN"), self.pin)
        form.addRow(self.tr("PIN again"), self.again)
        form.addRow("", self.pin_hint)
        self._changed()

    def _pin_problem(self) -> str | None:
        required = not self.state.answers.pin_set
        return check_pin_choice(self.pin.text(), self.again.text(), required=required)

    def _changed(self) -> None:
        problem = self._pin_problem()
        if self.state.answers.pin_set and not self.pin.text():
            text = self.tr("This desk has a PIN already; type a new one only to change it.")
        elif problem is None:
            text = self.tr("The PIN protects the settings, voiding and reprinting.")
        elif problem == "mismatch" and not self.again.text():
            text = self.tr("Type the same PIN again.")
        else:
            text = pin_problem_text(problem)
        self.pin_hint.setText(text)
        self.completeChanged.emit()

    def ready(self) -> bool:
        return check_station_name(self.name.text()) is None and self._pin_problem() is None

    def validatePage(self) -> bool:
        self.state.update(station_name=" ".join(self.name.text().split()), pin=self.pin.text())
        return True
