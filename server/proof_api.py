"""API v1 for a desk's proof: receipt-link base, its document certificate, chain anchors.

``GET /api/v1/station/proof``       the public address, the anchor key, the CA certificate
``POST /api/v1/station/certificate`` a CSR for the desk's P-256 document key → its chain
``POST /api/v1/anchor``              the server's signed statement of the desk's chain head
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Request
from sqlalchemy import select

from pakta_common.proof.anchor import sign_anchor
from pakta_common.proof.pki import cert_pem, issue_desk_certificate
from pakta_common.wire import (
    CertificateRequest,
    CertificateResponse,
    ErrorBody,
    StationProof,
    WireAnchor,
)
from server import clock
from server.api import Db, Station
from server.blobcrypt import KEY_FILE_ENV
from server.models import Record
from server.proof_keys import ProofKeys, load_proof_keys

router = APIRouter(prefix="/api/v1", tags=["proof"])
_ERRORS: dict[int | str, dict[str, object]] = {
    401: {"model": ErrorBody, "description": "missing or unknown station token"},
    403: {"model": ErrorBody, "description": "station revoked"},
}


def proof_keys(request: Request) -> ProofKeys:
    settings = request.app.state.settings
    key_file = settings.data_key_file or os.environ.get(KEY_FILE_ENV, "")
    return load_proof_keys(Path(key_file).resolve().parent, settings.server_name)


Keys = Annotated[ProofKeys, Depends(proof_keys)]


@router.get("/station/proof", response_model=StationProof, responses=_ERRORS)
def station_proof(station: Station, keys: Keys, request: Request) -> StationProof:
    """Where receipt links point, the key that signs anchors, the organiser's CA."""
    return StationProof(
        public_url=request.app.state.settings.public_url,
        anchor_key=keys.anchor.public_bytes.hex(),
        ca_certificate=keys.ca_pem,
    )


@router.post(
    "/station/certificate",
    response_model=CertificateResponse,
    responses={**_ERRORS, 422: {"model": ErrorBody, "description": "not this desk's CSR"}},
)
def station_certificate(
    body: CertificateRequest, station: Station, keys: Keys
) -> CertificateResponse:
    """Certify the desk's document-signing key (the CSR must name this station's id)."""
    try:
        cert = issue_desk_certificate(
            keys.ca_key, keys.ca_cert, body.csr.encode(), station.name, station.station_uuid
        )
    except ValueError as exc:
        raise HTTPException(422, str(exc)) from None
    return CertificateResponse(chain=[cert_pem(cert).decode("ascii"), keys.ca_pem])


@router.post("/anchor", response_model=WireAnchor, responses=_ERRORS)
def anchor(station: Station, keys: Keys, db: Db) -> WireAnchor:
    """The newest record of this desk the server holds in an unbroken run from sequence 1,
    signed with the server's anchor key (seq 0 and no hash before the first record)."""
    with db.transaction() as session:
        rows = session.execute(
            select(Record.station_seq, Record.record_hash)
            .where(Record.station_id == station.station_uuid)
            .order_by(Record.station_seq)
        ).all()
    seq, digest = 0, ""
    for row_seq, row_hash in rows:
        if row_seq != seq + 1:
            break
        seq, digest = int(row_seq), str(row_hash)
    signed = sign_anchor(keys.anchor, station.station_uuid, seq, digest, clock.now_iso())
    return WireAnchor.model_validate(signed.as_json(), strict=False)
