"""Demo aid: buttons that make the simulated scanner and pad emit (a walk-through, no hardware).

Consent in the demo is the pad's act too: "Tick on the pad" makes the simulated pad draw a
tick in its consent box, which the desk reads like any pen report."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QGridLayout, QGroupBox, QPushButton, QWidget

from desktop_app.desk.controller import DeskController
from desktop_app.desk.demo import DemoRig, scan_job
from desktop_app.desk.events import OperatorMessage


class DemoAid(QGroupBox):
    def __init__(self, desk: DeskController, rig: DemoRig, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("demoAid")
        self.desk = desk
        self.rig = rig
        self.scan_next = self._button("demoScan", lambda: self.scan("next"))
        self.scan_signed = self._button("demoScanSigned", lambda: self.scan("signed"))
        self.scan_unknown = self._button("demoScanUnknown", lambda: self.scan("unknown"))
        self.sign = self._button("demoSign", rig.sign)
        self.tick = self._button("demoTick", rig.tick_consent)
        self.unplug = self._button("demoUnplug", self._toggle_pad)
        self.plugged = True
        grid = QGridLayout(self)
        grid.setContentsMargins(6, 6, 6, 6)
        grid.setSpacing(4)
        grid.addWidget(self.scan_next, 0, 0)
        grid.addWidget(self.scan_signed, 0, 1)
        grid.addWidget(self.scan_unknown, 0, 2)
        grid.addWidget(self.tick, 1, 0, 1, 2)  # consent first, on the pad, then the signature
        grid.addWidget(self.unplug, 1, 2)
        grid.addWidget(self.sign, 2, 0, 1, 2)
        self.retranslate()

    def _button(self, name: str, slot: object) -> QPushButton:
        button = QPushButton()
        button.setObjectName(name)
        button.setProperty("role", "demo")
        button.clicked.connect(slot)
        return button

    def scan(self, kind: str) -> None:
        """Pick a badge on the database worker and have the simulated scanner send it."""

        def sent(ok: bool) -> None:
            if not ok:
                self.desk.bus.publish(OperatorMessage("demo_scan_failed", error=True))

        self.desk.submit(scan_job(self.rig, self.desk.store, kind), sent)

    def _toggle_pad(self) -> None:
        if self.plugged:
            self.rig.unplug_pad()
        else:
            self.rig.replug_pad()
        self.plugged = not self.plugged
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Demo (simulated devices)"))
        self.scan_next.setText(self.tr("New badge (F5)"))
        self.sign.setText(self.tr("Pen signature on the pad (F8)"))
        self.tick.setText(self.tr("Tick “I agree” on the pad (F2)"))
        self.scan_signed.setText(self.tr("Signed (F6)"))
        self.scan_unknown.setText(self.tr("Unknown (F7)"))
        self.unplug.setText(self.tr("Unplug pad") if self.plugged else self.tr("Plug pad in"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
