"""The desk's composition root: store, controller, workers, relay and window (``pakta desk``)."""

from __future__ import annotations

import contextlib
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app.desk.controller import DeskController
from desktop_app.desk.demo import DemoRig, new_demo_dir, prepare_demo_store
from desktop_app.desk.events import EventBus, OperatorMessage
from desktop_app.printing.worker import PrintWorker
from desktop_app.resources import resource_path
from desktop_app.settings import LANGUAGE, get_setting
from desktop_app.storage.store import Store
from desktop_app.sync.worker import SyncWorker
from ui.excepthook import install, setup_logging
from ui.i18n import set_language
from ui.main_window import DeskWindow
from ui.relay import Relay


@dataclass
class Desk:
    app: QApplication
    desk: DeskController
    relay: Relay
    window: DeskWindow
    rig: DemoRig | None = None

    def close(self) -> None:
        self.window.close()
        self.relay.detach()
        self.desk.stop()
        if self.rig is not None:
            self.rig.stop()


def application() -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Pakta Station")
    return app


def load_style(app: QApplication) -> None:
    with contextlib.suppress(OSError):  # without it: plain Qt look, the desk still works
        app.setStyleSheet(resource_path("styles", "desk.qss").read_text("utf-8"))


def build_desk(
    store: Store,
    *,
    rig: DemoRig | None = None,
    print_poll_s: float = 2.0,
    sync: bool = True,
    language: str | None = None,
) -> Desk:
    """Everything wired and started; the window is not shown yet."""
    app = application()
    load_style(app)
    if language is None:
        with store.read() as session:  # before any widget exists: no flash of another language
            language = get_setting(session, LANGUAGE)
    set_language(app, language)
    bus = EventBus()
    relay = Relay(bus)
    desk = DeskController(
        store,
        call_soon=relay.call_soon,
        bus=bus,
        print_worker=PrintWorker(store, poll_s=print_poll_s),
        sync_worker=SyncWorker(store) if sync else None,
    )
    window = DeskWindow(desk, relay, rig)
    install(lambda: relay.call_soon(lambda: bus.publish(OperatorMessage("crash", error=True))))
    desk.start()
    return Desk(app, desk, relay, window, rig)


def run_desk(data_dir: Path | None, *, demo: bool = False, fullscreen: bool = False) -> int:
    app = application()
    rig: DemoRig | None = None
    try:
        if demo:
            rig = DemoRig().start()
            data_dir = data_dir or new_demo_dir()
            store = prepare_demo_store(data_dir, rig.pad.port, rig.scanner.port)
            print(f"Demo data folder: {data_dir} (operator PIN 1234)", file=sys.stderr)
        else:
            store = Store.open(data_dir)
    except Exception as exc:  # a person sees a sentence, not a traceback
        QMessageBox.critical(None, "Pakta Station", f"Pakta Station tidak dapat dimulai:\n{exc}")
        return 3
    setup_logging(store.paths.logs)
    desk = build_desk(store, rig=rig)
    if fullscreen:
        desk.window.showFullScreen()
    else:
        desk.window.resize(1366, 768)
        desk.window.showMaximized()
    code = app.exec()
    desk.close()
    store.close()
    return code


def main() -> int:
    data = os.environ.get("PAKTA_DATA_DIR")
    return run_desk(Path(data) if data else None)


if __name__ == "__main__":
    sys.exit(main())
