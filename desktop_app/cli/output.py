"""How commands speak: one JSON object on stdout with --json, human text otherwise."""

from __future__ import annotations

import errno
import json
import sys
from dataclasses import dataclass
from typing import Any

from desktop_app.domain.errors import (
    AlreadySigned,
    DeviceUnavailable,
    IntegrityFailure,
    NotFound,
    PaktaError,
    SignatureDeleted,
)

EXIT_OK = 0
EXIT_INVALID = 1  # the thing checked is not valid / not found
EXIT_USAGE = 2  # bad usage or unreadable input; nothing changed
EXIT_UNAVAILABLE = 3  # a needed device, printer or server is unavailable

# The errors of a full disk (or quota); Windows has no EDQUOT.
DISK_FULL = frozenset({errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)})


def exit_code_for(error: PaktaError) -> int:
    """The exit code of a core error that ends a command: by its type, never by its text."""
    if isinstance(error, DeviceUnavailable):
        return EXIT_UNAVAILABLE
    if isinstance(error, NotFound | AlreadySigned | IntegrityFailure | SignatureDeleted):
        return EXIT_INVALID
    return EXIT_USAGE  # InvalidInput, StoreVersionError and any other refusal: nothing changed


# Errors outside the PaktaError tree that a handler may let through, by class name so that
# naming them costs no import (the sync client pulls in httpx).
_FOREIGN_ERRORS = {
    "desktop_app.sync.client.ServerUnavailable": EXIT_UNAVAILABLE,
    "desktop_app.sync.client.NotAuthorised": EXIT_UNAVAILABLE,
    "desktop_app.sync.client.RequestRefused": EXIT_USAGE,
    "desktop_app.sync.cycle.NotEnrolled": EXIT_USAGE,
}


def foreign_exit_code(error: BaseException) -> int | None:
    """The exit code of a known non-core error (sync client), None for a real surprise."""
    for cls in type(error).__mro__:
        code = _FOREIGN_ERRORS.get(f"{cls.__module__}.{cls.__qualname__}")
        if code is not None:
            return code
    return None


class CommandError(Exception):
    """Ends a command with a message on stderr and an exit code; nothing was changed."""

    def __init__(self, message: str, exit_code: int = EXIT_USAGE) -> None:
        super().__init__(message)
        self.exit_code = exit_code


@dataclass
class Output:
    json_mode: bool

    def result(self, payload: dict[str, Any], human: str) -> None:
        """Print the command's result: the JSON object, or the human text."""
        if self.json_mode:
            sys.stdout.write(json.dumps(payload, ensure_ascii=False, default=str) + "\n")
        else:
            sys.stdout.write(human.rstrip("\n") + "\n")
        sys.stdout.flush()

    def line(self, payload: dict[str, Any], human: str) -> None:
        """One line of a stream (JSON Lines with --json)."""
        self.result(payload, human)

    def progress(self, text: str) -> None:
        """Progress goes to stderr, and only to a terminal."""
        if sys.stderr.isatty():
            sys.stderr.write("\r" + text)
            sys.stderr.flush()
