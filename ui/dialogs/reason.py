"""Ask the attendant for a reason (voiding a record); empty reasons are not accepted."""

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


class ReasonDialog(QDialog):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Void a record"))
        self.question = QLabel(
            self.tr("Void the record of %1? This adds a void record; nothing is deleted.").replace(
                "%1", name
            )
        )
        self.question.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setObjectName("voidReason")
        self.reason.setMaxLength(500)
        self.reason.setPlaceholderText(self.tr("Reason (required)"))
        self.ok = QPushButton(self.tr("Void record"))
        self.ok.setObjectName("voidConfirm")
        self.ok.setProperty("role", "danger")
        self.cancel = QPushButton(self.tr("Cancel"))
        self.ok.clicked.connect(self._accept)
        self.cancel.clicked.connect(self.reject)
        self.reason.returnPressed.connect(self._accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel)
        buttons.addWidget(self.ok)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addWidget(self.reason)
        layout.addLayout(buttons)

    def text(self) -> str:
        return self.reason.text().strip()

    def _accept(self) -> None:
        if self.text():
            self.accept()
        else:
            self.reason.setFocus()
