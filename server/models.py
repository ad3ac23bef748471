"""SQLAlchemy 2 models of the central server (its own Base, its own migrations)."""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
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


class Counter(Base):
    """Named counters; ``change`` numbers every pullable row in commit order (the cursor)."""

    __tablename__ = "counter"
    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger)


class Station(Base):
    """A desk known to the server: added by an admin, enrolled once with a one-time code."""

    __tablename__ = "station"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    station_uuid: Mapped[str | None] = mapped_column(String(36), unique=True, nullable=True)
    public_key: Mapped[bytes | None] = mapped_column(LargeBinary(32), nullable=True)
    key_id: Mapped[str] = mapped_column(String(8), default="")
    code_hash: Mapped[str | None] = mapped_column(String(64), unique=True, nullable=True)
    code_expires_at: Mapped[str] = mapped_column(String(32), default="")
    token_hash: Mapped[str | None] = mapped_column(String(64), unique=True, nullable=True)
    # Enrolment challenge (server.enrol_proof): SHA-256 of the nonce handed out for the code.
    challenge_hash: Mapped[str | None] = mapped_column(String(64), nullable=True)
    challenge_expires_at: Mapped[str] = mapped_column(String(32), default="")
    created_at: Mapped[str] = mapped_column(String(32))
    enrolled_at: Mapped[str] = mapped_column(String(32), default="")
    # When the station proved possession of its private key ("" = enrolled before proofs
    # existed: accepted while its key is a sound one, shown as "key not proven" in admin).
    key_proven_at: Mapped[str] = mapped_column(String(32), default="")
    revoked_at: Mapped[str] = mapped_column(String(32), default="")
    last_seen_at: Mapped[str] = mapped_column(String(32), default="")


class Template(Base):
    __tablename__ = "template"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    code: Mapped[str] = mapped_column(String(80))
    version: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(200))
    language: Mapped[str] = mapped_column(String(8))
    text: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64))
    change_seq: Mapped[int] = mapped_column(BigInteger, index=True)


class Ceremony(Base):
    __tablename__ = "ceremony"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    date: Mapped[str] = mapped_column(String(10))
    venue: Mapped[str] = mapped_column(String(300))
    organizer: Mapped[str] = mapped_column(String(300), default="")
    expected: Mapped[int | None] = mapped_column(Integer, nullable=True)
    template_id: Mapped[str] = mapped_column(String(36))
    # Who may change it (server.ownership): the station_uuid of the desk that made it offline
    # and published it first, or "" for the organiser's ceremonies made on the server.
    owner_station: Mapped[str] = mapped_column(String(36), default="")
    # How desks take consent for it (desktop_app.domain.consent), as the publishing desk set it.
    min_read_s: Mapped[int] = mapped_column(Integer, server_default="5")
    consent_form: Mapped[str] = mapped_column(String(10), server_default="separate")
    timezone: Mapped[str] = mapped_column(String(40), server_default="Asia/Jakarta")
    published_by: Mapped[str] = mapped_column(String(120), default="")
    updated_at: Mapped[str] = mapped_column(String(32))
    change_seq: Mapped[int] = mapped_column(BigInteger, index=True)
    # The campaign it belongs to (server.campaigns), "" for a ceremony of its own.
    campaign_id: Mapped[str] = mapped_column(String(36), server_default="", index=True)


class RosterEntry(Base):
    __tablename__ = "roster_entry"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    ceremony_id: Mapped[str] = mapped_column(String(36))
    identifier: Mapped[str] = mapped_column(String(40))
    id_kind: Mapped[str] = mapped_column(String(8))
    name: Mapped[str] = mapped_column(String(300))
    rank: Mapped[str] = mapped_column(String(300), default="")
    position: Mapped[str] = mapped_column(String(300), default="")
    unit: Mapped[str] = mapped_column(String(300), default="")
    instansi: Mapped[str] = mapped_column(String(300), default="")
    updated_at: Mapped[str] = mapped_column(String(32))
    change_seq: Mapped[int] = mapped_column(BigInteger, index=True)
    __table_args__ = (UniqueConstraint("ceremony_id", "identifier", name="uq_roster_identifier"),)


class Record(Base):
    """A station's signed record exactly as signed, with its blobs; stored once per UUID.

    ``format`` names the hashed field list (pakta_common.integrity.record_hash): records
    received before format 2 existed are format 1, with the format-2 columns empty."""

    __tablename__ = "record"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    format: Mapped[int] = mapped_column(Integer, server_default="1")
    station_ref: Mapped[int] = mapped_column(ForeignKey("station.id"))
    kind: Mapped[str] = mapped_column(String(8))
    refers_to: Mapped[str | None] = mapped_column(String(36), nullable=True)
    reason: Mapped[str] = mapped_column(Text)
    ceremony_id: Mapped[str] = mapped_column(String(36))
    identifier: Mapped[str] = mapped_column(String(40))
    id_kind: Mapped[str] = mapped_column(String(8))
    name: Mapped[str] = mapped_column(String(300))
    rank: Mapped[str] = mapped_column(String(300))
    position: Mapped[str] = mapped_column(String(300))
    unit: Mapped[str] = mapped_column(String(300))
    instansi: Mapped[str] = mapped_column(String(300))
    template_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    text_sha256: Mapped[str] = mapped_column(String(64))
    consent_at: Mapped[str] = mapped_column(String(32))
    consent_method: Mapped[str] = mapped_column(String(20), server_default="")  # format 2
    pledge_shown_at: Mapped[str] = mapped_column(String(32), server_default="")  # format 2
    timezone: Mapped[str] = mapped_column(String(40), server_default="")  # format 2
    signature_sha256: Mapped[str] = mapped_column(String(64))
    image_sha256: Mapped[str] = mapped_column(String(64))
    device: Mapped[str] = mapped_column(Text)
    operator: Mapped[str] = mapped_column(String(120))
    station_id: Mapped[str] = mapped_column(String(36))
    station_seq: Mapped[int] = mapped_column(BigInteger)
    signed_at: Mapped[str] = mapped_column(String(32))
    mono_ns: Mapped[int] = mapped_column(BigInteger)
    prev_hash: Mapped[str] = mapped_column(String(64))
    flagged: Mapped[bool] = mapped_column(Boolean)
    record_hash: Mapped[str] = mapped_column(String(64))
    station_sig: Mapped[str] = mapped_column(String(128))
    received_at: Mapped[str] = mapped_column(String(32))
    clock_skew_s: Mapped[int] = mapped_column(Integer, default=0)  # signed_at minus receipt
    change_seq: Mapped[int] = mapped_column(BigInteger, index=True)
    __table_args__ = (
        UniqueConstraint("station_id", "station_seq", name="uq_record_station_seq"),
        Index("ix_record_ceremony_identifier", "ceremony_id", "identifier"),
        Index("ix_record_refers_to", "refers_to"),
        # A person's signings across every ceremony of a campaign (server.campaign_ingest).
        Index("ix_record_identifier", "identifier"),
    )


class Blob(Base):
    """Signature pen data and images, stored by their SHA-256 (records name them by hash).

    Content-addressed: two deliveries of the same bytes can never disagree, and a push keeps
    bytes already stored as they are (server.ingest.store_blobs). ``data`` is encrypted at rest
    (server.blobcrypt); read it only through ``BlobCipher.open``."""

    __tablename__ = "blob"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class CeremonyPurge(Base):
    """A ceremony whose signatures were deleted when its retention period ended.

    Kept apart from ``ceremony`` (which stations publish and pull): the mark is the server's
    own, survives a re-publish, and also covers records of a ceremony no station published."""

    __tablename__ = "ceremony_purge"
    ceremony_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    purged_at: Mapped[str] = mapped_column(String(32))  # the first purge
    purged_by: Mapped[str] = mapped_column(String(120))
    records: Mapped[int] = mapped_column(Integer, default=0)  # records at the last purge
    blobs_deleted: Mapped[int] = mapped_column(Integer, default=0)  # over all purges


class DuplicatePair(Base):
    """Two desks' records for the same person in a ceremony; both kept, flagged for review."""

    __tablename__ = "duplicate_pair"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    ceremony_id: Mapped[str] = mapped_column(String(36), index=True)
    identifier: Mapped[str] = mapped_column(String(40))
    first_record: Mapped[str] = mapped_column(ForeignKey("record.id"))
    second_record: Mapped[str] = mapped_column(ForeignKey("record.id"))
    created_at: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(12), default="open")  # open | reviewed
    reviewed_by: Mapped[str] = mapped_column(String(120), default="")
    reviewed_at: Mapped[str] = mapped_column(String(32), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    __table_args__ = (UniqueConstraint("first_record", "second_record", name="uq_pair"),)


class User(Base):
    __tablename__ = "app_user"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    role: Mapped[str] = mapped_column(String(12))  # admin | viewer
    password_hash: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[str] = mapped_column(String(32))
    disabled: Mapped[bool] = mapped_column(Boolean, default=False)
    # A viewer limited to one unit (OPD) of one campaign sees that unit only (server.scope).
    scope_campaign: Mapped[str] = mapped_column(String(36), server_default="")
    scope_unit: Mapped[str] = mapped_column(String(300), server_default="")


class WebSession(Base):
    """A signed-in browser: the cookie holds a random token, the table only its SHA-256."""

    __tablename__ = "web_session"
    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
    csrf: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[str] = mapped_column(String(32))
    expires_at: Mapped[str] = mapped_column(String(32))


class AuditLog(Base):
    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[str] = mapped_column(String(32))
    actor: Mapped[str] = mapped_column(String(120))
    action: Mapped[str] = mapped_column(String(40))
    detail: Mapped[str] = mapped_column(Text, default="")


class LoginThrottle(Base):
    """Failed admin sign-ins per account or client address (server.throttle), bounded.

    ``key`` is "user:" or "addr:" plus a SHA-256, so an attempted name is never stored raw."""

    __tablename__ = "login_throttle"
    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[str] = mapped_column(String(32), default="")
    last_at: Mapped[str] = mapped_column(String(32), index=True)


class HubApproval(Base):
    """An admin's approval of a venue hub (the central station of its host desk) to introduce
    and relay desks for one ceremony (server.venue.trust). Removing the row withdraws it."""

    __tablename__ = "hub_approval"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    station_uuid: Mapped[str] = mapped_column(String(36))
    ceremony_id: Mapped[str] = mapped_column(String(36))
    approved_by: Mapped[str] = mapped_column(String(120))
    approved_at: Mapped[str] = mapped_column(String(32))
    __table_args__ = (UniqueConstraint("station_uuid", "ceremony_id", name="uq_hub_approval"),)
