"""PDF signatures (PAdES, pyHanko) on receipts, the attendance list, the minutes and the
ceremony archive: intact and covering the whole file; a changed byte breaks them; `pakta
verify` accepts exactly the desk's own signature revision (and an organiser's counter-
signature on an archive) and nothing else after it; the archive's manifest proves inclusion."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives.serialization import BestAvailableEncryption, pkcs12

from desktop_app.documents.archive import manifest_path
from desktop_app.documents.receipt_data import load_receipt
from desktop_app.documents.receipt_verify import verify_receipt_pdf
from desktop_app.documents.verdicts import PageProblem
from desktop_app.printing.content import receipt_pdf
from desktop_app.services.exports import attendance_pdf, minutes_pdf, pledges_pdf
from desktop_app.storage.document_key import document_signer, save_chain
from pakta_common.proof.manifest import manifest_problems, proves_inclusion, record_inclusion
from pakta_common.proof.pades import sign_pdf, sign_pdf_pkcs12, signature_report
from pakta_common.proof.pki import (
    cert_pem,
    is_self_issued,
    issue_desk_certificate,
    make_ca,
    make_csr,
    new_document_key,
)
from tests.documents.factory import Ceremony


def _changed(data: bytes, at: int) -> bytes:
    out = bytearray(data)
    out[at] = ord("7") if out[at] != ord("7") else ord("8")
    return bytes(out)


def test_printed_receipt_is_signed_intact_and_whole(ceremony: Ceremony, record_id: str) -> None:
    store = ceremony.store
    pdf = receipt_pdf(store, load_receipt(store, record_id), "a5")
    report = signature_report(pdf)
    assert report.ok, report.problems
    (sig,) = report.signatures
    assert sig.intact and sig.valid and sig.whole_file and sig.revision == 1
    assert is_self_issued(sig.certificate)  # not enrolled: marked self-issued
    assert not sig.trusted  # and no reader is asked to trust it


def test_organiser_certified_receipt_is_trusted(ceremony: Ceremony, record_id: str) -> None:
    store = ceremony.store
    ca_key, ca = make_ca("BKPSDM Kota Malang")
    signer = document_signer(store)
    csr = make_csr(signer.key, store.station_name, store.station_id)
    desk = issue_desk_certificate(ca_key, ca, csr, store.station_name, store.station_id)
    save_chain(store, [cert_pem(desk).decode(), cert_pem(ca).decode()])
    pdf = receipt_pdf(store, load_receipt(store, record_id), "roll80")
    report = signature_report(pdf, [ca])
    assert report.ok and report.signatures[0].trusted


def test_a_changed_byte_breaks_the_signature(ceremony: Ceremony, record_id: str) -> None:
    store = ceremony.store
    pdf = receipt_pdf(store, load_receipt(store, record_id), "a5")
    at = pdf.index(b"stream") + 200  # inside the page's drawing
    broken = signature_report(_changed(pdf, at))
    assert not broken.ok and "does not verify" in broken.problems[0]
    appended = signature_report(pdf + b"\n% appended\n")
    assert not appended.ok


def test_verify_accepts_the_desks_signature_revision(
    ceremony: Ceremony, record_id: str, tmp_path: Path
) -> None:
    store = ceremony.store
    path = tmp_path / "receipt.pdf"
    path.write_bytes(receipt_pdf(store, load_receipt(store, record_id), "a5"))
    (verdict,) = verify_receipt_pdf(store, path)
    assert verdict.valid, verdict.reason
    check = next(c for c in verdict.checks if c.name == "pdf_signature")
    assert check.ok and "whole file" in check.detail


def test_verify_refuses_a_changed_signed_receipt(
    ceremony: Ceremony, record_id: str, tmp_path: Path
) -> None:
    store = ceremony.store
    pdf = receipt_pdf(store, load_receipt(store, record_id), "a5")
    path = tmp_path / "receipt.pdf"
    path.write_bytes(_changed(pdf, pdf.index(b"stream") + 200))
    (verdict,) = verify_receipt_pdf(store, path)
    assert not verdict.valid


def test_verify_refuses_a_signature_by_someone_else(
    ceremony: Ceremony, record_id: str, tmp_path: Path
) -> None:
    """A genuine receipt signed afterwards by a stranger's certificate (not a desk's)."""
    from desktop_app.documents.receipt import build_receipt

    store = ceremony.store
    stranger = new_document_key()
    cert = _with_unit(stranger, "Kantor Lain")
    pdf = sign_pdf(build_receipt(load_receipt(store, record_id), "a5"), stranger, [cert],
                   reason="x")  # fmt: skip
    path = tmp_path / "receipt.pdf"
    path.write_bytes(pdf)
    (verdict,) = verify_receipt_pdf(store, path)
    assert not verdict.valid and verdict.problem is PageProblem.STRUCTURE
    assert "not by a Pakta Station desk" in verdict.reason


def _with_unit(key: object, unit: str) -> x509.Certificate:
    import datetime as dt

    from cryptography.hazmat.primitives import hashes
    from cryptography.x509.oid import NameOID

    name = x509.Name([x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, unit),
                      x509.NameAttribute(NameOID.COMMON_NAME, "Orang Lain")])  # fmt: skip
    now = dt.datetime.now(dt.UTC)
    return (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())  # type: ignore[attr-defined]
        .serial_number(1)
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .sign(key, hashes.SHA256())  # type: ignore[arg-type]
    )


@pytest.mark.parametrize("export", [attendance_pdf, minutes_pdf, pledges_pdf])
def test_exports_are_signed(ceremony: Ceremony, tmp_path: Path, export: object) -> None:
    path = tmp_path / "out.pdf"
    export(ceremony.store, None, path)  # type: ignore[operator]
    report = signature_report(path.read_bytes())
    assert report.ok and report.signatures[0].whole_file, report.problems
    broken = signature_report(_changed(path.read_bytes(), 400))
    assert not broken.ok


def _organiser_p12(tmp_path: Path) -> Path:
    key, cert = make_ca("BKPSDM Kota Malang (penyelenggara)")
    path = tmp_path / "penyelenggara.p12"
    path.write_bytes(
        pkcs12.serialize_key_and_certificates(
            b"bkpsdm", key, cert, None, BestAvailableEncryption(b"rahasia")
        )
    )
    return path


def test_archive_counter_signed_by_the_organiser(ceremony: Ceremony, tmp_path: Path) -> None:
    store = ceremony.store
    path = tmp_path / "arsip.pdf"
    assert pledges_pdf(store, None, path) == 4
    signed = sign_pdf_pkcs12(
        path.read_bytes(), _organiser_p12(tmp_path), b"rahasia", reason="Disahkan penyelenggara"
    )
    report = signature_report(signed)
    assert report.ok, report.problems
    assert [s.revision for s in report.signatures] == [1, 2]
    assert report.signatures[1].whole_file and "penyelenggara" in report.signatures[1].signer
    final = tmp_path / "arsip-final.pdf"
    final.write_bytes(signed)
    verdicts = verify_receipt_pdf(store, final)
    assert len(verdicts) == 4 and all(v.valid for v in verdicts), [v.reason for v in verdicts]
    with pytest.raises(ValueError):
        sign_pdf_pkcs12(path.read_bytes(), _organiser_p12(tmp_path), b"salah", reason="x")


def test_archive_manifest_proves_inclusion(ceremony: Ceremony, tmp_path: Path) -> None:
    store = ceremony.store
    path = tmp_path / "arsip.pdf"
    pledges_pdf(store, None, path)
    manifest = json.loads(manifest_path(path).read_text("utf-8"))
    assert manifest_problems(manifest, store.key.public_bytes) == []
    assert f"merkle {manifest['merkle_root']}" in path.read_bytes().decode("latin-1")
    for entry in manifest["records"]:
        proof = record_inclusion(manifest, entry["hash"])
        assert proof is not None and proves_inclusion(entry["hash"], proof, manifest["merkle_root"])
    assert record_inclusion(manifest, "f" * 64) is None
    tampered = dict(manifest, records=manifest["records"][1:])
    assert manifest_problems(tampered, store.key.public_bytes) != []


def test_server_countersign_command(ceremony: Ceremony, tmp_path: Path) -> None:
    from desktop_app.cli.main import main

    archive, out = tmp_path / "arsip.pdf", tmp_path / "arsip-ttd.pdf"
    pledges_pdf(ceremony.store, None, archive)
    p12 = _organiser_p12(tmp_path)
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("PAKTA_P12_PASSPHRASE", "rahasia")
        argv = ["--json", "server", "countersign", str(archive), "--p12", str(p12)]
        assert main([*argv, "--out", str(out)]) == 0
        assert signature_report(out.read_bytes()).ok
        plain = tmp_path / "polos.pdf"
        plain.write_bytes(b"%PDF-1.4 not signed")
        assert main(["server", "countersign", str(plain), "--p12", str(p12), "--out",
                     str(tmp_path / "x.pdf")]) == 1  # fmt: skip
        mp.setenv("PAKTA_P12_PASSPHRASE", "salah")
        assert main([*argv, "--out", str(tmp_path / "y.pdf")]) == 2


def test_verify_refuses_a_genuine_receipt_re_signed_by_another_desk(
    ceremony: Ceremony, record_id: str, tmp_path: Path
) -> None:
    """The unchanged receipt signed by another Pakta desk (any fresh install has a desk
    certificate of its own): the page is the sealing desk's, the PDF signature is not."""
    from desktop_app.documents.receipt import build_receipt
    from desktop_app.storage.store import Store

    store = ceremony.store
    drawn = build_receipt(load_receipt(store, record_id), "a5")
    with Store.open(tmp_path / "other-desk", station_name="Laptop Lain") as other:
        signer = document_signer(other)
        pdf = sign_pdf(drawn, signer.key, list(signer.chain), reason="x")
        other_id = other.station_id
    path = tmp_path / "receipt.pdf"
    path.write_bytes(pdf)
    (verdict,) = verify_receipt_pdf(store, path)
    assert not verdict.valid and verdict.problem is PageProblem.STRUCTURE
    assert "another desk" in verdict.reason and other_id in verdict.reason
    own = tmp_path / "own.pdf"
    own.write_bytes(receipt_pdf(store, load_receipt(store, record_id), "a5"))
    (verdict,) = verify_receipt_pdf(store, own)
    assert verdict.valid, verdict.reason
