"""Pledge templates: versioned texts identified by the SHA-256 of the exact text shown."""

from __future__ import annotations

import uuid
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.clock import utc_now_iso
from desktop_app.domain.errors import InvalidInput
from desktop_app.resources import resource_path
from desktop_app.storage.models import PledgeTemplate
from pakta_common.integrity.record_hash import text_sha256

DEFAULT_TEMPLATE_CODE = "pakta-netralitas-asn"
MAX_TEMPLATE_CHARS = 20_000


def default_template_text() -> str:
    raw = resource_path("pledges", f"{DEFAULT_TEMPLATE_CODE}.txt").read_text("utf-8")
    return normalise_template_text(raw)


def normalise_template_text(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    if not text:
        raise InvalidInput("pledge text is empty")
    if len(text) > MAX_TEMPLATE_CHARS:
        raise InvalidInput(f"pledge text is too long ({len(text)} characters)")
    return text


def read_template_file(path: Path) -> str:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InvalidInput(f"cannot read pledge file {path}: {exc.strerror}") from None
    try:
        return normalise_template_text(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise InvalidInput(f"pledge file {path} is not UTF-8 text") from None


def ensure_template(
    session: Session, text: str, code: str = DEFAULT_TEMPLATE_CODE
) -> PledgeTemplate:
    """The template with exactly this text, adding it as the next version of ``code`` if new."""
    text = normalise_template_text(text)
    digest = text_sha256(text)
    existing = session.scalars(
        select(PledgeTemplate).where(PledgeTemplate.sha256 == digest)
    ).first()
    if existing is not None:
        return existing
    version = (
        session.scalar(select(func.max(PledgeTemplate.version)).where(PledgeTemplate.code == code))
        or 0
    ) + 1
    template = PledgeTemplate(
        id=str(uuid.uuid4()),
        code=code,
        version=version,
        title=text.splitlines()[0][:200],
        language="id",
        text=text,
        sha256=digest,
        created_at=utc_now_iso(),
    )
    session.add(template)
    session.flush()
    return template
