"""Badge text → what it claims to identify: a pure parser, no keys and no database.

Three forms are accepted:

* a bare NIP (surrounding whitespace, CR, LF and Tab tolerated; spaces, dots and dashes inside);
* a URL containing a NIP (``?nip=...`` query value first, else one 18-digit run in the path);
* our own signed badge payload, ``PKT1.<nip>.<key id>.<signature>``, where the key id is the
  first 8 hex digits of the SHA-256 of the issuer's Ed25519 public key and the signature is
  base64url (no padding) over the ASCII bytes ``PKT1.<nip>.<key id>``.

Everything else is a typed ``invalid`` result with a reason; this module never raises.
"""

from __future__ import annotations

import base64
import binascii
import re
import urllib.parse
from dataclasses import dataclass
from enum import StrEnum

from pakta_common.nip import NipError, normalise_nip_text, parse_nip

SIGNED_PREFIX = "PKT1"
MAX_BADGE_TEXT = 2048

_NIP_RUN = re.compile(r"(?<!\d)\d{18}(?!\d)")
_SIGNED = re.compile(r"^PKT1\.(\d{18}|[A-Za-z0-9\-]{3,40})\.([0-9a-f]{8})\.([A-Za-z0-9_\-]{86})$")


class BadgeForm(StrEnum):
    BARE = "bare"
    URL = "url"
    SIGNED = "signed"
    INVALID = "invalid"


@dataclass(frozen=True, slots=True)
class BadgeText:
    """What a scanned text says. ``identifier`` is a NIP or a non-NIP attendee identifier."""

    form: BadgeForm
    identifier: str = ""
    reason: str = ""
    key_id: str = ""
    signature: bytes = b""

    @property
    def signed_message(self) -> bytes:
        return f"{SIGNED_PREFIX}.{self.identifier}.{self.key_id}".encode("ascii")


def _invalid(reason: str) -> BadgeText:
    return BadgeText(BadgeForm.INVALID, reason=reason)


def parse_badge_text(text: str) -> BadgeText:
    """Classify one scanned text; never raises."""
    if len(text) > MAX_BADGE_TEXT:
        return _invalid(f"text too long for a badge ({len(text)} characters)")
    stripped = text.strip(" \t\r\n")
    if not stripped:
        return _invalid("empty scan")
    if any(not ch.isprintable() for ch in stripped):
        return _invalid(
            "unreadable characters in the scan (scanner keyboard layout or mode is wrong?)"
        )
    if stripped.startswith(SIGNED_PREFIX + "."):
        return _parse_signed(stripped)
    lowered = stripped.lower()
    if lowered.startswith(("http://", "https://")):
        return _parse_url(stripped)
    candidate = normalise_nip_text(stripped)
    if candidate.isascii() and candidate.isdigit():
        try:
            nip = parse_nip(candidate)
        except NipError as exc:
            return _invalid(f"not a valid NIP: {exc}")
        return BadgeText(BadgeForm.BARE, nip.value)
    return _invalid("not a NIP, a badge URL or a Pakta badge")


def _parse_signed(text: str) -> BadgeText:
    match = _SIGNED.match(text)
    if match is None:
        return _invalid("damaged Pakta badge (format not recognised)")
    identifier, key_id, sig_text = match.groups()
    try:
        signature = base64.urlsafe_b64decode(sig_text + "==")
    except (binascii.Error, ValueError):
        return _invalid("damaged Pakta badge (signature unreadable)")
    if len(signature) != 64:
        return _invalid("damaged Pakta badge (signature length)")
    if identifier.isdigit():
        try:
            parse_nip(identifier)
        except NipError as exc:
            return _invalid(f"badge carries an invalid NIP: {exc}")
    return BadgeText(BadgeForm.SIGNED, identifier, key_id=key_id, signature=signature)


def _parse_url(text: str) -> BadgeText:
    try:
        parts = urllib.parse.urlsplit(text)
    except ValueError:
        return _invalid("malformed URL")
    query = urllib.parse.parse_qs(parts.query)
    for key, values in query.items():
        if key.lower() in ("nip", "id_pegawai", "nip_baru"):
            for value in values:
                cand = normalise_nip_text(value)
                try:
                    return BadgeText(BadgeForm.URL, parse_nip(cand).value)
                except NipError as exc:
                    return _invalid(f"URL carries an invalid NIP: {exc}")
    runs = set(_NIP_RUN.findall(parts.path + "?" + parts.query))
    if not runs:
        return _invalid("URL contains no NIP")
    if len(runs) > 1:
        return _invalid("URL contains more than one NIP")
    (run,) = runs
    try:
        return BadgeText(BadgeForm.URL, parse_nip(run).value)
    except NipError as exc:
        return _invalid(f"URL carries an invalid NIP: {exc}")


def encode_signed_badge(identifier: str, key_id: str, signature: bytes) -> str:
    """The text printed into a badge QR (the inverse of parse_badge_text for signed badges)."""
    sig = base64.urlsafe_b64encode(signature).rstrip(b"=").decode("ascii")
    return f"{SIGNED_PREFIX}.{identifier}.{key_id}.{sig}"
