"""The settings' venue box: "make this desk the venue hub", its QR and one-time code.

The switch acts at once (not on Save): it starts the same hub as `pakta venue host`, as a
child process of the desk (desk_actions.host_venue), or stops it. The hub stops with the desk.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QWidget,
)

from desktop_app.desk.controller import DeskController
from ui.venue.texts import problem_text
from ui.widgets.qr_view import QrView

QR_SIDE = 150


class VenueHostBox(QGroupBox):
    def __init__(self, desk: DeskController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("venueHostBox")
        self.desk = desk
        self.closed = False
        self.busy = False
        self.setTitle(self.tr("Venue"))
        self.switch = QCheckBox(self.tr("Make this desk the venue hub"))
        self.switch.setObjectName("venueHostSwitch")
        self.state = QLabel()
        self.state.setObjectName("venueHostState")
        self.state.setWordWrap(True)
        self.qr = QrView(QR_SIDE)
        self.qr.setObjectName("venueHostQr")
        self.code_caption = QLabel(self.tr("One-time code (15 minutes, once):"))
        self.code_caption.setWordWrap(True)
        self.code = QLabel()
        self.code.setObjectName("venueHostCode")
        self.code.setProperty("data", True)
        self.address = QLabel()
        self.address.setObjectName("venueHostAddress")
        self.address.setProperty("data", True)
        self.address.setWordWrap(True)
        self.address.setTextFormat(Qt.TextFormat.PlainText)
        self.renew = QPushButton(self.tr("New code"))
        self.renew.setObjectName("venueHostRenew")
        self.renew.setAutoDefault(False)
        self.renew.clicked.connect(self._renew)
        grid = QGridLayout(self)
        grid.addWidget(self.switch, 0, 0, 1, 2)
        grid.addWidget(self.qr, 1, 0, 4, 1)
        grid.addWidget(self.code_caption, 1, 1)
        grid.addWidget(self.code, 2, 1)
        grid.addWidget(self.address, 3, 1)
        grid.addWidget(self.renew, 4, 1)
        grid.addWidget(self.state, 5, 0, 1, 2)
        grid.setColumnStretch(1, 1)
        hosting = desk.ops.venue_ops.hosting
        self.switch.setChecked(hosting is not None)
        self.switch.toggled.connect(self._toggled)
        self._show(hosting)
        if hosting is None:  # a hub left running by this desk before a restart is taken back
            desk.ops.venue_ops.adopt(self._adopted)

    def _adopted(self, hosting: Any) -> None:
        if self.closed or self.busy or hosting is None:
            return
        self.switch.blockSignals(True)
        self.switch.setChecked(True)
        self.switch.blockSignals(False)
        self._show(hosting)

    def _show(self, hosting: Any) -> None:
        on = hosting is not None
        for widget in (self.qr, self.code_caption, self.code, self.address, self.renew):
            widget.setVisible(on)
        if on:
            self.qr.set_matrix(hosting.matrix)
            self.code.setText(hosting.code)
            self.address.setText(f"{hosting.hub_name}\n{hosting.url}")
            self.state.setText(
                self.tr(
                    "The other desks join from their menu Venue → Join a venue: they scan this QR "
                    "or type the code. The hub stops when this desk closes."
                )
            )
        else:
            self.state.setText(
                self.tr("The desks of the venue share their signings through one desk, the hub.")
            )

    def _toggled(self, on: bool) -> None:
        if self.busy:
            return
        self.busy = True
        self.switch.setEnabled(False)
        ops = self.desk.ops.venue_ops
        if on:
            self.state.setText(self.tr("Starting the venue hub…"))
            ops.host(self._started, self._failed)
        else:
            self.state.setText(self.tr("Stopping the venue hub…"))
            ops.stop_hosting(lambda _stopped: self._started(None), self._failed)

    def _started(self, hosting: Any) -> None:
        if self.closed:
            return
        self.busy = False
        self.switch.setEnabled(True)
        self._show(hosting)

    def _failed(self, problem: Any) -> None:
        if self.closed:
            return
        self.busy = False
        hosting = self.desk.ops.venue_ops.hosting
        self.switch.blockSignals(True)
        self.switch.setChecked(hosting is not None)
        self.switch.blockSignals(False)
        self.switch.setEnabled(True)
        self._show(hosting)
        self.state.setText(problem_text(problem))

    def _renew(self) -> None:
        self.renew.setEnabled(False)

        def renewed(hosting: Any) -> None:
            if not self.closed:
                self.renew.setEnabled(True)
                self._show(hosting)

        def failed(problem: Any) -> None:
            if not self.closed:
                self.renew.setEnabled(True)
                self.state.setText(problem_text(problem))

        self.desk.ops.venue_ops.renew_code(renewed, failed)
