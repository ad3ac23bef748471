"""Enter and Esc for the desk wherever focus is, and the attendant's activity for the flow.

A click on the operator panel (a table, a button) took the keyboard focus away from the page,
and with it Enter and Esc. This application-wide filter gives them to the page on screen
whatever was clicked last, while no modal dialog is open. Text fields keep their own Enter
(a search picks, a form submits through its page); Esc is always the page's.

It is installed before the scan filter, so it runs after it: a scanner's Enter that ends a
badge never reaches here; a person's Enter comes back from the scan filter and does.

Every key and click in the desk's windows also tells the flow the attendant is at work, so a
form or notice does not time out under their hands.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QLineEdit, QWidget

from desktop_app.desk.controller import DeskController
from ui.pages.base import Page

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class DeskKeys(QObject):
    def __init__(
        self,
        desk: DeskController,
        page: Callable[[], Page],
        windows: Callable[[], list[QWidget]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self._page = page
        self._windows = windows

    def install(self, app: QApplication) -> None:
        app.installEventFilter(self)

    def uninstall(self, app: QApplication) -> None:
        app.removeEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress):
            return False
        if not isinstance(obj, QWidget) or obj.window() not in self._windows():
            return False  # dialogs and other windows handle their own keys
        if QApplication.activeModalWidget() is not None:
            return False
        self.desk.attendant_active()
        if kind is not QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        key = event.key()
        if key not in (*_ENTER, Qt.Key.Key_Escape):
            return False
        if key in _ENTER and _takes_enter(obj):
            return False  # the field's own Enter; unhandled, it goes on to its page
        page = _page_of(obj)
        if page is None:
            page = self._page()  # the panel or the window: the page on screen
        elif not page.isVisible():
            return False  # a key still travelling up from a page the flow has just left
        action = page.primary if key in _ENTER else page.escape
        if action is None:
            return False
        if not event.isAutoRepeat():  # a held key is one press
            action()
        return True


def _page_of(widget: QWidget) -> Page | None:
    current: QObject | None = widget
    while current is not None:
        if isinstance(current, Page):
            return current
        current = current.parent()
    return None


def _takes_enter(widget: QWidget) -> bool:
    if isinstance(widget, QLineEdit | QAbstractSpinBox):
        return True
    return isinstance(widget, QComboBox) and widget.isEditable()
