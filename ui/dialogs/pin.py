"""The operator PIN: asked before settings, set when the desk has none yet.

The check runs on the database worker (scrypt is slow on purpose). Enter submits; a wrong PIN
says so and the dialog stays open; only the right PIN accepts.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop_app.desk.controller import DeskController
from desktop_app.services.station_settings import MIN_PIN, check_pin_choice
from ui.dialogs.base import DeskDialog


def pin_edit(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(12)
    return edit


class PinDialog(DeskDialog):
    def __init__(self, desk: DeskController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.checking = False
        self.setWindowTitle(self.tr("Operator PIN"))
        self.prompt = QLabel(self.tr("Enter the operator PIN to open the settings."))
        self.prompt.setWordWrap(True)
        self.pin = pin_edit("pinEdit")
        self.ok = self.plain_button(self.tr("Open"), "pinOk")
        self.ok.setProperty("role", "primary")
        self.cancel = self.plain_button(self.tr("Cancel"), "pinCancel")
        self.ok.clicked.connect(self.submit)
        self.cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel)
        buttons.addWidget(self.ok)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addWidget(self.pin)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.setMinimumWidth(420)

    def submit(self) -> None:
        if self.checking:
            return
        if not self.pin.text():
            self.say(self.tr("Type the PIN first."))
            return
        self.checking = True
        self.ok.setEnabled(False)
        self.desk.ops.check_pin(self.pin.text(), self._checked)

    def _checked(self, ok: bool) -> None:
        self.checking = False
        if self.closed:
            return  # cancelled while the check ran
        self.ok.setEnabled(True)
        if ok:
            self.accept()
            return
        self.say(self.tr("Wrong PIN."))
        self.pin.clear()
        self.pin.setFocus()


class SetPinDialog(DeskDialog):
    """The desk has no operator PIN: choose one (typed twice) before settings, void, reprint."""

    def __init__(self, desk: DeskController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.saving = False
        self.setWindowTitle(self.tr("Set the operator PIN"))
        self.prompt = QLabel(
            self.tr(
                "This desk has no operator PIN yet. Choose one now: it protects the settings, "
                "voiding and reprinting. Use at least %1 digits and keep it with the attendants."
            ).replace("%1", str(MIN_PIN))
        )
        self.prompt.setWordWrap(True)
        self.pin = pin_edit("newPin")
        self.again = pin_edit("newPinAgain")
        self.pin.setPlaceholderText(self.tr("New PIN"))
        self.again.setPlaceholderText(self.tr("The same PIN again"))
        self.ok = self.plain_button(self.tr("Save the PIN"), "setPinOk")
        self.ok.setProperty("role", "primary")
        self.cancel = self.plain_button(self.tr("Cancel"), "setPinCancel")
        self.ok.clicked.connect(self.submit)
        self.cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel)
        buttons.addWidget(self.ok)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addWidget(self.pin)
        layout.addWidget(self.again)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.setMinimumWidth(480)

    def submit(self) -> None:
        if self.saving:
            return
        if self.pin.hasFocus() and not self.again.text():
            self.again.setFocus()  # Enter after the first PIN: on to the second
            return
        problem = check_pin_choice(self.pin.text(), self.again.text())
        if problem is not None:
            self.say(pin_problem_text(problem))
            return
        self.saving = True
        self.ok.setEnabled(False)
        self.desk.ops.set_pin(self.pin.text(), self._saved)

    def _saved(self, ok: bool) -> None:
        self.saving = False
        if self.closed:
            return
        self.ok.setEnabled(True)
        if ok:
            self.accept()
        else:
            self.say(pin_problem_text("short"))


def pin_problem_text(problem: str) -> str:
    """The words for station_settings.check_pin_choice's codes (the wizard uses them too)."""
    texts = {
        "missing": QCoreApplication.translate("PinTexts", "Choose an operator PIN."),
        "short": QCoreApplication.translate(
            "PinTexts", "The PIN must be at least %1 digits, digits only."
        ),
        "mismatch": QCoreApplication.translate(
            "PinTexts", "The two PINs are not the same. Type them again."
        ),
    }
    return texts.get(problem, problem).replace("%1", str(MIN_PIN))
