"""Signed badge payloads: issued by this station's key, checked against trusted keys."""

from __future__ import annotations

from sqlalchemy.orm import Session

from desktop_app.domain.badge import BadgeText, encode_signed_badge
from desktop_app.storage.models import TrustedKey
from desktop_app.storage.store import Store
from pakta_common.integrity.keys import verify_signature


def issue_badge_payload(store: Store, identifier: str) -> str:
    """The QR text of a badge for ``identifier`` (a NIP or another roster identifier)."""
    key_id = store.key.key_id
    message = f"PKT1.{identifier}.{key_id}".encode("ascii")
    return encode_signed_badge(identifier, key_id, store.key.sign(message))


def check_badge_signature(
    session: Session, badge: BadgeText, cache: dict[str, bytes] | None = None
) -> bool | None:
    """True: signed by a trusted key; False: signature wrong; None: issuer key unknown here.

    ``cache`` (key id → public key) saves a query per scan; keys are only ever added, so a
    miss is looked up again.
    """
    public_key = cache.get(badge.key_id) if cache is not None else None
    if public_key is None:
        trusted = session.get(TrustedKey, badge.key_id)
        if trusted is None:
            return None
        public_key = trusted.public_key
        if cache is not None:
            cache[badge.key_id] = public_key
    return verify_signature(public_key, badge.signature, badge.signed_message)
