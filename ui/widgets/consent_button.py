"""The attendee-side consent button: a press of a finger, a pen or a mouse, never a key.

It takes no keyboard focus and ignores every key, so the attendant's Enter or Space can never
press it, and it says *how* it was pressed: ``consented`` carries the consent method
(screen_touch, screen_pen, screen_mouse) taken from the pointing device of the press. The
ordinary ``clicked`` signal (which ``click()`` and the keyboard also emit) is not used for
consent at all. On a two-screen desk only the attendee screen's button consents: the one on
the attendant's window does nothing while the attendee screen is open.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QInputDevice, QKeyEvent, QMouseEvent, QPointerEvent, QTouchEvent
from PySide6.QtWidgets import QApplication, QPushButton, QSizePolicy, QWidget

from desktop_app.domain.consent import ConsentMethod

_PEN_DEVICES = (QInputDevice.DeviceType.Stylus, QInputDevice.DeviceType.Airbrush)
ATTENDEE_SCREEN = "attendeeScreen"  # the object name of ui.attendee_screen.AttendeeScreen


def attendee_screen_open() -> bool:
    return any(
        w.objectName() == ATTENDEE_SCREEN and w.isVisible() for w in QApplication.topLevelWidgets()
    )


def pointer_method(event: QPointerEvent) -> ConsentMethod:
    """Which kind of press this is, by the device that made it."""
    device = event.device()
    kind = device.type() if device is not None else QInputDevice.DeviceType.Mouse
    if kind == QInputDevice.DeviceType.TouchScreen:
        return ConsentMethod.SCREEN_TOUCH
    if kind in _PEN_DEVICES:
        return ConsentMethod.SCREEN_PEN
    return ConsentMethod.SCREEN_MOUSE


class ConsentButton(QPushButton):
    consented = Signal(str)  # a ConsentMethod value

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "primary")
        self.setMinimumHeight(72)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAutoDefault(False)
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        self._pressed: ConsentMethod | None = None

    def attendee_side(self) -> bool:
        """Is this the attendee's button (their own screen, or the only screen there is)?"""
        return self.window().objectName() == ATTENDEE_SCREEN or not attendee_screen_open()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        left = event.button() == Qt.MouseButton.LeftButton
        self._pressed = pointer_method(event) if left else None
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        pressed, self._pressed = self._pressed, None
        super().mouseReleaseEvent(event)
        inside = self.rect().contains(event.position().toPoint())
        if pressed is not None and inside and self.isEnabled() and self.attendee_side():
            self.consented.emit(pressed.value)

    def event(self, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd):
            assert isinstance(event, QTouchEvent)
            self._touch(event)
            return True
        if kind == QEvent.Type.TouchCancel:
            self.setDown(False)
            return True
        return super().event(event)

    def _touch(self, event: QTouchEvent) -> None:
        event.accept()
        if not self.isEnabled():
            return
        points = event.points()
        inside = bool(points) and self.rect().contains(points[0].position().toPoint())
        if event.type() != QEvent.Type.TouchEnd:
            self.setDown(inside)
            return
        self.setDown(False)
        if inside and self.attendee_side():
            self.consented.emit(ConsentMethod.SCREEN_TOUCH.value)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        event.ignore()  # never by keyboard: the key goes to the page (where it does nothing)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        event.ignore()
