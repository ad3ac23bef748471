"""Interface language: Qt Linguist catalogues from resources/i18n, Bahasa Indonesia first.

Source strings in the code are English; ``pakta_id.qm`` and ``pakta_en.qm`` are compiled
from the .ts sources (``python -m ui.i18n_build``). Widgets re-read their texts on
QEvent.LanguageChange, so switching language needs no restart.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QTranslator

from desktop_app.resources import resource_path

log = logging.getLogger(__name__)

LANGUAGES = ("id", "en")
DEFAULT_LANGUAGE = "id"
_installed: dict[int, QTranslator] = {}
_current: dict[int, str] = {}


def catalogue_path(language: str, suffix: str = "qm") -> str:
    return str(resource_path("i18n", f"pakta_{language}.{suffix}"))


def set_language(app: QCoreApplication, language: str) -> str:
    """Install the catalogue of ``language`` (falls back to Indonesian); returns the one used."""
    if language not in LANGUAGES:
        language = DEFAULT_LANGUAGE
    key = id(app)
    if _current.get(key) == language:
        return language
    translator = QTranslator(app)
    if not translator.load(catalogue_path(language)):
        log.error("cannot load the %s catalogue at %s", language, catalogue_path(language))
    old = _installed.pop(key, None)
    if old is not None:
        app.removeTranslator(old)
    app.installTranslator(translator)
    _installed[key] = translator
    _current[key] = language
    return language


def current_language(app: QCoreApplication) -> str:
    return _current.get(id(app), DEFAULT_LANGUAGE)
