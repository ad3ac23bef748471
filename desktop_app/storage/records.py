"""Mapping between stored record rows and the field dictionaries that are hashed and synced."""

from __future__ import annotations

from typing import Any

from desktop_app.integrity.record_hash import HASHED_FIELDS, RECORD_FORMAT
from desktop_app.storage.models import SignedPledge


def record_fields(row: SignedPledge) -> dict[str, Any]:
    """The hashed fields of a stored record, plus its hash and station signature."""
    fields: dict[str, Any] = {"format": RECORD_FORMAT}
    for name in HASHED_FIELDS:
        if name != "format":
            fields[name] = getattr(row, name)
    fields["record_hash"] = row.record_hash
    fields["station_sig"] = row.station_sig
    return fields
