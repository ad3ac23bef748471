"""The canonical form of a record and its hash: shared, byte for byte, with the server.

A record's hash is SHA-256 over the UTF-8 of its canonical JSON (sorted keys, no spaces, no
ASCII escaping) of exactly the fields in HASHED_FIELDS. Large blobs enter by their own SHA-256.
The station's Ed25519 signature is over the ASCII hex of the record hash.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from typing import Any

RECORD_FORMAT = 1
GENESIS_HASH = "0" * 64

HASHED_FIELDS: tuple[str, ...] = (
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


def canonical_bytes(fields: Mapping[str, Any]) -> bytes:
    missing = [f for f in HASHED_FIELDS if f not in fields]
    if missing:
        raise ValueError(f"record lacks fields: {', '.join(missing)}")
    subset = {name: fields[name] for name in HASHED_FIELDS}
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
