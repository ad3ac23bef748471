"""The canonical form of a record and its hash: shared, byte for byte, with the server.

A record's hash is SHA-256 over the UTF-8 of its canonical JSON (sorted keys, no spaces, no
ASCII escaping) of exactly the hashed fields of its own format (``fields["format"]``). Large
blobs enter by their own SHA-256. The station's Ed25519 signature is over the ASCII hex of the
record hash.

Formats: 1 is the first release's record; 2 adds how consent was given (``consent_method``),
when the pledge was first on screen (``pledge_shown_at``, UTC ISO) and the ceremony's time
zone the attendee saw (``timezone``). A record is always hashed by its own format's list, so
format-1 records keep verifying everywhere. New records are RECORD_FORMAT.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from typing import Any

RECORD_FORMAT = 2
GENESIS_HASH = "0" * 64

_FORMAT_1: tuple[str, ...] = (
    "format",
    "id",
    "kind",
    "refers_to",
    "reason",
    "ceremony_id",
    "identifier",
    "id_kind",
    "name",
    "rank",
    "position",
    "unit",
    "instansi",
    "template_id",
    "text_sha256",
    "consent_at",
    "signature_sha256",
    "image_sha256",
    "device",
    "operator",
    "station_id",
    "station_seq",
    "signed_at",
    "mono_ns",
    "prev_hash",
    "flagged",
)
FORMAT_2_FIELDS: tuple[str, ...] = ("consent_method", "pledge_shown_at", "timezone")

# Never change a list once records of its format exist: add a format instead.
FIELDS_BY_FORMAT: dict[int, tuple[str, ...]] = {
    1: _FORMAT_1,
    2: _FORMAT_1 + FORMAT_2_FIELDS,
}
HASHED_FIELDS = FIELDS_BY_FORMAT[RECORD_FORMAT]  # the fields of a new record
# Every field any format hashes (the union, in a stable order): columns, wire, seal.
ALL_HASHED_FIELDS: tuple[str, ...] = tuple(
    dict.fromkeys(name for names in FIELDS_BY_FORMAT.values() for name in names)
)


def hashed_fields(record_format: object) -> tuple[str, ...]:
    """The hashed fields of a record format; ValueError for a format this code does not know."""
    if isinstance(record_format, bool) or not isinstance(record_format, int):
        raise ValueError(f"record format {record_format!r} is not a number")
    try:
        return FIELDS_BY_FORMAT[record_format]
    except KeyError:
        raise ValueError(f"record format {record_format} is not supported") from None


def canonical_bytes(fields: Mapping[str, Any]) -> bytes:
    """The canonical JSON of a record's hashed fields, chosen by its own ``format``."""
    names = hashed_fields(fields.get("format"))
    missing = [f for f in names if f not in fields]
    if missing:
        raise ValueError(f"record lacks fields: {', '.join(missing)}")
    subset = {name: fields[name] for name in names}
    return json.dumps(subset, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode(
        "utf-8"
    )


def record_hash(fields: Mapping[str, Any]) -> str:
    return hashlib.sha256(canonical_bytes(fields)).hexdigest()


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def text_sha256(text: str) -> str:
    """Hash of a pledge text exactly as shown (UTF-8, line endings normalised to LF)."""
    return sha256_hex(text.replace("\r\n", "\n").encode("utf-8"))
