"""Running the wizard's slow steps (roster import, server pull, device tests) off the GUI thread."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot

log = logging.getLogger(__name__)


class Background(QObject):
    """One job at a time: ``fn`` runs on a thread, ``done(result)`` back on the GUI thread.

    An exception in ``fn`` is delivered to ``done`` as the result, so a page can show it.
    """

    _finished = Signal(object, object)
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self.busy = False

    def run(self, fn: Callable[[], Any], done: Callable[[Any], None]) -> bool:
        if self.busy:
            return False
        self.busy = True
        self.busy_changed.emit(True)

        def work() -> None:
            try:
                result: Any = fn()
            except Exception as exc:  # shown on the page, logged for support
                log.warning("wizard step failed: %s: %s", type(exc).__name__, exc)
                result = exc
            self._finished.emit(done, result)

        threading.Thread(target=work, name="wizard-step", daemon=True).start()
        return True

    @Slot(object, object)
    def _deliver(self, done: Callable[[Any], None], result: Any) -> None:
        self.busy = False
        self.busy_changed.emit(False)
        done(result)
