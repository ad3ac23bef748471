"""Cyclic garbage (widgets in reference cycles among it) is freed on the GUI thread only: a
worker thread that allocates a lot never frees a widget, the GUI thread's timer does."""

from __future__ import annotations

import gc
import threading
import weakref

from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from ui.gui_gc import collect_on_gui_thread


class _Cycle:
    def __init__(self) -> None:
        self.me = self
        self.widget = QWidget()  # owned by Python: freed when this cycle is collected


def test_a_worker_thread_never_frees_a_widget_the_gui_thread_does(
    qtbot: QtBot, qapp: QApplication
) -> None:
    collector = collect_on_gui_thread(qapp)
    assert not gc.isenabled()
    cycle = _Cycle()
    gone = weakref.ref(cycle)
    freed: list[bool] = []
    cycle.widget.destroyed.connect(lambda: freed.append(True))
    del cycle

    def allocate() -> None:  # far past every generation's threshold, on a worker thread
        for _ in range(50_000):
            junk: list[object] = []
            junk.append(junk)

    worker = threading.Thread(target=allocate)
    worker.start()
    worker.join()
    assert gone() is not None and not freed  # not collected on the worker

    qtbot.waitUntil(lambda: gone() is None, timeout=5000)  # the GUI thread's timer did it
    assert freed == [True]
    assert sum(collector.collections) > 0


def test_nothing_is_collected_before_a_threshold_is_passed(qapp: QApplication) -> None:
    collector = collect_on_gui_thread(qapp)
    gc.collect()
    assert collector.collect_due() == -1
