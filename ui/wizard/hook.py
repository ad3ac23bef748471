"""The desk's one call into the wizard: before the desk window, set up a new station.

ui/app.py calls ``first_run_if_needed(station)`` after opening the station and before building
the desk. Skipping is always allowed (the desk starts; the wizard comes back next time); a demo
station never sees it (it comes prepared). Whether the station needs it, and what it has, is
read by the setup controller on its worker, never on the GUI thread.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from desktop_app.desk.events import EventBus
from desktop_app.desk.station import DeskStation
from desktop_app.setup.controller import SetupController
from desktop_app.setup.events import SetupFailed, SetupLoaded
from ui.i18n import set_language
from ui.wizard.relay import SetupRelay
from ui.wizard.wizard import FirstRunWizard

log = logging.getLogger(__name__)
LOAD_TIMEOUT_MS = 60_000  # a store that does not answer in a minute: start the desk instead


def open_setup(station: DeskStation) -> tuple[SetupController, SetupRelay]:
    """The setup controller, started, with what the station has loaded (the event loop turns
    meanwhile: the load runs on the controller's worker)."""
    bus = EventBus()
    relay = SetupRelay(bus)
    setup = SetupController(station.store, call_soon=relay.call_soon, bus=bus)
    loop = QEventLoop()

    def answered(event: object) -> None:
        if isinstance(event, SetupLoaded | SetupFailed):
            loop.quit()

    relay.event.connect(answered)
    QTimer.singleShot(LOAD_TIMEOUT_MS, loop.quit)
    setup.start()
    if setup.needed is None:
        loop.exec()
    relay.event.disconnect(answered)
    return setup, relay


def first_run_if_needed(station: DeskStation) -> bool:
    """Show the wizard on a station that is not set up; True when it was set up now."""
    if station.rig is not None:
        return False
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        raise RuntimeError("the first-run wizard needs the desk's QApplication")
    setup, relay = open_setup(station)
    try:
        if not setup.needed:  # set up already (or the store did not answer: the desk says so)
            return False
        set_language(app, station.language)  # before the first page is built
        wizard = FirstRunWizard(setup, relay)
        done = wizard.exec() == FirstRunWizard.DialogCode.Accepted
        log.info("first-run setup %s", "finished" if done else "skipped")
        return done
    finally:
        setup.stop()
        relay.detach()
