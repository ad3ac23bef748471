"""Retention: delete a ceremony's signature pen data and images when its period ends.

The records stay (with their hashes, duplicates and counts), so the attendance picture and
the proof that each record existed remain; only the signature and image blobs go. Blobs are
content-addressed and may be shared (every void record names the empty blob, identical
images), so a blob still named by a record of a ceremony not purged is kept.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, delete, func, or_, select, union
from sqlalchemy.orm import Session

from server import clock
from server.locks import lock_ceremonies
from server.models import Blob, Ceremony, CeremonyPurge, Record
from server.stations import AdminError, audit

_CHUNK = 500  # hashes per IN (...) list: far below SQLite's bound-parameter limit
_MIN_PREFIX = 4


@dataclass(frozen=True)
class PurgeResult:
    ceremony: str
    title: str
    records: int
    blobs_deleted: int  # a preview: how many would be deleted
    purged_at: str  # of the first purge; "" when the ceremony was never purged
    orphans_deleted: int = 0  # blobs no record names (of refused records), any ceremony

    def as_json(self) -> dict[str, Any]:
        return {
            "ceremony": self.ceremony,
            "records": self.records,
            "blobs_deleted": self.blobs_deleted,
            "purged_at": self.purged_at,
            "orphan_blobs_deleted": self.orphans_deleted,
        }


def purged_among(session: Session, ceremony_ids: Iterable[str]) -> set[str]:
    ids = sorted(set(ceremony_ids))
    if not ids:
        return set()
    return set(
        session.scalars(select(CeremonyPurge.ceremony_id).where(CeremonyPurge.ceremony_id.in_(ids)))
    )


def purge_of(session: Session, ceremony_id: str) -> CeremonyPurge | None:
    return session.get(CeremonyPurge, ceremony_id)


def resolve_ceremony(session: Session, ref: str) -> str:
    """A ceremony id the server knows (published, or named by records), by id or unique prefix."""
    ref = ref.strip().lower()
    if not ref:
        raise AdminError("give the ceremony id (see `pakta server report`)")
    known = or_(
        select(Ceremony.id).where(Ceremony.id == ref).exists(),
        select(Record.id).where(Record.ceremony_id == ref).exists(),
    )
    if session.scalar(select(known)):
        return ref
    if len(ref) >= _MIN_PREFIX:
        matches = set(session.scalars(select(Ceremony.id).where(Ceremony.id.startswith(ref))))
        matches |= set(
            session.scalars(
                select(Record.ceremony_id).where(Record.ceremony_id.startswith(ref)).distinct()
            )
        )
        if len(matches) == 1:
            return matches.pop()
        if len(matches) > 1:
            raise AdminError(f"{ref!r} matches {len(matches)} ceremonies; give more of the id")
    raise AdminError(f"no ceremony {ref!r} on this server (see `pakta server report`)")


def _chunks(items: Sequence[str]) -> Iterable[Sequence[str]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]


def _named_by_live_records(session: Session, hashes: Any, *, other_than: str = "") -> set[str]:
    """Which of ``hashes`` (a list or a subquery) a record of a ceremony not purged names."""
    live: list[ColumnElement[bool]] = [Record.ceremony_id.not_in(select(CeremonyPurge.ceremony_id))]
    if other_than:
        live.append(Record.ceremony_id != other_than)
    named: set[str] = set()
    for column in (Record.signature_sha256, Record.image_sha256):
        named |= set(session.scalars(select(column).where(*live, column.in_(hashes)).distinct()))
    return named


def _stored(session: Session, hashes: Iterable[str]) -> list[str]:
    present: list[str] = []
    for chunk in _chunks(sorted(set(hashes))):
        present += session.scalars(select(Blob.sha256).where(Blob.sha256.in_(chunk)))
    return present


def _deletable(session: Session, ceremony_id: str, *, lock: bool = False) -> list[str]:
    """Stored blobs of the ceremony's records that no record of a live ceremony names
    (``lock``: their rows locked first, then checked)."""
    mine = union(
        select(Record.signature_sha256.label("h")).where(Record.ceremony_id == ceremony_id),
        select(Record.image_sha256.label("h")).where(Record.ceremony_id == ceremony_id),
    ).subquery()
    hashes = set(session.scalars(select(mine.c.h)))
    stored = _lock_stored(session, hashes) if lock else hashes
    keep = _named_by_live_records(session, select(mine.c.h), other_than=ceremony_id)
    return _stored(session, set(stored) - keep)


def _delete_blobs(session: Session, hashes: Sequence[str]) -> None:
    for chunk in _chunks(hashes):
        session.execute(delete(Blob).where(Blob.sha256.in_(chunk)))


def _lock_stored(session: Session, hashes: Iterable[str]) -> list[str]:
    """Which of these blobs are stored, their rows locked (in key order) until commit.

    A push that keeps the same bytes holds them KEY SHARE (server.ingest.store_blobs): this
    waits for its commit, so that what is checked next sees the record that names them."""
    present: list[str] = []
    for chunk in _chunks(sorted(set(hashes))):
        present += session.scalars(
            select(Blob.sha256)
            .where(Blob.sha256.in_(chunk))
            .order_by(Blob.sha256)
            .with_for_update()
        )
    return present


def _summary(session: Session, ceremony_id: str, deleted: int) -> PurgeResult:
    ceremony = session.get(Ceremony, ceremony_id)
    mark = purge_of(session, ceremony_id)
    return PurgeResult(
        ceremony=ceremony_id,
        title=ceremony.title if ceremony else "",
        records=int(
            session.scalar(
                select(func.count()).select_from(Record).where(Record.ceremony_id == ceremony_id)
            )
            or 0
        ),
        blobs_deleted=deleted,
        purged_at=mark.purged_at if mark else "",
    )


def plan_purge(session: Session, ref: str) -> PurgeResult:
    """What ``purge_ceremony`` would delete; changes nothing."""
    ceremony_id = resolve_ceremony(session, ref)
    result = _summary(session, ceremony_id, len(_deletable(session, ceremony_id)))
    return PurgeResult(
        result.ceremony,
        result.title,
        result.records,
        result.blobs_deleted,
        result.purged_at,
        len(orphan_blobs(session)),
    )


def purge_ceremony(session: Session, ref: str, *, actor: str) -> PurgeResult:
    """Delete the ceremony's signature and image blobs, mark it purged, and audit it.

    Idempotent: a second purge deletes nothing. Takes the ceremony's lock exclusively (pushes
    take it shared, server.locks), so a push of the same ceremony cannot slip its blobs in
    between (see ingest.store_batch); blobs other ceremonies' records may share are locked,
    then checked."""
    ceremony_id = resolve_ceremony(session, ref)
    lock_ceremonies(session, [ceremony_id], shared=False)
    doomed = _deletable(session, ceremony_id, lock=True)
    _delete_blobs(session, doomed)
    candidates = _lock_stored(session, orphan_blobs(session))
    orphans = sorted(set(candidates) & set(orphan_blobs(session)))
    _delete_blobs(session, orphans)
    result = _summary(session, ceremony_id, len(doomed))
    mark = purge_of(session, ceremony_id)
    if mark is None:
        mark = CeremonyPurge(
            ceremony_id=ceremony_id, purged_at=clock.now_iso(), purged_by=actor, blobs_deleted=0
        )
        session.add(mark)
    mark.records = result.records
    mark.blobs_deleted += len(doomed)
    audit(
        session,
        actor,
        "ceremony_purge",
        ceremony=ceremony_id,
        records=result.records,
        blobs_deleted=len(doomed),
        orphan_blobs_deleted=len(orphans),
    )
    return PurgeResult(
        result.ceremony, result.title, result.records, len(doomed), mark.purged_at, len(orphans)
    )


def orphan_blobs(session: Session) -> list[str]:
    """Stored blobs no record names at all: left by records refused when servers before this
    one wrote a push's blobs ahead of its checks. A purge deletes them whatever ceremony they
    came with."""
    named = or_(
        select(Record.id).where(Record.signature_sha256 == Blob.sha256).exists(),
        select(Record.id).where(Record.image_sha256 == Blob.sha256).exists(),
    )
    return list(session.scalars(select(Blob.sha256).where(~named)))


def drop_blobs_of_purged(session: Session, hashes: Iterable[str]) -> None:
    """After records of purged ceremonies were stored: delete the blobs they name if some are
    there (left by a server before this one, which wrote a push's blobs ahead of its checks),
    unless a record of a live ceremony names the same bytes."""
    wanted = _lock_stored(session, hashes)
    keep: set[str] = set()
    for chunk in _chunks(wanted):
        keep |= _named_by_live_records(session, list(chunk))
    _delete_blobs(session, sorted(set(wanted) - keep))
