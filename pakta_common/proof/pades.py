"""PAdES signatures on PDFs (pyHanko): sign a whole document, and check what signed it.

A signature is an incremental update: the document as made is the file's first revision, and
each signature appends one revision whose signed byte range covers everything before its own
signature value. The desk signs receipts, lists, minutes and archives once (its document key,
pakta_common.proof.pki); the organiser may counter-sign an archive (a PKCS#12 file, e.g. a
BSrE certificate). ``signature_report`` tells what a reader would: is each signature intact,
does the last one cover the whole file, was anything else changed, who signed.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from asn1crypto import keys as asn1_keys
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec

if TYPE_CHECKING:  # pyHanko is imported when the first document is signed or checked
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

_REVISION_END = re.compile(rb"startxref\s+\d+\s+%%EOF(\r\n|\r|\n)?")
# Changes a later revision may make to a signed document without breaking what it shows:
# none, long-term validation data, or a further signature (pyHanko's ModificationLevel names).
ALLOWED_LATER_CHANGES = ("NONE", "LTA_UPDATES", "FORM_FILLING")


def _asn1(cert: x509.Certificate) -> asn1_x509.Certificate:
    return asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))


def sign_pdf(
    pdf: bytes,
    key: ec.EllipticCurvePrivateKey,
    chain: tuple[x509.Certificate, ...] | list[x509.Certificate],
    *,
    reason: str,
    location: str = "",
    field_name: str = "PaktaStation",
) -> bytes:
    """``pdf`` with a PAdES (B-B) signature over the whole file by ``key`` (``chain[0]``)."""
    from pyhanko.sign import signers
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    der = key.private_bytes(
        serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    signer = signers.SimpleSigner(
        signing_cert=_asn1(chain[0]),
        signing_key=asn1_keys.PrivateKeyInfo.load(der),
        cert_registry=SimpleCertificateStore.from_certs(  # type: ignore[no-untyped-call]
            [_asn1(c) for c in chain[1:]]
        ),
    )
    return _sign(pdf, signer, reason, location, field_name)


def sign_pdf_pkcs12(
    pdf: bytes, p12: Path, passphrase: bytes | None, *, reason: str, location: str = ""
) -> bytes:
    """Counter-sign with a PKCS#12 file (the organiser's own certificate, e.g. from BSrE)."""
    from pyhanko.sign import signers

    signer = signers.SimpleSigner.load_pkcs12(  # type: ignore[no-untyped-call]
        str(p12), passphrase=passphrase
    )
    if signer is None:
        raise ValueError(f"{p12} cannot be read as a PKCS#12 file with this passphrase")
    return _sign(pdf, signer, reason, location, "Penyelenggara")


def _writer(pdf: bytes) -> IncrementalPdfFileWriter:
    """An incremental writer whose signature revision leaves the document's metadata as made.

    pyHanko otherwise rewrites the XMP packet and the information dictionary on every revision
    (a new ModDate, "; pyHanko x.y" appended to the Info Producer but not to the XMP one), so a
    signed PDF/A-2b file would no longer have Info and XMP agree (ISO 19005-2, 6.6.3). The
    signing time is in the signature itself; tests/documents/test_pdfa.py holds every signed
    document to the PDF/A rules."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    class _KeepMetadata(IncrementalPdfFileWriter):
        def _update_meta(self) -> None:
            return None

    return _KeepMetadata(io.BytesIO(pdf), strict=False)


def _sign(pdf: bytes, signer: object, reason: str, location: str, field_name: str) -> bytes:
    from pyhanko.sign import fields, signers

    writer = _writer(pdf)
    existing = {name for name, _, _ in fields.enumerate_sig_fields(writer)}
    name, n = field_name, 1
    while name in existing:
        n += 1
        name = f"{field_name}{n}"
    meta = signers.PdfSignatureMetadata(
        field_name=name,
        subfilter=fields.SigSeedSubFilter.PADES,
        md_algorithm="sha256",
        reason=reason[:200],
        location=location[:200],
    )
    out = signers.sign_pdf(writer, meta, signer=signer)  # type: ignore[arg-type]
    return bytes(out.getvalue())


@dataclass(frozen=True)
class SignatureInfo:
    signer: str  # the certificate's subject, RFC 4514
    intact: bool  # the signed bytes are unchanged
    valid: bool  # the cryptographic signature verifies with the certificate
    trusted: bool  # the certificate chains to one of the given trust roots
    whole_file: bool  # it covers the whole file (nothing after it)
    later_changes: str  # what revisions after it changed (ModificationLevel name)
    revision: int  # the file revision this signature made (1 = the first after the original)
    certificate: x509.Certificate


@dataclass
class SignatureReport:
    revisions: int
    signatures: list[SignatureInfo] = field(default_factory=list)
    original_end: int = 0  # the document as made is data[:original_end]
    problems: list[str] = field(default_factory=list)

    @property
    def signed(self) -> bool:
        return bool(self.signatures)

    @property
    def ok(self) -> bool:
        return self.signed and not self.problems


def revision_ends(data: bytes) -> list[int]:
    return [m.end() for m in _REVISION_END.finditer(data)]


def signature_report(
    data: bytes, trust_roots: list[x509.Certificate] | tuple[x509.Certificate, ...] = ()
) -> SignatureReport:
    """Every signature of a PDF, checked; ``problems`` lists why the file is not a document
    signed once (or counter-signed) and unchanged since. No network is used."""
    from pyhanko.pdf_utils.misc import PdfReadError
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.errors import SignatureValidationError
    from pyhanko_certvalidator import ValidationContext

    ends = revision_ends(data)
    report = SignatureReport(revisions=len(ends), original_end=ends[0] if ends else len(data))
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        embedded = list(reader.embedded_signatures)
    except (PdfReadError, ValueError, KeyError, TypeError) as exc:
        report.problems.append(f"the file's signatures cannot be read ({exc})")
        return report
    if not embedded:
        return report
    context = ValidationContext(trust_roots=[_asn1(c) for c in trust_roots], allow_fetching=False)
    for index, sig in enumerate(embedded):
        try:
            status = validate_pdf_signature(sig, context)
            cert = x509.load_der_x509_certificate(sig.signer_cert.dump())
        except (SignatureValidationError, ValueError, KeyError, TypeError) as exc:
            report.problems.append(f"signature {index + 1} cannot be checked ({exc})")
            continue
        level = status.modification_level
        info = SignatureInfo(
            signer=cert.subject.rfc4514_string(),
            intact=bool(status.intact),
            valid=bool(status.valid),
            trusted=bool(status.trusted),
            whole_file=status.coverage is not None and status.coverage.name == "ENTIRE_FILE",
            later_changes=level.name if level is not None else "UNKNOWN",
            revision=int(sig.signed_revision),
            certificate=cert,
        )
        report.signatures.append(info)
        if not info.intact or not info.valid:
            report.problems.append(
                f"signature by {info.signer} does not verify: the file was changed after signing"
            )
        elif info.later_changes not in ALLOWED_LATER_CHANGES:
            report.problems.append(
                f"the file was changed after {info.signer} signed it ({info.later_changes})"
            )
    if report.signatures and not report.signatures[-1].whole_file:
        report.problems.append("data was added after the last signature")
    if len(report.signatures) != report.revisions - 1:
        report.problems.append(
            f"{report.revisions} revisions but {len(report.signatures)} signature(s): the file "
            "was changed and saved again besides being signed"
        )
    return report
