"""The receipt seal: a compact QR payload proving offline that a receipt shows a genuine record.

Format (version 1)::

    PKS1:<base45 of the payload bytes>

Base45 (RFC 9285) keeps the text inside the QR alphanumeric alphabet, which packs 5.5 bits per
character, so the code stays small enough for an 80 mm roll. The payload bytes are::

    offset  size  content
    0       1     seal layout version (1)
    1       1     record format (integrity.record_hash.RECORD_FORMAT)
    2       4     key id of the signing station key (8 hex digits = 4 bytes)
    6       64    the record's station signature: Ed25519 over the ASCII hex of its record hash
    70      16    record id (UUID)
    86      16    ceremony id (UUID)
    102     16    station id (UUID)
    118     16    template id (UUID; all zero when the record has none)
    134     32    text_sha256       (SHA-256 of the pledge text exactly as shown)
    166     32    signature_sha256
    198     32    image_sha256
    230     32    prev_hash
    262     ...   raw DEFLATE of the canonical JSON array of the remaining hashed fields of
                  the record's format, in the order of ``tail_fields(format)``

So the seal carries *every* hashed field of the record plus the station's signature: the
verifier recomputes the record hash from the seal alone and checks the signature with the
station's public key (a trusted key of its store), with no network and without the record.
What the receipt *prints* (name, NIP, rank, position, unit, agency, record id, check code and
the pledge text) is then compared with the sealed fields; any difference is "altered text".
The record hash is not stored: it is recomputed, so a seal cannot claim one hash and carry
other fields. The check code printed for people is the first 40 bits of the record hash in
Crockford base32 (``XXXX-XXXX``).

The tail follows the record format in byte 1: a format-1 seal (the first release) carries the
format-1 fields; a format-2 seal also carries consent_method, pledge_shown_at and timezone
(appended at the end of the tail, in that order). The layout itself is unchanged (still 1), so
every seal printed so far still reads; a reader that does not know a record format refuses the
seal as damaged.
"""

from __future__ import annotations

import json
import uuid
import zlib
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from pakta_common.integrity.base_n import BaseN
from pakta_common.integrity.keys import verify_signature
from pakta_common.integrity.record_hash import FIELDS_BY_FORMAT, record_hash

SEAL_PREFIX = "PKS1:"
LAYOUT_VERSION = 1
MAX_SEAL_TEXT = 4000

_UUID_FIELDS = ("id", "ceremony_id", "station_id", "template_id")
_HASH_FIELDS = ("text_sha256", "signature_sha256", "image_sha256", "prev_hash")
_TAILS: dict[int, tuple[str, ...]] = {
    record_format: tuple(f for f in names if f not in ("format", *_UUID_FIELDS, *_HASH_FIELDS))
    for record_format, names in FIELDS_BY_FORMAT.items()
}
_HEAD = 2 + 4 + 64 + 16 * len(_UUID_FIELDS) + 32 * len(_HASH_FIELDS)

_BASE45 = BaseN("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:")
_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


class SealError(ValueError):
    """A seal text that cannot be read, or a record that cannot be sealed."""


class Problem(StrEnum):
    """What is wrong with a receipt; the value is the stable machine-readable reason code."""

    DAMAGED = "damaged_seal"
    NO_SEAL = "no_seal"
    UNKNOWN_KEY = "unknown_station_key"
    BAD_SIGNATURE = "bad_signature"
    UNKNOWN_RECORD = "unknown_record"
    ALTERED_TEXT = "altered_text"
    ALTERED_RECORD = "altered_record"
    UNKNOWN_TEMPLATE = "unknown_pledge_text"
    NO_TEXT = "no_readable_text"
    VOIDED = "voided"


@dataclass(frozen=True)
class Seal:
    key_id: str
    signature: bytes
    fields: dict[str, Any]  # every hashed field, "format" included

    @property
    def record_id(self) -> str:
        return str(self.fields["id"])

    @property
    def identifier(self) -> str:
        return str(self.fields["identifier"])

    @property
    def signed_at(self) -> str:
        return str(self.fields["signed_at"])

    def record_hash(self) -> str:
        return record_hash(self.fields)

    def signature_problem(self, public_key: bytes | None) -> Problem | None:
        """UNKNOWN_KEY without a key, BAD_SIGNATURE when it does not verify, else None."""
        if public_key is None:
            return Problem.UNKNOWN_KEY
        message = self.record_hash().encode("ascii")
        if not verify_signature(public_key, self.signature, message):
            return Problem.BAD_SIGNATURE
        return None


def tail_fields(record_format: int) -> tuple[str, ...]:
    """The hashed fields a seal carries in its compressed tail, for a record format."""
    try:
        return _TAILS[record_format]
    except KeyError:
        raise SealError(f"record format {record_format} is not known to this version") from None


def make_seal(fields: Mapping[str, Any], key_id: str) -> str:
    """The seal text of a record (its hashed fields and ``station_sig``) signed by ``key_id``."""
    try:
        head = bytearray([LAYOUT_VERSION, int(fields["format"])])
        head += bytes.fromhex(key_id)
        head += bytes.fromhex(str(fields["station_sig"]))
        for name in _UUID_FIELDS:
            value = fields[name]
            head += bytes(16) if value is None else _uuid_bytes(name, str(value))
        for name in _HASH_FIELDS:
            head += bytes.fromhex(str(fields[name]))
    except (KeyError, ValueError) as exc:
        raise SealError(f"record cannot be sealed: {exc}") from None
    if len(head) != _HEAD:
        raise SealError("record cannot be sealed: key id, signature or a hash has a wrong size")
    try:
        values = [fields[name] for name in tail_fields(head[1])]
    except KeyError as exc:
        raise SealError(f"record cannot be sealed: {exc}") from None
    tail = json.dumps(values, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    payload = bytes(head) + packer.compress(tail) + packer.flush()
    return SEAL_PREFIX + b45encode(payload)


def read_seal(text: str) -> Seal:
    """Parse a seal text (as decoded from the QR); SealError says why it is unreadable."""
    text = text.strip()
    if not text.startswith(SEAL_PREFIX):
        raise SealError("not a Pakta receipt seal")
    if len(text) > MAX_SEAL_TEXT:
        raise SealError("seal text is too long")
    try:
        payload = b45decode(text[len(SEAL_PREFIX) :])
    except ValueError as exc:
        raise SealError(f"damaged seal ({exc})") from None
    if len(payload) <= _HEAD or payload[0] != LAYOUT_VERSION:
        raise SealError("damaged seal (unknown layout or too short)")
    if payload[1] not in _TAILS:
        raise SealError(f"damaged seal (unknown record format {payload[1]})")
    fields: dict[str, Any] = {"format": payload[1]}
    key_id = payload[2:6].hex()
    signature = payload[6:70]
    pos = 70
    for name in _UUID_FIELDS:
        raw = payload[pos : pos + 16]
        fields[name] = (
            None if name == "template_id" and raw == bytes(16) else str(uuid.UUID(bytes=raw))
        )
        pos += 16
    for name in _HASH_FIELDS:
        fields[name] = payload[pos : pos + 32].hex()
        pos += 32
    try:
        unpacker = zlib.decompressobj(-15)
        tail = json.loads(unpacker.decompress(payload[pos:], 1 << 20).decode("utf-8"))
    except (zlib.error, UnicodeDecodeError, ValueError):
        raise SealError("damaged seal (field data unreadable)") from None
    names = _TAILS[payload[1]]
    if not isinstance(tail, list) or len(tail) != len(names):
        raise SealError("damaged seal (wrong number of fields)")
    fields.update(zip(names, tail, strict=True))
    return Seal(key_id, bytes(signature), fields)


def check_code(record_hash_hex: str) -> str:
    """The short code people can read off a receipt: ``XXXX-XXXX`` (Crockford base32)."""
    value = int(record_hash_hex[:10], 16)  # 40 bits
    chars = "".join(_CROCKFORD[(value >> shift) & 31] for shift in range(35, -1, -5))
    return f"{chars[:4]}-{chars[4:]}"


def _uuid_bytes(name: str, value: str) -> bytes:
    parsed = uuid.UUID(value)
    if str(parsed) != value:
        raise ValueError(f"{name} is not a canonical UUID")
    return parsed.bytes


def b45encode(data: bytes) -> str:
    """Base45 (RFC 9285)."""
    return _BASE45.encode(data)


def b45decode(text: str) -> bytes:
    try:
        return _BASE45.decode(text)
    except ValueError as exc:
        raise ValueError(f"not base45: {exc}") from None
