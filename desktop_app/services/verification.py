"""Checking the station's own store: chain, signatures, blobs, audit and outbox consistency."""

from __future__ import annotations

from sqlalchemy import select

from desktop_app.domain.errors import IntegrityFailure, SignatureDeleted
from desktop_app.settings import SERVER_ANCHOR_KEY, get_setting
from desktop_app.storage.models import AuditEvent, SignedPledge
from desktop_app.storage.proof_models import ChainAnchor
from desktop_app.storage.records import record_fields
from desktop_app.storage.store import Store
from pakta_common.integrity.chain import ChainReport, verify_chain
from pakta_common.integrity.record_hash import sha256_hex
from pakta_common.proof.anchor import AnchorStatement, SignedAnchor, anchor_problems


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


def verify_anchored_store(store: Store) -> tuple[ChainReport, int]:
    """``verify_store`` and, against it, every anchor the server signed of this desk's chain
    head: (report, anchors checked). History below an anchored head that was rewritten (even
    re-hashed and re-signed with this desk's own key) contradicts the anchor and is named."""
    report = verify_store(store)
    with store.read() as session:
        hashes = {
            int(seq): str(digest)
            for seq, digest in session.execute(
                select(SignedPledge.station_seq, SignedPledge.record_hash).where(
                    SignedPledge.station_id == store.station_id
                )
            )
        }
        rows = session.scalars(
            select(ChainAnchor).where(ChainAnchor.station_id == store.station_id)
        ).all()
        anchors = [
            SignedAnchor(
                AnchorStatement(r.station_id, r.seq, r.record_hash, r.at, r.server_key_id),
                r.signature,
            )
            for r in rows
        ]
        keys = {r.server_key_id: r.server_key for r in rows}
        expected = get_setting(session, SERVER_ANCHOR_KEY)
    if expected:  # only the key learnt from the enrolled server counts
        keys = {k: v for k, v in keys.items() if v.hex() == expected}
    report.problems += anchor_problems(anchors, hashes, keys)
    return report, len(anchors)
