"""Status lights for pad, scanner, camera, printer (with pending jobs) and server sync."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QGridLayout, QGroupBox, QWidget

from desktop_app.desk.events import DeviceChanged, PrintChanged, SyncChanged
from ui.relay import Relay
from ui.texts import device_level, device_name, device_status_text, print_text, sync_text
from ui.widgets.status_light import StatusLight

DEVICES = ("pad", "scanner", "camera", "printer", "sync")


class StatusLights(QGroupBox):
    def __init__(self, relay: Relay, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lights = {name: StatusLight() for name in DEVICES}
        for light in self.lights.values():
            light.setObjectName("light")
        grid = QGridLayout(self)
        grid.setVerticalSpacing(2)
        grid.setContentsMargins(8, 4, 8, 4)
        for i, name in enumerate(DEVICES):
            grid.addWidget(self.lights[name], i, 0)
        self._last: dict[str, object] = {
            "pad": DeviceChanged("pad", "off"),
            "scanner": DeviceChanged("scanner", "keyboard"),
            "camera": DeviceChanged("camera", "off"),
            "printer": PrintChanged("", 0, 0, ""),
            "sync": SyncChanged("stopped", 0, "", "", ""),
        }
        relay.device.connect(self._device)
        relay.printing.connect(self._printing)
        relay.sync.connect(self._sync)
        self.retranslate()

    def state_of(self, name: str) -> str:
        return self.lights[name].state.text()

    def level_of(self, name: str) -> str:
        return self.lights[name].level

    def _device(self, change: DeviceChanged) -> None:
        self._last[change.device] = change
        light = self.lights.get(change.device)
        if light is not None:
            light.set_state(
                device_name(change.device),
                device_status_text(change.status),
                device_level(change.status),
                change.port,
            )

    def _printing(self, change: PrintChanged) -> None:
        self._last["printer"] = change
        text, level = print_text(change.printer, change.waiting, change.failed)
        self.lights["printer"].set_state(device_name("printer"), text, level, change.printer)

    def _sync(self, change: SyncChanged) -> None:
        self._last["sync"] = change
        text, level = sync_text(change.state, change.pending)
        self.lights["sync"].set_state(device_name("sync"), text, level, change.server_url)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Devices"))
        for last in self._last.values():
            if isinstance(last, DeviceChanged):
                self._device(last)
            elif isinstance(last, PrintChanged):
                self._printing(last)
            elif isinstance(last, SyncChanged):
                self._sync(last)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
