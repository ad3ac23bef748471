"""Station settings (behind the operator PIN), with a live test of the signature pad."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.desk.controller import DeskController
from desktop_app.desk.events import DeviceChanged, PadTestEvent
from desktop_app.devices.discovery import list_serial_ports
from desktop_app.services.station_settings import StationSettings, check_pin_choice
from desktop_app.settings import OPERATOR
from ui.dialogs.base import DeskDialog
from ui.dialogs.pin import pin_edit, pin_problem_text
from ui.dialogs.venue_host import VenueHostBox
from ui.relay import Relay
from ui.texts import device_status_text
from ui.widgets.pad_ink import PadInk


def _combo(items: list[tuple[str, str]], current: str) -> QComboBox:
    box = QComboBox()
    # Long ceremony titles must not widen the dialog past a 1366-pixel screen.
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(12)
    for text, value in items:
        box.addItem(text, value)
    index = box.findData(current)
    box.setCurrentIndex(max(0, index))
    return box


class SettingsDialog(DeskDialog):
    def __init__(self, desk: DeskController, relay: Relay, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.original = desk.settings
        s = self.original
        self.setWindowTitle(self.tr("Desk settings"))
        self.station = QLineEdit(s.station_name)
        # The stored default is a placeholder word, not a person: show an empty field.
        self.operator = QLineEdit("" if s.operator == OPERATOR.default else s.operator)
        self.operator.setPlaceholderText(self.tr("name of the attendant"))
        self.ceremony = _combo(
            [(f"{c.date} · {c.title}", c.id) for c in s.ceremonies], s.active_ceremony
        )
        self.ceremony.setProperty("data", True)
        self.language = _combo([("Bahasa Indonesia", "id"), ("English", "en")], s.language)
        self.language.setObjectName("languageCombo")
        self.language.setProperty("data", True)  # language names are shown in their own language
        self.pad_port = QComboBox()
        self.pad_port.setEditable(True)
        self.pad_port.setObjectName("padPort")
        self.pad_port.setEditText(s.pad_port)
        self.pad_port.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.pad_port.setMinimumContentsLength(12)
        self.pad_protocol = _combo(
            [
                (self.tr("automatic"), "auto"),
                (self.tr("Wacom ISDV4"), "isdv4"),  # product names, same in every language
                (self.tr("Topaz"), "topaz"),
            ],
            s.pad_protocol,
        )
        self.test_button = QPushButton(self.tr("Test pad"))
        self.test_button.setObjectName("padTest")
        self.test_button.clicked.connect(self._test_pad)
        self.test_status = QLabel()
        self.test_area = PadInk()
        self.test_area.setMinimumHeight(110)
        self.test_frame = QFrame()  # the frame draws the border; the ink widget draws ink
        self.test_frame.setObjectName("padTestArea")
        QVBoxLayout(self.test_frame).addWidget(self.test_area)
        self.scanner_mode = _combo(
            [
                (self.tr("USB scanner as keyboard"), "keyboard"),
                (self.tr("serial scanner (lines)"), "serial"),
                (self.tr("serial scanner (Zebra SSI)"), "ssi"),
                (self.tr("camera"), "camera"),
            ],
            s.scanner_mode,
        )
        self.scanner_port = QLineEdit(s.scanner_port)
        self.camera = QLineEdit(s.camera)
        self.printer = QLineEdit(s.printer)
        self.printer.setPlaceholderText(self.tr("print queue, or folder:/path for PDF files"))
        self.layout_box = _combo(
            [
                (self.tr("A5 sheet"), "a5"),
                (self.tr("A4 sheet"), "a4"),
                (self.tr("80 mm roll"), "roll80"),
            ],
            s.receipt_layout,
        )
        self.auto_print = QCheckBox(self.tr("Print a receipt after each signing"))
        self.auto_print.setChecked(s.auto_print)
        self.server = QLineEdit(s.server_url)
        self.new_pin = pin_edit("newPin")
        self.new_pin.setPlaceholderText(self.tr("leave empty to keep the PIN"))
        self.new_pin_again = pin_edit("newPinAgain")
        self.new_pin_again.setPlaceholderText(self.tr("the new PIN again"))
        self.venue = VenueHostBox(desk)  # acts at once, not on Save
        self._build()
        self.setMinimumWidth(1240)
        relay.pad_test.connect(self._pen)
        relay.device.connect(self._device)
        desk.submit(lambda: [p.device for p in list_serial_ports()], self._ports)

    def _build(self) -> None:
        station = QGroupBox(self.tr("Station"))
        form = QFormLayout(station)
        form.addRow(self.tr("Station name"), self.station)
        form.addRow(self.tr("Attendant on duty"), self.operator)
        form.addRow(self.tr("Active ceremony"), self.ceremony)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("New operator PIN"), self.new_pin)
        form.addRow(self.tr("New PIN again"), self.new_pin_again)
        devices = QGroupBox(self.tr("Devices"))
        dform = QFormLayout(devices)
        pad_row = QHBoxLayout()
        pad_row.addWidget(self.pad_protocol, 1)
        pad_row.addWidget(self.test_button)
        dform.addRow(self.tr("Signature pad"), self.pad_port)
        dform.addRow(self.tr("Pad protocol"), pad_row)
        dform.addRow(self.test_status, self.test_frame)
        dform.addRow(self.tr("Scanner"), self.scanner_mode)
        dform.addRow(self.tr("Scanner port"), self.scanner_port)
        dform.addRow(self.tr("Camera"), self.camera)
        output = QGroupBox(self.tr("Printing and server"))
        oform = QFormLayout(output)
        oform.addRow(self.tr("Printer"), self.printer)
        oform.addRow(self.tr("Receipt layout"), self.layout_box)
        oform.addRow("", self.auto_print)
        oform.addRow(self.tr("Server address"), self.server)
        self.save = self.plain_button(self.tr("Save"), "settingsSave")
        self.save.setProperty("role", "primary")
        self.cancel = self.plain_button(self.tr("Cancel"), "settingsCancel")
        self.save.clicked.connect(self.accept)
        self.cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.cancel)
        buttons.addWidget(self.save)
        columns = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(station)
        left.addWidget(output)
        columns.addLayout(left, 1)
        right = QVBoxLayout()
        right.addWidget(devices)
        right.addWidget(self.venue)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addLayout(buttons)

    def chosen(self) -> StationSettings:
        return replace(
            self.original,
            station_name=self.station.text().strip(),
            operator=self.operator.text().strip() or self.original.operator,
            active_ceremony=str(self.ceremony.currentData() or self.original.active_ceremony),
            language=str(self.language.currentData()),
            pad_port=self.pad_port.currentText().strip(),
            pad_protocol=str(self.pad_protocol.currentData()),
            scanner_mode=str(self.scanner_mode.currentData()),
            scanner_port=self.scanner_port.text().strip(),
            camera=self.camera.text().strip(),
            printer=self.printer.text().strip(),
            receipt_layout=str(self.layout_box.currentData()),
            auto_print=self.auto_print.isChecked(),
            server_url=self.server.text().strip(),
        )

    def accept(self) -> None:
        problem = check_pin_choice(self.new_pin.text(), self.new_pin_again.text(), required=False)
        if problem is not None:  # a PIN typed wrong must not lock the attendants out
            self.say(pin_problem_text(problem))
            self.new_pin.setFocus()
            return
        super().accept()

    def done(self, result: int) -> None:
        self.venue.closed = True  # a hub starting still starts; its answer finds no box
        if self.desk.pad_test:
            self.desk.end_pad_test()
        if result == QDialog.DialogCode.Accepted:
            self.desk.ops.save_settings(self.chosen())
            if self.new_pin.text():
                self.desk.ops.set_pin(self.new_pin.text())
        super().done(result)

    def _ports(self, ports: Any) -> None:
        if self.closed:
            return  # the dialog closed before the port list came back
        current = self.pad_port.currentText()
        for port in ports:
            if self.pad_port.findText(port) < 0:
                self.pad_port.addItem(port)
        self.pad_port.setEditText(current)

    def _test_pad(self) -> None:
        self.test_area.clear()
        self.desk.test_pad(
            self.pad_port.currentText().strip(), str(self.pad_protocol.currentData())
        )
        self.test_status.setText(device_status_text(self.desk.pad_status))

    def _pen(self, event: PadTestEvent) -> None:
        self.test_area.add_point(event.x, event.y, event.tip, event.x_max, event.y_max)

    def _device(self, change: DeviceChanged) -> None:
        if change.device == "pad":
            self.test_status.setText(device_status_text(change.status))
