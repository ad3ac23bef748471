"""Application-wide key filter: feeds the core scan detector, swallows scans, releases typing.

Every printable key press (and Enter/Tab) is held back and copied; the detector decides
whether the held keys were a scan (consumed, ``scanned`` emitted) or a person typing
(re-sent, in order, to the widget they were meant for). So a scan never lands in a text
field, wherever focus is, and typing is delayed by a few tens of milliseconds at most.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from desktop_app.domain.scan_detector import Release, Scan, ScanDetector

_COMMAND_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)
_TERMINATOR_TEXT = {Qt.Key.Key_Return: "\r", Qt.Key.Key_Enter: "\r", Qt.Key.Key_Tab: "\t"}


def _monotonic_ms() -> int:
    return time.monotonic_ns() // 1_000_000


class ScanKeyFilter(QObject):
    scanned = Signal(str)

    def __init__(
        self,
        detector: ScanDetector | None = None,
        clock: Callable[[], int] = _monotonic_ms,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.detector = detector or ScanDetector()
        self._clock = clock
        self._held: deque[tuple[QObject, QKeyEvent]] = deque()
        self._reposting = False
        self._timer = QTimer(self)
        self._timer.setInterval(10)
        self._timer.timeout.connect(self._tick)

    def install(self, app: QApplication) -> None:
        app.installEventFilter(self)

    def uninstall(self, app: QApplication) -> None:
        app.removeEventFilter(self)
        self._apply(self.detector.flush())

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if self._reposting or event.type() != QEvent.Type.KeyPress:
            return False
        if not isinstance(obj, QWidget) or not isinstance(event, QKeyEvent):
            return False  # the window forwards the key to its focus widget; act there
        text = _TERMINATOR_TEXT.get(Qt.Key(event.key()), event.text())
        wedge_key = (
            len(text) == 1
            and (text.isprintable() or text in "\r\t")
            and not event.modifiers() & _COMMAND_MODIFIERS
        )
        if not wedge_key:
            self._apply(self.detector.flush())  # keep typed order around a non-text key
            return False
        copy = QKeyEvent(
            QEvent.Type.KeyPress,
            event.key(),
            event.modifiers(),
            event.text(),
            event.isAutoRepeat(),
            event.count(),
        )
        self._held.append((obj, copy))
        self._apply(self.detector.key(text, self._clock()))
        if self.detector.holding and not self._timer.isActive():
            self._timer.start()
        return True

    def _tick(self) -> None:
        self._apply(self.detector.tick(self._clock()))
        if not self.detector.holding:
            self._timer.stop()

    def _apply(self, decisions: list[Release | Scan]) -> None:
        for decision in decisions:
            if isinstance(decision, Release):
                for _ in range(decision.count):
                    receiver, key_event = self._held.popleft()
                    self._resend(receiver, key_event)
            else:
                for _ in range(decision.keys):
                    self._held.popleft()
                self.scanned.emit(decision.text)

    def _resend(self, receiver: QObject, key_event: QKeyEvent) -> None:
        self._reposting = True
        try:
            QApplication.sendEvent(receiver, key_event)
        except RuntimeError:
            pass  # the widget was closed while its key was held
        finally:
            self._reposting = False
