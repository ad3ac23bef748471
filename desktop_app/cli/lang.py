"""The language of the CLI's human text: English source strings, Bahasa Indonesia beside them.

Like Qt's tr(): a command writes ``t("Wrote {path} ({n} badges)", path=..., n=...)`` with the
English text as the key; ``--lang id`` (or an Indonesian locale) looks the same key up in the
catalogue (``desktop_app/cli/catalogue_id.py``) and fills in the values. JSON output never goes
through here. ``tests/core/test_cli_lang.py`` checks that every t() text has a translation with
the same placeholders.
"""

from __future__ import annotations

import argparse
import contextlib
import locale
import os
import re
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
        with contextlib.suppress(ValueError):  # an unparsable locale is no reason to stop
            names.append(locale.getlocale()[0] or "")
    for name in names:
        if not name or name.split(".")[0] in ("C", "POSIX"):
            continue
        code = re.split(r"[_.@:-]", name, maxsplit=1)[0].lower()
        return "id" if code in ("id", "in", "indonesian") else "en"
    return "en"


def set_language(lang: str | None) -> Language:
    """Choose the language for this process: --lang when given, else the locale."""
    global _current
    _current = "id" if lang == "id" else "en" if lang == "en" else locale_language()
    # argparse words its usage errors through gettext (a module-level ``_``): ours instead, so
    # "the following arguments are required" reads in the chosen language too.
    argparse._ = _argparse_text  # type: ignore[attr-defined]
    return _current


def _argparse_text(message: str) -> str:
    return INDONESIAN.get(message, message) if _current == "id" else message


def language() -> Language:
    return _current


def t(text: str, /, **values: object) -> str:
    """``text`` in the chosen language, with ``{name}`` placeholders filled from ``values``."""
    template = INDONESIAN.get(text, text) if _current == "id" else text
    return template.format(**values) if values else template
