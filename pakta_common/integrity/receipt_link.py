"""The receipt's QR as a link any phone opens: the organiser's public server plus the seal.

A receipt's QR used to hold only the seal text (``PKS1:<base45>``), which a phone camera shows
as a blob. Now, when the desk knows its organiser's public address, the QR holds::

    HTTPS://PAKTA.EXAMPLE.GO.ID/V/<base41 of the seal's payload bytes>

The payload bytes are exactly those of the ``PKS1:`` seal (integrity.seal): the link is the
same proof in another spelling, and ``seal_from_link`` gives the seal text back. Base41 is
base45 (RFC 9285's 2 bytes → 3 characters) over the 41 characters of the QR alphanumeric
alphabet that need no escaping in a URL path (``0-9 A-Z $ * + - .``; 41³ > 2¹⁶, so the
grouping is the same and so is the length). Scheme and host are written in capitals
(they are case-insensitive), so the whole link stays in the QR's compact alphanumeric mode and
the code is no larger than the seal's. The page ``/v/<code>`` on the public server checks it
(server.public_verify); ``pakta verify`` and the desk read both forms offline.
"""

from __future__ import annotations

import urllib.parse

from pakta_common.integrity.base_n import BaseN
from pakta_common.integrity.seal import SEAL_PREFIX, b45decode, b45encode

LINK_SEGMENT = "V"  # the path segment before the code (the server also answers /v/)
B41 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ$*+-."
_BASE41 = BaseN(B41)
MAX_LINK = 4000


class LinkError(ValueError):
    """Text that is not a receipt link, or a link whose code is damaged."""


def b41encode(data: bytes) -> str:
    return _BASE41.encode(data)


def b41decode(text: str) -> bytes:
    try:
        return _BASE41.decode(text)
    except ValueError as exc:
        raise LinkError(f"damaged receipt code ({exc})") from None


def normalise_base(public_url: str) -> str:
    """``https://host[:port][/path]`` with scheme and host in capitals, no trailing slash;
    LinkError for anything that is not an http(s) address."""
    parts = urllib.parse.urlsplit(public_url.strip())
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        raise LinkError(f"{public_url!r} is not an http(s) address")
    if parts.query or parts.fragment or "@" in parts.netloc:
        raise LinkError(f"{public_url!r} must be a plain address (no query, user or fragment)")
    path = parts.path.rstrip("/")
    return f"{parts.scheme.upper()}://{parts.netloc.upper()}{path}"


def link_for_seal(public_url: str, seal_text: str) -> str:
    """The receipt link of a seal on the server at ``public_url``."""
    text = seal_text.strip()
    if not text.startswith(SEAL_PREFIX):
        raise LinkError("not a Pakta receipt seal")
    try:
        payload = b45decode(text[len(SEAL_PREFIX) :])
    except ValueError as exc:
        raise LinkError(f"damaged seal ({exc})") from None
    return f"{normalise_base(public_url)}/{LINK_SEGMENT}/{b41encode(payload)}"


def code_of_link(text: str) -> str:
    """The code (last path segment after /V/ or /v/) of a receipt link; LinkError if none."""
    text = text.strip()
    if len(text) > MAX_LINK:
        raise LinkError("receipt link is too long")
    parts = urllib.parse.urlsplit(text)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        raise LinkError("not a receipt link")
    segments = parts.path.split("/")
    if len(segments) < 3 or segments[-2].upper() != LINK_SEGMENT or not segments[-1]:
        raise LinkError("not a receipt link (no /V/<code>)")
    return segments[-1]


def base_of_link(text: str) -> str:
    """The organiser's address a receipt link points to (``normalise_base`` form, without the
    ``/V/<code>``); LinkError if it is not a receipt link."""
    code_of_link(text)
    parts = urllib.parse.urlsplit(text.strip())
    path = parts.path.rsplit("/", 2)[0]
    return normalise_base(f"{parts.scheme}://{parts.netloc}{path}")


def seal_from_code(code: str) -> str:
    """The ``PKS1:`` seal text a link's code carries."""
    return SEAL_PREFIX + b45encode(b41decode(code))


def seal_from_link(text: str) -> str:
    return seal_from_code(code_of_link(text))


def seal_text_of(qr_text: str) -> str | None:
    """The seal text of what a receipt's QR says (a seal or a receipt link), else None."""
    text = qr_text.strip()
    if text.startswith(SEAL_PREFIX):
        return text
    try:
        return seal_from_link(text)
    except LinkError:
        return None


def is_receipt_code(qr_text: str) -> bool:
    return seal_text_of(qr_text) is not None


def looks_like_receipt(qr_text: str) -> bool:
    """Whether a scanned text claims to be a receipt's QR (a ``PKS1:`` seal, or an http(s) link
    ending in ``/V/<code>``), damaged or not: such a text is a receipt to check, never a badge."""
    text = qr_text.strip()
    if text.upper().startswith(SEAL_PREFIX):
        return True
    try:
        code_of_link(text)
    except LinkError:
        return False
    return True
