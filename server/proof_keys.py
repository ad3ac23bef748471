"""The server's own proof keys, beside its data key: the anchor key and the organiser's CA.

``server-anchor.pem`` (Ed25519) signs chain anchors (pakta_common.proof.anchor);
``server-ca.pem`` (ECDSA P-256 key and certificate) certifies desks' document-signing keys
(pakta_common.proof.pki). Both are made on first use, once, even when several workers start
together (the first file linked into place wins), mode 0600.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from pakta_common.integrity.keys import StationKey
from pakta_common.proof.pki import cert_pem, create_exclusive, key_pem, load_key_pem, make_ca

ANCHOR_KEY_FILE = "server-anchor.pem"
CA_FILE = "server-ca.pem"  # the CA's private key and its certificate, in one file


@dataclass(frozen=True)
class ProofKeys:
    anchor: StationKey
    ca_key: ec.EllipticCurvePrivateKey
    ca_cert: x509.Certificate

    @property
    def ca_pem(self) -> str:
        return cert_pem(self.ca_cert).decode("ascii")


@functools.lru_cache(maxsize=4)
def load_proof_keys(folder: Path, organisation: str) -> ProofKeys:
    fresh = Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    anchor = serialization.load_pem_private_key(
        create_exclusive(folder / ANCHOR_KEY_FILE, fresh), None
    )
    if not isinstance(anchor, Ed25519PrivateKey):
        raise ValueError(f"{folder / ANCHOR_KEY_FILE} does not hold an Ed25519 key")
    key, cert = make_ca(organisation)
    held = create_exclusive(folder / CA_FILE, key_pem(key) + cert_pem(cert))
    ca_key = load_key_pem(held)
    (ca_cert,) = x509.load_pem_x509_certificates(held)
    return ProofKeys(StationKey(anchor), ca_key, ca_cert)
