"""Bahasa Indonesia for the CLI's human text, keyed by the English source (see cli/lang.py)."""

from __future__ import annotations

INDONESIAN: dict[str, str] = {
}
