"""The desk's composition root: store, controller, workers, relay and window (``pakta desk``)."""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app.desk.controller import DeskController
from desktop_app.desk.events import EventBus, OperatorMessage
from desktop_app.desk.station import DeskStation, open_station
from desktop_app.resources import resource_path
from ui.excepthook import install, setup_logging
from ui.gui_gc import collect_on_gui_thread
from ui.i18n import set_language
from ui.main_window import DeskWindow
from ui.relay import Relay


@dataclass
class Desk:
    app: QApplication
    desk: DeskController
    relay: Relay
    window: DeskWindow
    station: DeskStation

    def close(self) -> None:
        # Late answers from the workers are dropped first, then the workers stop, and only
        # then does the window go: no callback runs against a closing view.
        self.relay.detach()
        self.desk.stop()
        self.window.close()  # freed later on the GUI thread only (ui/gui_gc.py)


GIL_SWITCH_S = 0.001


def application() -> QApplication:
    # The workers (database, printing, sync) run Python too; a shorter GIL switch interval
    # gets the GUI thread the interpreter back sooner when a timer or input wakes it.
    sys.setswitchinterval(GIL_SWITCH_S)
    app = QApplication.instance()
    if isinstance(app, QApplication):
        collect_on_gui_thread(app)
        return app
    app = QApplication(sys.argv[:1])
    collect_on_gui_thread(app)
    app.setApplicationName("Pakta Station")
    icon = resource_path("icons", "pakta-station.png")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def load_style(app: QApplication) -> None:
    with contextlib.suppress(OSError):  # without it: plain Qt look, the desk still works
        app.setStyleSheet(resource_path("styles", "desk.qss").read_text("utf-8"))


def build_desk(
    station: DeskStation,
    *,
    print_poll_s: float = 2.0,
    sync: bool = True,
    language: str | None = None,
    clock: Callable[[], float] | None = None,
    excepthook: bool = True,
) -> Desk:
    """Everything wired and started; the window is not shown yet."""
    app = application()
    load_style(app)
    set_language(app, language or station.language)  # before any widget: no flash
    bus = EventBus()
    # Owned by the application, not by a Python reference: a worker thread that outlives the
    # desk (a join that timed out) may still post to it, and it must still exist then.
    relay = Relay(bus, parent=app)
    desk = station.controller(
        relay.call_soon, bus, print_poll_s=print_poll_s, sync=sync, clock=clock
    )
    window = DeskWindow(desk, relay, station.rig)
    if excepthook:
        install(lambda: relay.call_soon(lambda: bus.publish(OperatorMessage("crash", error=True))))
    desk.start()
    return Desk(app, desk, relay, window, station)


def run_desk(data_dir: Path | None, *, demo: bool = False, fullscreen: bool = False) -> int:
    app = application()
    try:
        station = open_station(data_dir, demo=demo)
    except Exception as exc:  # a person sees a sentence, not a traceback
        QMessageBox.critical(None, "Pakta Station", f"Pakta Station tidak dapat dimulai:\n{exc}")
        return 3
    if demo:
        print(f"Demo data folder: {station.data_dir} (operator PIN 1234)", file=sys.stderr)
    setup_logging(station.log_dir)
    # Imported here: the wizard's modules (printer discovery, ESC/POS) slow every start.
    from ui.wizard.hook import first_run_if_needed

    first_run_if_needed(station)  # the first-run wizard on a station nobody has set up
    desk = build_desk(station)
    if fullscreen:
        desk.window.showFullScreen()
    else:
        desk.window.resize(1366, 768)
        desk.window.showMaximized()
    code = app.exec()
    desk.close()
    station.close()
    return code


def main() -> int:
    data = os.environ.get("PAKTA_DATA_DIR")
    return run_desk(Path(data) if data else None)


if __name__ == "__main__":
    sys.exit(main())
