"""The laptop camera as a badge scanner: QtMultimedia frames to the core decoder, off-thread."""

from __future__ import annotations

import time

import numpy as np
from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QImage
from PySide6.QtMultimedia import (
    QCamera,
    QCameraDevice,
    QMediaCaptureSession,
    QMediaDevices,
    QVideoFrame,
    QVideoSink,
)

from desktop_app.devices.scanners.camera import CameraDecodeWorker, FrameDecode

FRAME_INTERVAL_S = 0.12  # ~8 decodes a second is plenty for a badge held up to the lens
REPEAT_HOLD_S = 2.5  # the same badge seen again within this time is the same scan


def qimage_to_grey(image: QImage) -> np.ndarray:
    """A copy of the image as an H×W uint8 array (the core decoder's input)."""
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    width, height, stride = grey.width(), grey.height(), grey.bytesPerLine()
    buffer = np.frombuffer(grey.constBits(), dtype=np.uint8, count=stride * height)
    return buffer.reshape(height, stride)[:, :width].copy()


class CameraFeed(QObject):
    """Owns the camera session; ``decoded`` carries each new badge text on the GUI thread."""

    decoded = Signal(str)
    status_changed = Signal(str)  # active | no_camera | error | stopped
    _found = Signal(str)  # from the decoder thread; queued to the GUI thread

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._worker = CameraDecodeWorker(self._on_decoded)
        self._camera: QCamera | None = None
        self._session = QMediaCaptureSession(self)
        self._sink = QVideoSink(self)
        self._session.setVideoSink(self._sink)
        self._sink.videoFrameChanged.connect(self.on_frame)
        self._last_frame_at = 0.0
        self._last_text = ""
        self._last_text_at = 0.0
        self._found.connect(self._announce)

    @staticmethod
    def devices() -> list[QCameraDevice]:
        return list(QMediaDevices.videoInputs())

    def start(self, device: QCameraDevice | None = None) -> bool:
        """Open the camera (the default one unless given); False when there is none."""
        chosen = device or QMediaDevices.defaultVideoInput()
        if chosen.isNull():
            self.status_changed.emit("no_camera")
            return False
        self.stop()
        self._camera = QCamera(chosen, self)
        self._camera.errorOccurred.connect(lambda *_: self.status_changed.emit("error"))
        self._session.setCamera(self._camera)
        self._camera.start()
        self.status_changed.emit("active")
        return True

    def stop(self) -> None:
        if self._camera is not None:
            self._camera.stop()
            self._camera.deleteLater()
            self._camera = None
            self.status_changed.emit("stopped")

    def shutdown(self) -> None:
        self.stop()
        self._worker.stop()

    @Slot(QVideoFrame)
    def on_frame(self, frame: QVideoFrame) -> None:
        """Hand a frame to the decoder, at most every FRAME_INTERVAL_S; the rest are dropped."""
        now = time.monotonic()
        if now - self._last_frame_at < FRAME_INTERVAL_S or not frame.isValid():
            return
        self._last_frame_at = now
        image = frame.toImage()
        if image.isNull():
            return
        self._worker.submit(qimage_to_grey(image))

    def _on_decoded(self, result: FrameDecode) -> None:  # decoder thread
        if result.text:
            self._found.emit(result.text)

    @Slot(str)
    def _announce(self, text: str) -> None:
        now = time.monotonic()
        if text == self._last_text and now - self._last_text_at < REPEAT_HOLD_S:
            self._last_text_at = now  # still in front of the lens: not a new scan
            return
        self._last_text, self._last_text_at = text, now
        self.decoded.emit(text)
