"""The base of every error raised on purpose, shared by station and server (the station's own
kinds are in desktop_app.domain.errors)."""

from __future__ import annotations


class PaktaError(Exception):
    """Base of every error the core raises on purpose."""

    code = "error"


class InvalidInput(PaktaError):
    """Input that cannot be accepted (bad file, bad argument, bad value); nothing was changed."""

    code = "invalid_input"
