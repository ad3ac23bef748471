"""Checking the station's own store: chain, signatures, blobs, audit and outbox consistency."""

from __future__ import annotations

from sqlalchemy import select

from desktop_app.domain.errors import IntegrityFailure, SignatureDeleted
from desktop_app.storage.models import AuditEvent, SignedPledge
from desktop_app.storage.records import record_fields
from desktop_app.storage.store import Store
from pakta_common.integrity.chain import ChainReport, verify_chain
from pakta_common.integrity.record_hash import sha256_hex


def verify_store(store: Store) -> ChainReport:
    """Verify every record this station made: hash chain, station signature, encrypted blobs,
    and that each record has its audit event."""
    with store.read() as session:
        rows = session.scalars(
            select(SignedPledge)
            .where(SignedPledge.station_id == store.station_id)
            .order_by(SignedPledge.station_seq)
        ).all()
        report = verify_chain((record_fields(r) for r in rows), store.key.public_bytes)
        audited = set(
            session.scalars(select(AuditEvent.record_id).where(AuditEvent.record_id.is_not(None)))
        )
        for row in rows:
            for label, blob, digest in (
                ("signature", row.signature_blob, row.signature_sha256),
                ("image", row.image_blob, row.image_sha256),
            ):
                try:
                    plain = store.blobs.open(row.ceremony_id, row.id, blob)
                except SignatureDeleted:
                    continue  # erased on purpose (retention); the chain still proves the rest
                except IntegrityFailure as exc:
                    report.problems.append(str(exc))
                    continue
                if sha256_hex(plain) != digest:
                    report.problems.append(f"record {row.id}: {label} does not match its hash")
            if row.id not in audited:
                report.problems.append(f"record {row.id}: no audit event")
    return report
