"""Signed badge payloads: issued by this station's key, checked against trusted keys."""

from __future__ import annotations

from sqlalchemy.orm import Session

from desktop_app.domain.badge import BadgeText, encode_signed_badge
from desktop_app.integrity.keys import verify_signature
from desktop_app.storage.models import TrustedKey
from desktop_app.storage.store import Store


def issue_badge_payload(store: Store, identifier: str) -> str:
    """The QR text of a badge for ``identifier`` (a NIP or another roster identifier)."""
    key_id = store.key.key_id
    message = f"PKT1.{identifier}.{key_id}".encode("ascii")
    return encode_signed_badge(identifier, key_id, store.key.sign(message))


def check_badge_signature(session: Session, badge: BadgeText) -> bool | None:
    """True: signed by a trusted key; False: signature wrong; None: issuer key unknown here."""
    trusted = session.get(TrustedKey, badge.key_id)
    if trusted is None:
        return None
    return verify_signature(trusted.public_key, badge.signature, badge.signed_message)
