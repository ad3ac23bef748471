"""Void or reprint: a reason and the operator PIN in one dialog, checked where the action runs.

The action itself checks the PIN on the database worker in the same job that voids or queues
the copy (desk.operator), so the dialog is a way in, not the lock. Enter in the reason moves
on to the PIN; Enter in the PIN submits; a wrong PIN says so and the dialog stays open.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop_app.desk.operator import Guarded
from ui.dialogs.base import DeskDialog
from ui.dialogs.pin import pin_edit

# act(reason, pin, then): runs the action; ``then`` gets how it ended.
Act = Callable[[str, str, Callable[[Guarded], None]], None]


class ReasonDialog(DeskDialog):
    def __init__(
        self,
        title: str,
        question: str,
        action: str,
        act: Act,
        parent: QWidget | None = None,
        *,
        danger: bool = False,
    ) -> None:
        super().__init__(parent)
        self._act = act
        self.busy = False
        self.setWindowTitle(title)
        self.question = QLabel(question)
        self.question.setObjectName("reasonQuestion")
        self.question.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setObjectName("reasonEdit")
        self.reason.setMaxLength(500)
        self.reason.setPlaceholderText(self.tr("Reason (required)"))
        self.pin = pin_edit("reasonPin")
        self.pin.setPlaceholderText(self.tr("Operator PIN"))
        self.ok = self.plain_button(action, "reasonConfirm")
        self.ok.setProperty("role", "danger" if danger else "primary")
        self.cancel = self.plain_button(self.tr("Cancel"), "reasonCancel")
        self.ok.clicked.connect(self._confirm)
        self.cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel)
        buttons.addWidget(self.ok)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addWidget(self.reason)
        layout.addWidget(self.pin)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.setMinimumWidth(520)

    def text(self) -> str:
        return self.reason.text().strip()

    def submit(self) -> None:
        if self.reason.hasFocus() and self.text() and not self.pin.text():
            self.pin.setFocus()  # Enter after the reason: on to the PIN
            return
        self._confirm()

    def _confirm(self) -> None:
        if self.busy:
            return
        if not self.text():
            self.say(self.tr("A reason is required."))
            self.reason.setFocus()
            return
        if not self.pin.text():
            self.say(self.tr("Type the operator PIN."))
            self.pin.setFocus()
            return
        self.busy = True
        self.ok.setEnabled(False)
        self._act(self.text(), self.pin.text(), self._ended)

    def _ended(self, outcome: Guarded) -> None:
        self.busy = False
        if self.closed:
            return
        self.ok.setEnabled(True)
        if outcome is Guarded.DONE:
            self.accept()
        elif outcome is Guarded.WRONG_PIN:
            self.say(self.tr("Wrong PIN."))
            self.pin.clear()
            self.pin.setFocus()
        else:
            self.say(self.tr("This could not be done; nothing was changed."))
