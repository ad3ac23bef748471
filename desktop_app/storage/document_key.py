"""The desk's document-signing key (ECDSA P-256) and its certificate chain, in keys/.

PDF signatures need an X.509 certificate, and common readers do not validate Ed25519 (see
pakta_common.proof.pki), so documents are signed with this second key, never with the
station's Ed25519 record key. ``document_p256.pem`` is made on first use (0600); the chain
``document_chain.pem`` (the desk's certificate first) is the organiser's when the server
certified the key at sync, else self-issued (marked so) until it does.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec

from desktop_app.storage.store import Store
from pakta_common.files import write_atomic
from pakta_common.proof.pki import (
    cert_pem,
    is_self_issued,
    key_pem,
    load_certs_pem,
    load_key_pem,
    new_document_key,
    self_issued_certificate,
)

KEY_FILE = "document_p256.pem"
CHAIN_FILE = "document_chain.pem"


@dataclass(frozen=True)
class DocumentSigner:
    key: ec.EllipticCurvePrivateKey
    chain: tuple[x509.Certificate, ...]  # the desk's certificate first

    @property
    def self_issued(self) -> bool:
        return is_self_issued(self.chain[0])


def _paths(store: Store) -> tuple[Path, Path]:
    return store.paths.keys / KEY_FILE, store.paths.keys / CHAIN_FILE


def document_key(store: Store) -> ec.EllipticCurvePrivateKey:
    key_path, _ = _paths(store)
    if key_path.exists():
        return load_key_pem(key_path.read_bytes())
    key = new_document_key()
    write_atomic(key_path, key_pem(key), mode=0o600)
    return key


def document_signer(store: Store) -> DocumentSigner:
    """The key and chain documents are signed with; self-issued when nothing certified it."""
    key = document_key(store)
    _, chain_path = _paths(store)
    if chain_path.exists():
        chain = tuple(load_certs_pem(chain_path.read_bytes()))
        if chain and chain[0].public_key() == key.public_key():
            return DocumentSigner(key, chain)
    cert = self_issued_certificate(key, store.station_name, store.station_id)
    write_atomic(chain_path, cert_pem(cert), mode=0o600)
    return DocumentSigner(key, (cert,))


def save_chain(store: Store, chain_pem: list[str]) -> DocumentSigner:
    """Keep the chain the server issued (it must certify this desk's own key)."""
    key = document_key(store)
    chain = [c for pem in chain_pem for c in load_certs_pem(pem.encode("ascii"))]
    if not chain or chain[0].public_key() != key.public_key():
        raise ValueError("the certificate the server issued is not for this desk's key")
    _, chain_path = _paths(store)
    write_atomic(chain_path, b"".join(cert_pem(c) for c in chain), mode=0o600)
    return DocumentSigner(key, tuple(chain))
