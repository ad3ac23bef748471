"""Certificates for PDF signatures: the organiser's small CA, desk certificates, self-issued ones.

PDF readers validate signatures against X.509 certificates, so the desk signs its documents
with a certificate. Why not the desk's Ed25519 station key: PAdES allows EdDSA (RFC 8419) and
pyHanko validates it, but Adobe Acrobat/Reader and most other readers do not (they know RSA
and ECDSA), so an Ed25519 signature would show as broken where people look. Each desk
therefore holds a second key, ECDSA P-256, used only for document signatures. The organiser's
server certifies it at enrolment (a small CA in the server's data folder; the CSR proves the
desk holds the key); a desk not enrolled issues its own certificate, marked as such in its
subject (``OU=self-issued``) so no reader takes it for the organiser's.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

SELF_ISSUED_UNIT = "self-issued"
DESK_UNIT = "Pakta Station desk"
CERT_YEARS = 10  # a document stays checkable for years; the signing moment is what counts


def new_document_key() -> ec.EllipticCurvePrivateKey:
    return ec.generate_private_key(ec.SECP256R1())


def key_pem(key: ec.EllipticCurvePrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )


def load_key_pem(data: bytes) -> ec.EllipticCurvePrivateKey:
    key = serialization.load_pem_private_key(data, password=None)
    if not isinstance(key, ec.EllipticCurvePrivateKey):
        raise ValueError("not an ECDSA document-signing key")
    return key


def cert_pem(cert: x509.Certificate) -> bytes:
    return cert.public_bytes(serialization.Encoding.PEM)


def load_certs_pem(data: bytes) -> list[x509.Certificate]:
    return x509.load_pem_x509_certificates(data)


def _name(common: str, unit: str, organisation: str, uid: str = "") -> x509.Name:
    parts = [
        x509.NameAttribute(NameOID.COMMON_NAME, common[:64] or "Pakta"),
        x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, unit[:64]),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation[:64] or "Pakta Station"),
    ]
    if uid:
        parts.append(x509.NameAttribute(NameOID.USER_ID, uid))
    return x509.Name(parts)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def make_ca(organisation: str) -> tuple[ec.EllipticCurvePrivateKey, x509.Certificate]:
    """The organiser's CA: a P-256 key and its self-signed certificate."""
    key = new_document_key()
    name = _name(f"{organisation} - Pakta CA", "Pakta Station CA", organisation)
    now = _now()
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=365 * 20))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(False, False, False, False, False, True, True, False, False),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), False)
        .sign(key, hashes.SHA256())
    )
    return key, cert


def make_csr(key: ec.EllipticCurvePrivateKey, station_name: str, station_id: str) -> bytes:
    """A certificate request for the desk's document key (signed by it: proof of possession)."""
    csr = (
        x509.CertificateSigningRequestBuilder()
        .subject_name(_name(station_name, DESK_UNIT, "Pakta Station", station_id))
        .sign(key, hashes.SHA256())
    )
    return csr.public_bytes(serialization.Encoding.PEM)


def _leaf(
    subject: x509.Name,
    public_key: ec.EllipticCurvePublicKey,
    issuer: x509.Certificate | None,
    issuer_key: ec.EllipticCurvePrivateKey,
) -> x509.Certificate:
    now = _now()
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer.subject if issuer else subject)
        .public_key(public_key)
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=365 * CERT_YEARS))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            # digitalSignature + contentCommitment (non-repudiation): document signing
            x509.KeyUsage(True, True, False, False, False, False, False, False, False),
            critical=True,
        )
        .add_extension(
            x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION]), critical=False
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public_key), False)
    )
    if issuer is not None:
        builder = builder.add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer.public_key()),  # type: ignore[arg-type]
            False,
        )
    return builder.sign(issuer_key, hashes.SHA256())


def issue_desk_certificate(
    ca_key: ec.EllipticCurvePrivateKey,
    ca_cert: x509.Certificate,
    csr_pem: bytes,
    station_name: str,
    station_id: str,
) -> x509.Certificate:
    """The desk's certificate from its CSR; ValueError when the CSR is not the desk's own
    (bad signature, not P-256, or another station's id)."""
    try:
        csr = x509.load_pem_x509_csr(csr_pem)
    except ValueError as exc:
        raise ValueError(f"not a certificate request ({exc})") from None
    if not csr.is_signature_valid:
        raise ValueError("the certificate request is not signed by its own key")
    public = csr.public_key()
    if not isinstance(public, ec.EllipticCurvePublicKey) or public.curve.name != "secp256r1":
        raise ValueError("a desk's document key is ECDSA P-256")
    uids = csr.subject.get_attributes_for_oid(NameOID.USER_ID)
    if [a.value for a in uids] != [station_id]:
        raise ValueError("the certificate request names another station")
    organisation = ca_cert.subject.get_attributes_for_oid(NameOID.ORGANIZATION_NAME)
    org = str(organisation[0].value) if organisation else "Pakta Station"
    subject = _name(station_name, DESK_UNIT, org, station_id)
    return _leaf(subject, public, ca_cert, ca_key)


def self_issued_certificate(
    key: ec.EllipticCurvePrivateKey, station_name: str, station_id: str
) -> x509.Certificate:
    """A desk without an organiser certifies its own document key, marked as self-issued."""
    subject = _name(station_name, SELF_ISSUED_UNIT, "Pakta Station", station_id)
    return _leaf(subject, key.public_key(), None, key)


def is_desk_certificate(cert: x509.Certificate) -> bool:
    """A Pakta desk's document certificate (organiser-issued or self-issued)."""
    units = cert.subject.get_attributes_for_oid(NameOID.ORGANIZATIONAL_UNIT_NAME)
    return any(u.value in (DESK_UNIT, SELF_ISSUED_UNIT) for u in units)


def certificate_station(cert: x509.Certificate) -> str:
    """The station id a desk certificate names (its USER_ID); "" when it names none."""
    uids = cert.subject.get_attributes_for_oid(NameOID.USER_ID)
    return str(uids[0].value) if len(uids) == 1 else ""


def is_self_issued(cert: x509.Certificate) -> bool:
    units = cert.subject.get_attributes_for_oid(NameOID.ORGANIZATIONAL_UNIT_NAME)
    return any(u.value == SELF_ISSUED_UNIT for u in units)


def create_exclusive(path: Path, data: bytes) -> bytes:
    """Write ``data`` to ``path`` (0600) unless it exists; return what ``path`` holds then.
    Several server workers starting at once agree on one file: the first link wins."""
    if path.exists():
        return path.read_bytes()
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    try:
        os.link(temp, path)
    except FileExistsError:
        pass
    finally:
        temp.unlink(missing_ok=True)
    return path.read_bytes()
