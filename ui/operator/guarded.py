"""The attendant's actions behind the operator PIN: settings, void, reprint, closing.

Without a PIN on the station none of them opens: the attendant is asked to set one first
(typed twice). Settings open only on the ready screen, so no attendee's signing can change
under them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from desktop_app.desk.controller import DeskController
from desktop_app.desk.events import OperatorMessage
from desktop_app.desk.flow import DeskState
from ui.dialogs.pin import PinDialog, SetPinDialog
from ui.dialogs.reason import ReasonDialog
from ui.relay import Relay


class GuardedActions:
    def __init__(self, desk: DeskController, relay: Relay, window: QWidget) -> None:
        self.desk = desk
        self.relay = relay
        self.window = window

    def _say(self, code: str) -> None:
        self.desk.bus.publish(OperatorMessage(code, error=True))

    def pin_ready(self) -> bool:
        """True once the station has a PIN; offers to set one when it has none."""
        if self.desk.settings.pin_set:
            return True
        self._say("pin_needed")
        return SetPinDialog(self.desk, self.window).exec() == QDialog.DialogCode.Accepted

    def unlocked(self) -> bool:
        """The PIN given (or just set) on the ready screen: what settings and joining a venue
        (it changes the desk's ceremony) need."""
        if self.desk.snapshot.state is not DeskState.READY:
            self._say("settings_not_ready")
            return False
        if self.desk.settings.pin_set:
            if PinDialog(self.desk, self.window).exec() != QDialog.DialogCode.Accepted:
                return False
        elif not self.pin_ready():
            return False  # a PIN just set is proof enough to go on now
        if self.desk.snapshot.state is not DeskState.READY:  # a badge came meanwhile
            self._say("settings_not_ready")
            return False
        return True

    def open_settings(self) -> None:
        from ui.dialogs.settings import SettingsDialog  # the port listing: only when opened

        if self.unlocked():
            SettingsDialog(self.desk, self.relay, self.window).exec()

    def closing_dialog(self) -> QDialog:
        from ui.dialogs.closing import ClosingDialog

        return ClosingDialog(self.desk, self.relay, self.window)

    def close_ceremony(self) -> bool:
        """Tutup upacara: on the ready screen only, behind the PIN (asked in the dialog and
        checked again where the closing is written)."""
        if self.desk.snapshot.state is not DeskState.READY:
            self._say("settings_not_ready")
            return False
        if not self.pin_ready():
            return False
        return self.closing_dialog().exec() == QDialog.DialogCode.Accepted

    def void_dialog(self, record_id: str, name: str) -> ReasonDialog:
        return ReasonDialog(
            QCoreApplication.translate("GuardedActions", "Void a record"),
            QCoreApplication.translate(
                "GuardedActions",
                "Void the record of %1? This adds a void record; nothing is deleted.",
            ).replace("%1", name),
            QCoreApplication.translate("GuardedActions", "Void record"),
            lambda reason, pin, then: self.desk.ops.void(record_id, reason, pin, then),
            self.window,
            danger=True,
        )

    def reprint_dialog(self, record_id: str, name: str = "") -> ReasonDialog:
        question = QCoreApplication.translate(
            "GuardedActions",
            "Print a copy of the receipt of %1? The copy is marked as a copy and the reason is "
            "recorded.",
        ).replace("%1", name or QCoreApplication.translate("GuardedActions", "this attendee"))
        return ReasonDialog(
            QCoreApplication.translate("GuardedActions", "Reprint a receipt"),
            question,
            QCoreApplication.translate("GuardedActions", "Print the copy"),
            lambda reason, pin, then: self.desk.ops.reprint(record_id, reason, pin, then),
            self.window,
        )

    def void(self, record_id: str, name: str) -> bool:
        if not self.pin_ready():
            return False
        return self.void_dialog(record_id, name).exec() == QDialog.DialogCode.Accepted

    def reprint(self, record_id: str, name: str = "") -> bool:
        if not self.pin_ready():
            return False
        return self.reprint_dialog(record_id, name).exec() == QDialog.DialogCode.Accepted
