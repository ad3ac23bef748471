"""Wizard step 3: choose and test the signature pad, the badge scanner and the printer."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from desktop_app.services.first_run import DeviceChoices, Outcome, check_scanner
from desktop_app.setup import events as ev
from ui.wizard.common import ResultLine, StatePage, WizardState


def _editable(current: str, values: list[str], first: tuple[str, str] | None = None) -> QComboBox:
    """A combo of found devices that also takes a typed value (a pyserial URL, a folder)."""
    box = QComboBox()
    box.setEditable(True)
    if first is not None:
        box.addItem(*first)
    for value in values:
        box.addItem(value, value)
    index = box.findData(current)
    if index >= 0:
        box.setCurrentIndex(index)
    elif current:
        box.setEditText(current)
    return box


def combo_value(box: QComboBox) -> str:
    """The chosen item's value, or what was typed when it matches no item."""
    index = box.findText(box.currentText())
    if index >= 0:
        return str(box.itemData(index) if box.itemData(index) is not None else box.itemText(index))
    return box.currentText().strip()


class DevicesPage(StatePage):
    def __init__(self, state: WizardState) -> None:
        super().__init__(state)
        self.setTitle(self.tr("Devices"))
        self.setSubTitle(
            self.tr("Connect the signature pad, the badge scanner and the printer, then test each.")
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self._pad_box())
        layout.addWidget(self._scanner_box())
        layout.addWidget(self._printer_box())
        layout.addStretch(1)

    def initializePage(self) -> None:
        self.state.setup.list_devices()

    def on_event(self, event: object) -> None:
        match event:
            case ev.DevicesFound(choices=choices):
                self._found(choices)
            case ev.DeviceTested(device="pad", outcome=outcome):
                self._show(self.pad_result, outcome, self.tr("Pad ready"), self.tr("Pad not found"))
            case ev.DeviceTested(device="scanner", outcome=outcome):
                self._show(
                    self.scan_result, outcome, self.tr("Badge read"), self.tr("Badge not read")
                )
            case ev.DeviceTested(device="printer", outcome=outcome):
                self._show(
                    self.printer_result,
                    outcome,
                    self.tr("Printer ready"),
                    self.tr("Printer not ready"),
                )
            case ev.SetupFailed(action="test_pad", error=error):
                self.pad_result.show_error(error, self.tr("Pad not found"))
            case ev.SetupFailed(action="test_scan", error=error):
                self.scan_result.show_error(error, self.tr("Badge not read"))
            case ev.SetupFailed(action="test_printer", error=error):
                self.printer_result.show_error(error, self.tr("Printer not ready"))

    def _found(self, result: DeviceChoices) -> None:
        a = self.state.answers
        for box, values, current in (
            (self.pad, result.ports, a.pad_port),
            (self.scanner_port, result.ports, a.scanner_port),
            (self.printer, result.printers, a.printer),
        ):
            for value in values:
                if box.findData(value) < 0:
                    box.addItem(value, value)
            index = box.findData(current)
            if index >= 0:
                box.setCurrentIndex(index)

    def _pad_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Signature pad"))
        no_pad = (self.tr("No pad: sign on the screen"), "")
        self.pad = _editable(self.state.answers.pad_port, [], no_pad)
        self.pad.setObjectName("padPort")
        test = QPushButton(self.tr("Test pad"))
        test.setObjectName("testPad")
        test.clicked.connect(self._test_pad)
        self.pad_result = ResultLine()
        form = QFormLayout(box)
        form.addRow(self.tr("Port"), self.pad)
        form.addRow(test, self.pad_result)
        return box

    def _scanner_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Badge scanner"))
        self.scanner_mode = QComboBox()
        self.scanner_mode.setObjectName("scannerMode")
        for text, value in (
            (self.tr("USB scanner (types like a keyboard)"), "keyboard"),
            (self.tr("Serial scanner"), "serial"),
            (self.tr("Laptop camera"), "camera"),
        ):
            self.scanner_mode.addItem(text, value)
        self.scanner_mode.setCurrentIndex(
            max(0, self.scanner_mode.findData(self.state.answers.scanner_mode))
        )
        self.scanner_port = _editable(self.state.answers.scanner_port, [], ("", ""))
        self.scanner_mode.currentIndexChanged.connect(self._mode_changed)
        self.scanner_port.editTextChanged.connect(lambda _t: self.completeChanged.emit())
        self.scan_field = QLineEdit()
        self.scan_field.setObjectName("scanTest")
        self.scan_field.setPlaceholderText(self.tr("click here and scan a badge from the roster"))
        self.scan_field.returnPressed.connect(self._test_scan)
        self.scan_result = ResultLine()
        form = QFormLayout(box)
        form.addRow(self.tr("Kind"), self.scanner_mode)
        form.addRow(self.tr("Serial port"), self.scanner_port)
        form.addRow(self.tr("Test scan"), self.scan_field)
        form.addRow("", self.scan_result)
        self.scanner_port.setEnabled(self._serial_scanner())
        return box

    def _mode_changed(self) -> None:
        self.scanner_port.setEnabled(self._serial_scanner())
        self.completeChanged.emit()

    def _serial_scanner(self) -> bool:
        return str(self.scanner_mode.currentData()) in ("serial", "ssi")

    def _printer_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Receipt printer"))
        folder = f"folder:{self.state.setup.data_dir / 'printed'}"
        self.printer = _editable(
            self.state.answers.printer, [], (self.tr("Save receipts as PDF files"), folder)
        )
        self.printer.setObjectName("printer")
        test = QPushButton(self.tr("Test printer"))
        test.setObjectName("testPrinter")
        test.clicked.connect(self._test_printer)
        self.printer_result = ResultLine()
        form = QFormLayout(box)
        form.addRow(self.tr("Printer"), self.printer)
        form.addRow(test, self.printer_result)
        return box

    def _test_pad(self) -> None:
        self.pad_result.show_busy(self.tr("Looking for the pad..."))
        self.state.setup.test_pad(combo_value(self.pad))

    def _test_scan(self) -> None:
        text = self.scan_field.text()
        self.scan_field.clear()
        self.state.setup.test_scan(text)

    def _test_printer(self) -> None:
        self.printer_result.show_busy(self.tr("Asking the printer..."))
        self.state.setup.test_printer(combo_value(self.printer))

    def _show(self, line: ResultLine, outcome: Outcome, passed: str, failed: str) -> None:
        line.show_outcome(outcome, passed, failed, self._words())

    def _words(self) -> dict[str, str]:
        return {
            "no_pad": self.tr("signatures are written on the screen"),
            "pad_found": self.tr("the pad answers"),
            "pad_silent": self.tr("no pad answered on this port"),
            "port_unavailable": self.tr("this port cannot be opened (in use, or unplugged)"),
            "printer_ready": self.tr("ready to print"),
            "printer_unavailable": self.tr("the printer cannot print now"),
            "printer_not_found": self.tr("no printer of this name on this laptop"),
            "no_printer": self.tr("choose a printer, or save receipts as PDF files"),
            "nothing_scanned": self.tr("nothing was scanned"),
            "badge_found": self.tr("on the roster"),
            "badge_unknown": self.tr("not on this ceremony's roster"),
            "badge_invalid": self.tr("this is not a badge of this ceremony"),
        }

    def ready(self) -> bool:
        mode = str(self.scanner_mode.currentData())
        return check_scanner(mode, combo_value(self.scanner_port)) is None

    def validatePage(self) -> bool:
        self.state.update(
            pad_port=combo_value(self.pad),
            scanner_mode=str(self.scanner_mode.currentData()),
            scanner_port=combo_value(self.scanner_port) if self._serial_scanner() else "",
            printer=combo_value(self.printer),
        )
        return True
