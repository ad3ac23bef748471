"""The desk's one call into the wizard: before the desk window, set up a new station.

ui/app.py calls ``first_run_if_needed(station)`` after opening the station and before building
the desk. Skipping is always allowed (the desk starts; the wizard comes back next time); a demo
station never sees it (it comes prepared).
"""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QApplication

from desktop_app.desk.station import DeskStation
from desktop_app.services.first_run import needs_setup
from ui.i18n import set_language
from ui.wizard.wizard import FirstRunWizard

log = logging.getLogger(__name__)


def first_run_if_needed(station: DeskStation) -> bool:
    """Show the wizard on a station that is not set up; True when it was set up now."""
    if station.rig is not None or not needs_setup(station.store):
        return False
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        raise RuntimeError("the first-run wizard needs the desk's QApplication")
    set_language(app, station.language)  # before the first page is built
    wizard = FirstRunWizard(station)
    done = wizard.exec() == FirstRunWizard.DialogCode.Accepted
    log.info("first-run setup %s", "finished" if done else "skipped")
    return done
