"""The proof step of a sync: the receipt-link base, the desk's certificate, the chain anchor.

After every push the desk asks the server for a signed anchor of its chain head and keeps it
(storage.proof_models.ChainAnchor) once it has checked that the server's key signed it and
that the anchored hash is the desk's own record at that sequence. A server older than these
endpoints (404) is simply skipped: sync works as before.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from sqlalchemy import select

from desktop_app.clock import utc_now_iso
from desktop_app.settings import RECEIPT_LINK_BASE, SERVER_ANCHOR_KEY, get_setting, set_setting
from desktop_app.storage.document_key import document_key, document_signer, save_chain
from desktop_app.storage.models import SignedPledge
from desktop_app.storage.proof_models import ChainAnchor
from desktop_app.storage.store import Store
from desktop_app.sync.client import RequestRefused, SyncClient
from pakta_common.integrity.receipt_link import LinkError, normalise_base
from pakta_common.proof.anchor import SignedAnchor
from pakta_common.proof.pki import load_certs_pem, make_csr

log = logging.getLogger(__name__)


@dataclass
class ProofReport:
    link_base: str = ""
    certified: bool = False
    anchored_seq: int | None = None
    problems: list[str] | None = None


def refresh_proof(store: Store, client: SyncClient, server_url: str) -> ProofReport:
    """Learn the link base and anchor key; have the document key certified once."""
    report = ProofReport()
    try:
        proof = client.station_proof()
    except RequestRefused as exc:
        if exc.status == 404:
            return report  # a server without these endpoints
        raise
    try:
        base = normalise_base(proof.public_url or server_url)
    except LinkError:
        base = ""
    with store.write() as session:
        set_setting(session, RECEIPT_LINK_BASE, base)
        set_setting(session, SERVER_ANCHOR_KEY, proof.anchor_key)
    report.link_base = base
    signer = document_signer(store)
    (ca,) = load_certs_pem(proof.ca_certificate.encode("ascii"))[:1]
    if signer.self_issued or signer.chain[-1] != ca:
        csr = make_csr(document_key(store), store.station_name, store.station_id)
        answer = client.certificate(csr.decode("ascii"))
        save_chain(store, answer.chain)
        report.certified = True
    return report


def anchor_head(store: Store, client: SyncClient) -> SignedAnchor | None:
    """Ask for, check and keep the server's anchor of this desk's chain head."""
    with store.read() as session:
        key_hex = get_setting(session, SERVER_ANCHOR_KEY)
    if not key_hex:
        return None
    try:
        wire = client.anchor()
    except RequestRefused as exc:
        if exc.status == 404:
            return None
        raise
    anchor = SignedAnchor.from_json(wire.model_dump())
    server_key = bytes.fromhex(key_hex)
    s = anchor.statement
    if not anchor.verifies(server_key) or s.station_id != store.station_id:
        log.warning("the server's anchor does not verify with its key; not kept")
        return None
    if s.seq == 0:
        return anchor
    with store.write() as session:
        mine = session.scalars(
            select(SignedPledge.record_hash).where(
                SignedPledge.station_id == store.station_id, SignedPledge.station_seq == s.seq
            )
        ).first()
        if mine != s.record_hash:
            log.error("the server anchored seq %s with a hash this desk does not hold", s.seq)
            return None
        newest = session.scalars(
            select(ChainAnchor).order_by(ChainAnchor.seq.desc(), ChainAnchor.id.desc())
        ).first()
        if newest is not None and newest.seq == s.seq and newest.record_hash == s.record_hash:
            return anchor  # the head has not moved since the last anchor: one row is enough
        session.add(
            ChainAnchor(
                station_id=s.station_id,
                seq=s.seq,
                record_hash=s.record_hash,
                at=s.at,
                server_key_id=s.server_key_id,
                server_key=server_key,
                signature=anchor.signature,
                received_at=utc_now_iso(),
            )
        )
    return anchor
