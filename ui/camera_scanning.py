"""Badge scanning with the laptop camera when the settings choose it (QtMultimedia, lazily)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject

from desktop_app.desk.controller import DeskController
from desktop_app.desk.events import DeviceChanged
from desktop_app.services.station_settings import StationSettings
from ui.relay import Relay

_STATUS = {
    "active": "connected",
    "no_camera": "not_found",
    "error": "disconnected",
    "stopped": "stopped",
}


class CameraScanning(QObject):
    def __init__(self, desk: DeskController, relay: Relay, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.relay = relay
        self.feed: Any = None
        relay.settings.connect(self._settings)

    def _settings(self, settings: StationSettings) -> None:
        if settings.scanner_mode != "camera":
            self.stop()
            return
        if self.feed is None:
            # Imported only when chosen: QtMultimedia is slow to load and may be absent.
            from ui.camera_feed import CameraFeed

            self.feed = CameraFeed(self)
            self.feed.decoded.connect(self.desk.scanned)
            self.feed.status_changed.connect(self._status)
        wanted = settings.camera
        device = next((d for d in self.feed.devices() if d.description() == wanted), None)
        self.feed.start(device)

    def _status(self, status: str) -> None:
        self.relay.device.emit(DeviceChanged("camera", _STATUS.get(status, status)))

    def stop(self) -> None:
        if self.feed is not None:
            self.feed.shutdown()
            self.feed = None
