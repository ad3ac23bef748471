"""A list of people for `pakta server ceremony create|take --list FILE`: NIPs (or other
identifiers) one a line, parsed as the roster stores them."""

from __future__ import annotations

from pathlib import Path

from desktop_app.cli.lang import t
from desktop_app.cli.output import EXIT_USAGE, CommandError


def read_identifier_list(path: Path) -> list[str]:
    """NIPs (or other identifiers) one a line, as the roster stores them; blank lines and
    lines starting with # are skipped. Unreadable: exit 2, nothing changed."""
    from pakta_common.nip import NipError, normalise_nip_text, parse_nip  # on use: CLI start-up

    try:
        lines = path.read_text("utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise CommandError(
            t(
                "cannot read {path}: {reason}",
                path=path,
                reason=getattr(exc, "strerror", "") or exc,
            ),
            EXIT_USAGE,
        ) from None
    identifiers: list[str] = []
    for number, raw in enumerate(lines, start=1):
        text = raw.strip()
        if not text or text.startswith("#"):
            continue
        digits = normalise_nip_text(text)
        try:
            identifiers.append(parse_nip(digits).value)
        except NipError:
            if not digits.isdigit() and 3 <= len(text) <= 40:
                identifiers.append(text.upper())
            else:
                raise CommandError(
                    t(
                        "{path}: line {line}: {text!r} is not a NIP or identifier",
                        path=path,
                        line=number,
                        text=text[:60],
                    ),
                    EXIT_USAGE,
                ) from None
    return identifiers
