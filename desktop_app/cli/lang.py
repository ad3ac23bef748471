"""The language of the CLI's human text: English source strings, Bahasa Indonesia beside them.

Like Qt's tr(): a command writes ``t("Wrote {path} ({n} badges)", path=..., n=...)`` with the
English text as the key; ``--lang id`` (or an Indonesian locale) looks the same key up in the
catalogue (``desktop_app/cli/catalogue_id.py``) and fills in the values. JSON output never goes
through here. ``tests/core/test_cli_lang.py`` checks that every t() text has a translation with
the same placeholders.
"""

from __future__ import annotations

import locale
import os
from typing import Literal

from desktop_app.cli.catalogue_id import INDONESIAN

Language = Literal["en", "id"]
LANGUAGES: tuple[Language, ...] = ("id", "en")

_current: Language = "en"


def locale_language(environ: dict[str, str] | None = None) -> Language:
    """Indonesian when the user's locale is Indonesian (LANGUAGE, LC_ALL, LC_MESSAGES, LANG,
    then the OS: Windows names it 'Indonesian_Indonesia'), else English."""
    env = os.environ if environ is None else environ
    names = [env.get(key, "") for key in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")]
    if not any(names) and environ is None:
        try:
            names.append(locale.getlocale()[0] or "")
        except ValueError:  # an unparsable locale name is no reason to stop
            pass
    for name in names:
        if not name or name.split(".")[0] in ("C", "POSIX"):
            continue
        first = name.split(":")[0].lower()
        return "id" if first.startswith(("id", "in_", "indonesian")) else "en"
    return "en"


def set_language(lang: str | None) -> Language:
    """Choose the language for this process: --lang when given, else the locale."""
    global _current
    _current = "id" if lang == "id" else "en" if lang == "en" else locale_language()
    return _current


def language() -> Language:
    return _current


def t(text: str, /, **values: object) -> str:
    """``text`` in the chosen language, with ``{name}`` placeholders filled from ``values``."""
    template = INDONESIAN.get(text, text) if _current == "id" else text
    return template.format(**values) if values else template
