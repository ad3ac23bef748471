"""Join a venue hub from the desk: a hub found on the network (mDNS) or the host's QR, and the
one-time code. The search and the join run aside (desk.ops.venue_ops), never on this thread."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.desk.controller import DeskController
from desktop_app.desk.events import OperatorMessage, VenueQrScanned
from ui.dialogs.base import DeskDialog
from ui.relay import Relay
from ui.venue.texts import problem_text


class VenueJoinDialog(DeskDialog):
    def __init__(
        self,
        desk: DeskController,
        relay: Relay,
        parent: QWidget | None = None,
        *,
        search_s: float | None = None,
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.search_s = search_s
        self.busy = False
        self.joined: Any = None  # the Joined result once done
        self.setWindowTitle(self.tr("Join a venue"))
        intro = QLabel(
            self.tr(
                "Choose the venue hub found on this network, or scan the QR shown on the hub "
                "desk with the badge scanner or the camera. Then type the one-time code shown "
                "there. This desk then takes the venue's ceremony, pledge and roster."
            )
        )
        intro.setWordWrap(True)
        self.hubs = QListWidget()
        self.hubs.setObjectName("venueHubs")
        self.hubs.setProperty("data", True)
        self.hubs.setMaximumHeight(120)
        # Only the attendant's own choice fills the address: a click, Enter, or the arrow keys
        # moving from one listed hub to another. Not the list taking a current item by itself
        # when it gains focus (as when the Join button, disabled while joining, hands its
        # focus on): that replaced a typed address with the first hub found, and the desk
        # joined the wrong hub.
        self.hubs.itemClicked.connect(self._chosen)
        self.hubs.itemActivated.connect(self._chosen)
        self.hubs.currentItemChanged.connect(self._moved)
        self.search_line = QLabel()
        self.search_line.setObjectName("venueSearch")
        self.search_line.setWordWrap(True)
        self.search_again = self.plain_button(self.tr("Search again"), "venueSearchAgain")
        self.search_again.clicked.connect(self.search)
        self.address = QLineEdit()
        self.address.setObjectName("venueAddress")
        self.address.setProperty("data", True)
        self.address.setPlaceholderText(self.tr("for example 192.168.1.20:8765"))
        self.address.setMaxLength(300)
        self.code = QLineEdit()
        self.code.setObjectName("venueCode")
        self.code.setProperty("data", True)
        self.code.setPlaceholderText(self.tr("for example K7QD-M2PX"))
        self.code.setMaxLength(32)
        self.join_button = self.plain_button(self.tr("Join"), "venueJoin")
        self.join_button.setProperty("role", "primary")
        self.cancel = self.plain_button(self.tr("Cancel"), "venueCancel")
        self.join_button.clicked.connect(self.submit)
        self.cancel.clicked.connect(self.reject)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search_line, 1)
        search_row.addWidget(self.search_again)
        form = QFormLayout()
        form.addRow(self.tr("Hub address"), self.address)
        form.addRow(self.tr("One-time code"), self.code)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel)
        buttons.addWidget(self.join_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(QLabel(self.tr("Hubs found on this network")))
        layout.addWidget(self.hubs)
        layout.addLayout(search_row)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.setMinimumWidth(640)
        relay.venue_qr.connect(self._scanned)
        self.search()

    # -- finding hubs ------------------------------------------------------------------------
    def search(self) -> None:
        self.search_again.setEnabled(False)
        self.search_line.setText(self.tr("Looking for venue hubs on this network…"))
        kw: dict[str, Any] = {}
        if self.search_s is not None:
            kw["timeout_s"] = self.search_s
        self.desk.ops.venue_ops.find_hubs(self._found, self._search_failed, **kw)

    def _found(self, hubs: list[tuple[str, str]]) -> None:
        if self.closed:
            return
        self.search_again.setEnabled(True)
        self.hubs.clear()
        for name, url in hubs:
            item = QListWidgetItem(f"{name} — {url}")
            item.setData(Qt.ItemDataRole.UserRole, url)
            self.hubs.addItem(item)
        if hubs:
            self.search_line.setText(self.tr("Hubs found: %1").replace("%1", str(len(hubs))))
            if len(hubs) == 1 and not self.address.text().strip():
                self.hubs.setCurrentRow(0)
                self._chosen(self.hubs.item(0))
        else:
            self.search_line.setText(
                self.tr("No hub found. Type its address, or scan the QR shown on the hub desk.")
            )

    def _search_failed(self, problem: Any) -> None:
        if self.closed:
            return
        self.search_again.setEnabled(True)
        self.search_line.setText(problem_text(problem))

    def _moved(self, item: QListWidgetItem | None, previous: QListWidgetItem | None) -> None:
        if previous is not None and self.hubs.hasFocus():
            self._chosen(item)

    def _chosen(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.address.setText(str(item.data(Qt.ItemDataRole.UserRole)))
            self.code.setFocus()

    # -- joining -----------------------------------------------------------------------------
    def _scanned(self, scan: VenueQrScanned) -> None:
        """The host's QR carries the address and the code: join with them at once."""
        if self.closed or self.busy:
            return
        self.address.setText(scan.url)
        self.code.setText(scan.code)
        self.submit()

    def submit(self) -> None:
        if self.busy:
            return
        address, code = self.address.text(), self.code.text()  # as typed, before any focus moves
        self.busy = True
        self.join_button.setEnabled(False)
        self.say(self.tr("Joining the venue hub…"))
        self.desk.ops.venue_ops.join(address, code, self._joined, self._refused)

    def _joined(self, joined: Any) -> None:
        self.joined = joined
        self.desk.bus.publish(OperatorMessage("venue_joined", joined.hub_name))
        if not self.closed:
            self.accept()

    def _refused(self, problem: Any) -> None:
        if self.closed:
            return
        self.busy = False
        self.join_button.setEnabled(True)
        self.say(problem_text(problem))
        if getattr(problem, "kind", "") in ("wrong_code", "expired_code", "bad_input"):
            self.code.setFocus()
            self.code.selectAll()
