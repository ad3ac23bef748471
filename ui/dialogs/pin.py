"""The operator PIN before settings; checked on the database worker (scrypt is slow)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.desk.controller import DeskController


class PinDialog(QDialog):
    def __init__(self, desk: DeskController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.setWindowTitle(self.tr("Operator PIN"))
        self.prompt = QLabel(self.tr("Enter the operator PIN to open the settings."))
        self.pin = QLineEdit()
        self.pin.setObjectName("pinEdit")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(12)
        self.status = QLabel()
        self.status.setProperty("role", "notice")
        self.ok = QPushButton(self.tr("Open"))
        self.ok.setObjectName("pinOk")
        self.cancel = QPushButton(self.tr("Cancel"))
        self.ok.clicked.connect(self._check)
        self.pin.returnPressed.connect(self._check)
        self.cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel)
        buttons.addWidget(self.ok)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addWidget(self.pin)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.status.hide()

    def _check(self) -> None:
        self.ok.setEnabled(False)
        self.desk.ops.check_pin(self.pin.text(), self._checked)

    def _checked(self, ok: bool) -> None:
        self.ok.setEnabled(True)
        if ok:
            self.accept()
            return
        self.status.setText(self.tr("Wrong PIN."))
        self.status.show()
        self.pin.clear()
        self.pin.setFocus()
