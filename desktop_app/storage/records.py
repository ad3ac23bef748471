"""Mapping between stored record rows and the field dictionaries that are hashed and synced."""

from __future__ import annotations

from typing import Any

from desktop_app.storage.models import SignedPledge
from pakta_common.integrity.record_hash import hashed_fields


def record_fields(row: SignedPledge) -> dict[str, Any]:
    """The hashed fields of a stored record (its own format's list), its hash and signature."""
    fields: dict[str, Any] = {"format": row.format}
    for name in hashed_fields(row.format):
        if name != "format":
            fields[name] = getattr(row, name)
    fields["record_hash"] = row.record_hash
    fields["station_sig"] = row.station_sig
    return fields
