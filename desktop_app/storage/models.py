"""SQLAlchemy 2 typed models of the station store."""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Station(Base):
    """This station's identity (one row); the private key lives in the keys folder."""

    __tablename__ = "station"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    public_key: Mapped[bytes] = mapped_column(LargeBinary(32))
    key_id: Mapped[str] = mapped_column(String(8))
    created_at: Mapped[str] = mapped_column(String(32))


class Setting(Base):
    """Typed settings (declared in desktop_app/settings.py) stored as JSON text."""

    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class TrustedKey(Base):
    """Public keys of stations and servers whose badges and records this station accepts."""

    __tablename__ = "trusted_key"
    key_id: Mapped[str] = mapped_column(String(8), primary_key=True)
    public_key: Mapped[bytes] = mapped_column(LargeBinary(32))
    owner: Mapped[str] = mapped_column(String(120))


class PledgeTemplate(Base):
    __tablename__ = "pledge_template"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    code: Mapped[str] = mapped_column(String(80))
    version: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(200))
    language: Mapped[str] = mapped_column(String(8))
    text: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[str] = mapped_column(String(32))
    __table_args__ = (UniqueConstraint("code", "version"), UniqueConstraint("sha256"))


class Ceremony(Base):
    __tablename__ = "ceremony"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    date: Mapped[str] = mapped_column(String(10))  # YYYY-MM-DD
    venue: Mapped[str] = mapped_column(String(300))
    organizer: Mapped[str] = mapped_column(String(300), default="")
    expected: Mapped[int | None] = mapped_column(Integer, nullable=True)
    template_id: Mapped[str] = mapped_column(ForeignKey("pledge_template.id"))
    created_at: Mapped[str] = mapped_column(String(32))
    # How the desk takes consent (domain.consent): seconds the pledge must be on screen first,
    # the separate or compact form, and the ceremony's IANA time zone (WIB/WITA/WIT).
    min_read_s: Mapped[int] = mapped_column(Integer, server_default="5")
    consent_form: Mapped[str] = mapped_column(String(10), server_default="separate")
    timezone: Mapped[str] = mapped_column(String(40), server_default="Asia/Jakarta")
    # The server's campaign it belongs to (pulled; "" for a ceremony of its own): a signing at
    # another ceremony of the same campaign counts as already signed (sync.remote).
    campaign_id: Mapped[str] = mapped_column(String(36), server_default="")


class CeremonyKey(Base):
    """A ceremony's own data key, wrapped by the station key; NULL once erased (retention)."""

    __tablename__ = "ceremony_key"
    ceremony_id: Mapped[str] = mapped_column(ForeignKey("ceremony.id"), primary_key=True)
    wrapped: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    created_at: Mapped[str] = mapped_column(String(32))
    erased_at: Mapped[str] = mapped_column(String(32), default="")


class Employee(Base):
    """One roster entry of a ceremony; identifier is a NIP or, when id_kind != 'nip', another id."""

    __tablename__ = "employee"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    ceremony_id: Mapped[str] = mapped_column(ForeignKey("ceremony.id"))
    identifier: Mapped[str] = mapped_column(String(40))
    id_kind: Mapped[str] = mapped_column(String(8))  # nip | other
    name: Mapped[str] = mapped_column(String(300))
    rank: Mapped[str] = mapped_column(String(120), default="")
    position: Mapped[str] = mapped_column(String(300), default="")
    unit: Mapped[str] = mapped_column(String(300), default="")
    instansi: Mapped[str] = mapped_column(String(300), default="")
    source: Mapped[str] = mapped_column(String(12), default="import")  # import | walk_in | sync
    flagged: Mapped[bool] = mapped_column(Boolean, default=False)
    updated_at: Mapped[str] = mapped_column(String(32))
    __table_args__ = (UniqueConstraint("ceremony_id", "identifier", name="uq_employee_identifier"),)


class SignedPledge(Base):
    """One immutable record (a pledge, a re-sign, a void or a closing signature: domain.closing);
    triggers refuse UPDATE and DELETE.

    ``format`` says which fields its hash covers (integrity.record_hash): rows of the first
    release are format 1 and have empty consent_method, pledge_shown_at and timezone."""

    __tablename__ = "signed_pledge"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    format: Mapped[int] = mapped_column(Integer, server_default="1")
    kind: Mapped[str] = mapped_column(String(8))  # pledge | resign | void | closing
    refers_to: Mapped[str | None] = mapped_column(String(36), nullable=True)
    reason: Mapped[str] = mapped_column(Text, default="")
    ceremony_id: Mapped[str] = mapped_column(ForeignKey("ceremony.id"))
    identifier: Mapped[str] = mapped_column(String(40))
    id_kind: Mapped[str] = mapped_column(String(8))
    name: Mapped[str] = mapped_column(String(300))
    rank: Mapped[str] = mapped_column(String(120))
    position: Mapped[str] = mapped_column(String(300))
    unit: Mapped[str] = mapped_column(String(300))
    instansi: Mapped[str] = mapped_column(String(300))
    template_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    text_sha256: Mapped[str] = mapped_column(String(64))
    consent_at: Mapped[str] = mapped_column(String(32))
    consent_method: Mapped[str] = mapped_column(String(20), server_default="")  # format 2
    pledge_shown_at: Mapped[str] = mapped_column(String(32), server_default="")  # format 2
    timezone: Mapped[str] = mapped_column(String(40), server_default="")  # format 2
    signature_blob: Mapped[bytes] = mapped_column(LargeBinary)  # through storage.signature_codec
    signature_sha256: Mapped[str] = mapped_column(String(64))
    image_blob: Mapped[bytes] = mapped_column(LargeBinary)  # through storage.signature_codec
    image_sha256: Mapped[str] = mapped_column(String(64))
    device: Mapped[str] = mapped_column(Text)  # JSON of DeviceInfo
    operator: Mapped[str] = mapped_column(String(120))
    station_id: Mapped[str] = mapped_column(String(36))
    station_seq: Mapped[int] = mapped_column(Integer)
    signed_at: Mapped[str] = mapped_column(String(32))  # UTC ISO 8601, wall clock
    mono_ns: Mapped[int] = mapped_column(Integer)  # monotonic clock at commit
    prev_hash: Mapped[str] = mapped_column(String(64))
    record_hash: Mapped[str] = mapped_column(String(64))
    station_sig: Mapped[str] = mapped_column(String(128))  # hex Ed25519 over record_hash
    flagged: Mapped[bool] = mapped_column(Boolean, default=False)
    __table_args__ = (
        UniqueConstraint("station_id", "station_seq", name="uq_pledge_station_seq"),
        Index("ix_pledge_ceremony_identifier", "ceremony_id", "identifier"),
        Index("ix_pledge_refers_to", "refers_to"),
        Index("ix_pledge_kind_ceremony", "kind", "ceremony_id"),
    )


class AuditEvent(Base):
    __tablename__ = "audit_event"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[str] = mapped_column(String(32))
    kind: Mapped[str] = mapped_column(String(40))
    actor: Mapped[str] = mapped_column(String(120), default="")
    record_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    detail: Mapped[str] = mapped_column(Text, default="{}")
    __table_args__ = (Index("ix_audit_record", "record_id"),)


class Outbox(Base):
    """Records waiting for the server; a row leaves only when the server confirms."""

    __tablename__ = "outbox"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    record_id: Mapped[str] = mapped_column(ForeignKey("signed_pledge.id"), unique=True)
    enqueued_at: Mapped[str] = mapped_column(String(32))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str] = mapped_column(Text, default="")
