"""`pakta verify`: genuine receipts pass; altered text, foreign QRs, forged signatures, unknown
keys, voided records and lost records are each named."""

from __future__ import annotations

import dataclasses
import json
import shutil
from pathlib import Path

import pytest

from desktop_app.cli.main import main
from desktop_app.documents.receipt import build_receipt
from desktop_app.documents.receipt_data import load_receipt
from desktop_app.documents.receipt_verify import verify_receipt_pdf, verify_seal_text
from desktop_app.services.signing import void_pledge
from desktop_app.storage.models import SignedPledge
from desktop_app.storage.store import Store
from pakta_common.integrity.seal import Problem, make_seal
from tests.documents.factory import Ceremony, make_ceremony, sign


def _write(tmp_path: Path, name: str, pdf: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(pdf)
    return path


def _ids(c: Ceremony) -> list[str]:
    with c.store.read() as s:
        return [r.id for r in s.query(SignedPledge).order_by(SignedPledge.station_seq)]


def test_genuine_receipt_verifies(ceremony: Ceremony, record_id: str, tmp_path: Path) -> None:
    data = load_receipt(ceremony.store, record_id)
    for layout in ("a4", "a5", "roll80"):
        path = _write(tmp_path, f"{layout}.pdf", build_receipt(data, layout))
        (verdict,) = verify_receipt_pdf(ceremony.store, path)
        assert verdict.valid, verdict.reason
        assert verdict.record_id == record_id
        assert verdict.nip == data.field("identifier")


def test_altered_name_is_altered_text(ceremony: Ceremony, record_id: str, tmp_path: Path) -> None:
    data = load_receipt(ceremony.store, record_id)
    fields = dict(data.fields, name="Orang Lain Sama Sekali")
    forged = dataclasses.replace(data, fields=fields)  # same seal, different printed name
    (verdict,) = verify_receipt_pdf(
        ceremony.store, _write(tmp_path, "f.pdf", build_receipt(forged))
    )
    assert not verdict.valid
    assert verdict.problem is Problem.ALTERED_TEXT
    assert "name" in verdict.reason


def test_altered_pledge_text_is_altered_text(
    ceremony: Ceremony, record_id: str, tmp_path: Path
) -> None:
    data = load_receipt(ceremony.store, record_id)
    forged = dataclasses.replace(data, pledge_text=data.pledge_text.replace("Menolak", "Menerima"))
    (verdict,) = verify_receipt_pdf(
        ceremony.store, _write(tmp_path, "f.pdf", build_receipt(forged))
    )
    assert verdict.problem is Problem.ALTERED_TEXT
    assert "pledge text" in verdict.reason


def test_qr_from_another_record(ceremony: Ceremony, tmp_path: Path) -> None:
    first, second = _ids(ceremony)[:2]
    a, b = load_receipt(ceremony.store, first), load_receipt(ceremony.store, second)
    swapped = dataclasses.replace(a, seal=b.seal)
    (verdict,) = verify_receipt_pdf(
        ceremony.store, _write(tmp_path, "s.pdf", build_receipt(swapped))
    )
    assert verdict.problem is Problem.ALTERED_TEXT
    assert "text differs at the name" in verdict.reason  # the page shows another person


def test_forged_signature(ceremony: Ceremony, record_id: str, tmp_path: Path) -> None:
    data = load_receipt(ceremony.store, record_id)
    sig = bytearray(bytes.fromhex(data.fields["station_sig"]))
    sig[5] ^= 0x40
    forged_seal = make_seal(dict(data.fields, station_sig=sig.hex()), ceremony.store.key.key_id)
    assert verify_seal_text(ceremony.store, forged_seal).problem is Problem.BAD_SIGNATURE
    # a record rewritten wholesale (new name in the seal too) cannot carry a valid signature
    rewritten = make_seal(dict(data.fields, name="Orang Lain"), ceremony.store.key.key_id)
    forged = dataclasses.replace(data, fields=dict(data.fields, name="Orang Lain"), seal=rewritten)
    (verdict,) = verify_receipt_pdf(
        ceremony.store, _write(tmp_path, "x.pdf", build_receipt(forged))
    )
    assert verdict.problem is Problem.BAD_SIGNATURE


def test_unknown_station_key(ceremony: Ceremony, record_id: str, tmp_path: Path) -> None:
    data = load_receipt(ceremony.store, record_id)
    with Store.open(tmp_path / "elsewhere") as other:
        verdict = verify_seal_text(other, data.seal)
    assert verdict.problem is Problem.UNKNOWN_KEY
    assert data.seal  # the QR alone named the key


def _inspector(c: Ceremony, path: Path, data: object, *, with_ceremony: bool = True) -> Store:
    """Another store that trusts the desk's key and knows its pledge text (and ceremony), as a
    desk of the same venue or the organiser's laptop would after a sync, without the record."""
    from desktop_app.services.templates import ensure_template
    from desktop_app.storage.models import Ceremony as CeremonyRow
    from desktop_app.storage.models import TrustedKey

    other = Store.open(path)
    with c.store.read() as session:
        source = session.get(CeremonyRow, c.ceremony_id)
        assert source is not None
        copy = {k: getattr(source, k) for k in ("id", "title", "date", "venue", "organizer")}
    with other.write() as session:
        session.add(
            TrustedKey(
                key_id=c.store.key.key_id, public_key=c.store.key.public_bytes, owner="Meja 1"
            )
        )
        template = ensure_template(session, data.pledge_text)  # type: ignore[attr-defined]
        if with_ceremony:
            session.add(
                CeremonyRow(**copy, template_id=template.id, created_at="2026-11-01T00:00:00Z")
            )
    return other


def test_offline_in_another_store_that_trusts_the_key(
    ceremony: Ceremony, record_id: str, tmp_path: Path
) -> None:
    """A verifier with only the station's public key, the pledge template and the ceremony, and
    no copy of the record, still proves the receipt genuine: the seal carries the record. It
    cannot check the signature image (it has none), and says so."""
    data = load_receipt(ceremony.store, record_id)
    path = _write(tmp_path, "r.pdf", build_receipt(data, "a4"))
    with _inspector(ceremony, tmp_path / "inspector", data) as other:
        (verdict,) = verify_receipt_pdf(other, path)
        assert verdict.valid, verdict.reason
        assert "signature image was not checked" in verdict.reason
        checks = {c.name: c for c in verdict.checks}
        assert checks["signature_image"].detail.startswith("not checked")
        assert checks["record"].ok and "not in this store" in checks["record"].detail
        assert verify_seal_text(other, data.seal).valid


def test_another_store_without_the_ceremony_cannot_redraw_the_page(
    ceremony: Ceremony, record_id: str, tmp_path: Path
) -> None:
    data = load_receipt(ceremony.store, record_id)
    path = _write(tmp_path, "r.pdf", build_receipt(data, "a5"))
    with _inspector(ceremony, tmp_path / "inspector", data, with_ceremony=False) as other:
        (verdict,) = verify_receipt_pdf(other, path)
        assert not verdict.valid and verdict.problem == "unknown_ceremony"
        assert "--qr" in verdict.reason
        assert verify_seal_text(other, data.seal).valid  # the QR alone still proves the record


def test_voided_record(ceremony: Ceremony, record_id: str) -> None:
    seal = load_receipt(ceremony.store, record_id).seal
    void_pledge(ceremony.store, record_id, "salah orang")
    verdict = verify_seal_text(ceremony.store, seal)
    assert verdict.problem is Problem.VOIDED


def test_unknown_record_when_the_station_lost_it(tmp_path: Path) -> None:
    c = make_ceremony(tmp_path / "desk", people=2)
    c.store.close()
    shutil.copytree(tmp_path / "desk", tmp_path / "backup")  # restored later from this
    c.store = Store.open(tmp_path / "desk")
    rid = sign(c, c.identifiers[0])
    seal = load_receipt(c.store, rid).seal
    c.store.close()
    with Store.open(tmp_path / "backup") as restored:
        verdict = verify_seal_text(restored, seal)
    assert verdict.problem is Problem.UNKNOWN_RECORD


def test_pdf_without_a_seal(ceremony: Ceremony, tmp_path: Path) -> None:
    from reportlab.pdfgen.canvas import Canvas

    path = tmp_path / "plain.pdf"
    canvas = Canvas(str(path))
    canvas.drawString(100, 700, "bukan tanda terima")
    canvas.save()
    (verdict,) = verify_receipt_pdf(ceremony.store, path)
    assert verdict.problem is Problem.NO_SEAL
    garbage = _write(tmp_path, "g.pdf", b"%PDF-1.4 garbage")
    assert not verify_receipt_pdf(ceremony.store, garbage)[0].valid


def _cli(data_dir: Path, *args: str) -> tuple[int, dict[str, object]]:
    import contextlib
    import io

    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        code = main(["--data-dir", str(data_dir), "--json", *args])
    return code, json.loads(buf.getvalue() or "{}")


def test_cli_verify_exit_codes_and_json(
    ceremony: Ceremony, record_id: str, data_dir: Path, tmp_path: Path
) -> None:
    data = load_receipt(ceremony.store, record_id)
    good = _write(tmp_path, "good.pdf", build_receipt(data))
    code, out = _cli(data_dir, "verify", str(good))
    assert code == 0 and out["valid"] is True
    assert {"valid", "reason", "record_id", "nip", "signed_at"} <= set(out)
    assert out["record_id"] == record_id
    code, out = _cli(data_dir, "verify", "--qr", data.seal)
    assert code == 0 and out["nip"] == data.field("identifier")
    code, out = _cli(data_dir, "verify", "--qr", data.seal[:-6] + "AAAAAA")
    assert code == 1 and out["valid"] is False and out["reason"]
    forged = dataclasses.replace(data, fields=dict(data.fields, unit="Unit Palsu"))
    code, out = _cli(data_dir, "verify", str(_write(tmp_path, "bad.pdf", build_receipt(forged))))
    assert code == 1 and out["problem"] == "altered_text"
    assert main(["--data-dir", str(data_dir), "verify", str(tmp_path / "missing.pdf")]) == 2
    assert main(["--data-dir", str(data_dir), "verify"]) == 2


@pytest.mark.parametrize("text", ["PKT1.199001012015011001.abcdef12.x", "hello", ""])
def test_non_seal_qr_texts(ceremony: Ceremony, text: str) -> None:
    verdict = verify_seal_text(ceremony.store, text)
    assert not verdict.valid and verdict.problem is Problem.DAMAGED


def test_scanned_receipt_without_text_layer(
    ceremony: Ceremony, record_id: str, tmp_path: Path
) -> None:
    """A receipt scanned back to an image PDF: the seal is read, the text cannot be."""
    import io

    from desktop_app.documents.pdf_reading import render_pages

    data = load_receipt(ceremony.store, record_id)
    original = _write(tmp_path, "r.pdf", build_receipt(data, "a5"))
    (page,) = render_pages(original, 1, 1, dpi=200)
    buf = io.BytesIO()
    page.convert("RGB").save(buf, "PDF", resolution=200)
    scan = _write(tmp_path, "scan.pdf", buf.getvalue())
    (verdict,) = verify_receipt_pdf(ceremony.store, scan)
    assert verdict.problem is Problem.NO_TEXT
    assert "genuine" in verdict.reason and record_id in verdict.reason


def test_long_pledge_text_spans_pages_and_still_verifies(tmp_path: Path) -> None:
    from desktop_app.documents.receipt_verify import squash
    from tests.documents.pdfcheck import reader, text_of

    clause = (
        "Saya tidak akan menggunakan fasilitas negara, jabatan, maupun pengaruh saya untuk "
        "kepentingan pasangan calon mana pun, baik secara langsung maupun tidak langsung."
    )
    pledge = "PAKTA INTEGRITAS\n\n" + "\n\n".join(f"{i}. {clause}" for i in range(1, 60))
    from desktop_app.services.ceremonies import create_ceremony

    c = make_ceremony(tmp_path / "s", people=2)
    info = create_ceremony(
        c.store, title="Apel Panjang", date="2026-11-24", venue="Aula", pledge_text=pledge
    )
    from desktop_app.services.roster_import import apply_roster
    from desktop_app.storage.models import PledgeTemplate
    from pakta_common.roster_file import RosterRow

    apply_roster(c.store, [RosterRow(2, c.identifiers[0], "nip", "Siti Nurhaliza")], [], info.id)
    with c.store.read() as s:
        sha = s.get(PledgeTemplate, info.template_id).sha256  # type: ignore[union-attr]
    long_c = Ceremony(c.store, info.id, sha, [c.identifiers[0]])
    rid = sign(long_c, c.identifiers[0])
    data = load_receipt(c.store, rid)
    for layout in ("a4", "a5"):
        pdf = build_receipt(data, layout)
        assert len(reader(pdf).pages) > 1
        assert squash(pledge) in squash(text_of(pdf))
        (verdict,) = verify_receipt_pdf(c.store, _write(tmp_path, f"{layout}.pdf", pdf))
        assert verdict.valid, verdict.reason
    c.store.close()
