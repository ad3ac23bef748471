"""Typed errors of the core; ui/ and the CLI translate them into a person's words.

PaktaError and InvalidInput are shared with the server (pakta_common.errors: the roster reader
raises InvalidInput on both sides); the rest are the station's own.
"""

from __future__ import annotations

from pakta_common.errors import InvalidInput, PaktaError

__all__ = [
    "AlreadySigned",
    "CeremonyClosed",
    "DeviceUnavailable",
    "IntegrityFailure",
    "InvalidInput",
    "NotFound",
    "PaktaError",
    "SignatureDeleted",
    "StoreVersionError",
]


class NotFound(PaktaError):
    """A ceremony, employee or record that does not exist."""

    code = "not_found"


class AlreadySigned(PaktaError):
    """The employee already has a valid pledge in this ceremony."""

    code = "already_signed"

    def __init__(self, message: str, *, record_id: str, signed_at: str, station: str) -> None:
        super().__init__(message)
        self.record_id = record_id
        self.signed_at = signed_at
        self.station = station


class StoreVersionError(PaktaError):
    """The data folder was written by a newer Pakta Station than this one."""

    code = "store_too_new"


class IntegrityFailure(PaktaError):
    """A record, chain or seal does not verify."""

    code = "integrity"


class SignatureDeleted(PaktaError):
    """The signature data of this ceremony was erased (its retention period ended)."""

    code = "deleted"


class DeviceUnavailable(PaktaError):
    """A needed device, printer or server is not reachable."""

    code = "device_unavailable"


class CeremonyClosed(PaktaError):
    """The ceremony was closed (its berita acara signed): no more signings are taken."""

    code = "ceremony_closed"
