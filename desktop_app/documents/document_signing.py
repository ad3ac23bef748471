"""The desk's PAdES signature on what it prints and exports (receipts, lists, minutes, archives).

Signed with the desk's document key and certificate (storage.document_key): the organiser's
once the desk synced, self-issued before. pyHanko is imported when the first document is
signed (on the print worker or the command's thread, never the GUI thread).
"""

from __future__ import annotations

from desktop_app.storage.document_key import document_signer
from desktop_app.storage.store import Store
from pakta_common.proof.pades import sign_pdf

RECEIPT_REASON = "Tanda terima pakta integritas dari meja pendaftaran"
REPORT_REASON = "Dokumen upacara pakta integritas dari meja pendaftaran"


def sign_document(store: Store, pdf: bytes, reason: str, location: str = "") -> bytes:
    signer = document_signer(store)
    return sign_pdf(pdf, signer.key, signer.chain, reason=reason, location=location)
