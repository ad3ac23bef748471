"""Python's cyclic garbage collector, run on the GUI thread only.

Widgets that take part in a reference cycle (a view and the lambdas it connected) are freed by
the cyclic collector, and CPython runs it on whichever thread happens to allocate at the time:
often a worker (database, printing, sync). A QWidget deleted from a worker thread crashes Qt
(a segfault or an abort in the middle of the next event, as the suite showed once in a while).
So the desk turns automatic collection off and collects from a timer on the GUI thread, with
CPython's own generational thresholds: the same collections, on the one thread allowed to free
a widget.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

CHECK_MS = 250


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject, interval_ms: int = CHECK_MS) -> None:
        super().__init__(parent)
        self._was_enabled = gc.isenabled()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.collect_due)
        self.collections = [0, 0, 0]  # per generation, for tests and diagnostics

    def start(self) -> None:
        gc.disable()
        self._timer.start()

    def stop(self) -> None:
        """Automatic collection back as it was (tests end a Qt session this way)."""
        self._timer.stop()
        if self._was_enabled:
            gc.enable()

    def collect_due(self) -> int:
        """Collect the oldest generation whose count is past its threshold; -1: none was."""
        counts = gc.get_count()
        thresholds = gc.get_threshold()
        generation = -1
        for g in range(3):
            if thresholds[g] and counts[g] > thresholds[g]:
                generation = g
        if generation >= 0:
            gc.collect(generation)
            self.collections[generation] += 1
        return generation


_installed: GuiThreadCollector | None = None


def collect_on_gui_thread(app: QObject) -> GuiThreadCollector:
    """Install the collector once for ``app`` (idempotent) and return it."""
    global _installed
    if _installed is None:
        _installed = GuiThreadCollector(app)
        _installed.start()
    return _installed


def stop_collecting_on_gui_thread() -> None:
    global _installed
    if _installed is not None:
        _installed.stop()
        _installed.deleteLater()
        _installed = None
