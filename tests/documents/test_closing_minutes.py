"""The berita acara penutupan: drawn from the two closing records, PAdES-signed, and verified
by `pakta verify` from its seals alone; a changed count, name or byte is not valid."""

from __future__ import annotations

import dataclasses
import io
from pathlib import Path

import pytest

from desktop_app.demo.factory import closing_request
from desktop_app.documents.closing_data import (
    CLOSING_REASON,
    closing_pdf,
    load_closing_minutes,
)
from desktop_app.documents.closing_minutes import build_closing_minutes
from desktop_app.documents.closing_verify import statement_misfit
from desktop_app.documents.document_signing import sign_document
from desktop_app.documents.pdf_reading import read_pdf
from desktop_app.documents.receipt_verify import verify_receipt_pdf
from desktop_app.domain.errors import NotFound
from desktop_app.services.closing import close_ceremony
from desktop_app.services.signing import void_pledge
from pakta_common.proof.pades import signature_report
from tests.documents.factory import Ceremony, sign


@pytest.fixture
def closed(ceremony: Ceremony, tmp_path: Path) -> Path:
    void_pledge(ceremony.store, sign(ceremony, ceremony.identifiers[4], seed=4), "salah orang")
    close_ceremony(ceremony.store, closing_request(ceremony.store, ceremony.ceremony_id))
    path = tmp_path / "berita-acara.pdf"
    closing_pdf(ceremony.store, ceremony.ceremony_id, path)
    return path


def test_berita_acara_states_the_counts_and_both_signers(closed: Path) -> None:
    (page,) = read_pdf(closed)
    text = " ".join(page.text.split())
    assert "BERITA ACARA PENUTUPAN" in text
    assert "telah menandatangani: 4 (empat)" in text
    assert "dibatalkan: 1 (satu)" in text
    assert "Drs. H. Wahyu Hidayat, M.M." in text and "Rina Kartika" in text
    assert "Bawaslu Kota Malang" in text and "NIP 196805121990031005" in text
    assert len(page.codes) == 2  # one seal per signer
    assert text.count("Cara persetujuan: centang di kotak pada pad") == 2  # layout 2 onwards
    report = signature_report(closed.read_bytes())
    assert report.signed and not report.problems


def test_pakta_verify_says_valid_and_names_both_signers(ceremony: Ceremony, closed: Path) -> None:
    (verdict,) = verify_receipt_pdf(ceremony.store, closed)
    assert verdict.valid, verdict.reason
    assert "Drs. H. Wahyu Hidayat, M.M. (PPK)" in verdict.reason
    assert "Rina Kartika (witness)" in verdict.reason
    assert {c.name for c in verdict.checks} >= {"pdf_signature", "closing_link", "page_text"}
    (drawing,) = [c for c in verdict.checks if c.name == "page_content"]
    assert drawing.ok and "image" in drawing.detail  # this desk holds the signature images


def _painted_over(closed: Path, tmp_path: Path) -> Path:
    """A tamperer's berita acara: the document as made (its signature revision cut off), a
    white box over the count and a "9" drawn in strokes on it (no text added: the words stay
    the sealed ones), re-signed with the self-issued certificate of any fresh install."""
    from pypdf import PdfReader, PdfWriter

    from desktop_app.storage.store import Store

    data = closed.read_bytes()
    writer = PdfWriter(
        clone_from=PdfReader(io.BytesIO(data[: signature_report(data).original_end]))
    )
    stream = writer.pages[0]["/Contents"].get_object()
    x, y = 295.5, 602.0
    stream.set_data(
        stream.get_data()
        + f"\nq 1 1 1 rg {x - 2} {y - 3} 9 12 re f Q\nq 0 0 0 RG 1.4 w {x} {y} m {x + 5} {y} l "
        f"{x + 5} {y + 8} l {x} {y + 8} l {x} {y + 4} l {x + 5} {y + 4} l S Q\n".encode()
    )
    out = io.BytesIO()
    writer.write(out)
    other = Store.open(tmp_path / "any-other-desk", station_name="Laptop Penyerang")
    try:
        forged = sign_document(other, out.getvalue(), CLOSING_REASON)
    finally:
        other.close()
    path = tmp_path / "painted.pdf"
    path.write_bytes(forged)
    return path


def test_a_page_painted_over_and_re_signed_by_another_desk_is_not_valid(
    ceremony: Ceremony, closed: Path, tmp_path: Path
) -> None:
    (verdict,) = verify_receipt_pdf(ceremony.store, _painted_over(closed, tmp_path))
    assert not verdict.valid
    assert "altered page" in verdict.reason and "drawing differs" in verdict.reason


def test_without_the_signature_images_every_word_and_line_is_still_checked(
    ceremony: Ceremony, closed: Path, tmp_path: Path
) -> None:
    """Once the pen data and images are erased (retention), the store no longer holds the
    images: the genuine berita acara is still valid, a painted-over one still is not."""
    from desktop_app.clock import utc_now_iso

    with ceremony.store.write() as session:
        assert ceremony.store.blobs.erase(session, ceremony.ceremony_id, utc_now_iso())
    (verdict,) = verify_receipt_pdf(ceremony.store, closed)
    assert verdict.valid, verdict.reason
    (drawing,) = [c for c in verdict.checks if c.name == "page_content"]
    assert drawing.ok and "not checked" in drawing.detail
    (verdict,) = verify_receipt_pdf(ceremony.store, _painted_over(closed, tmp_path))
    assert not verdict.valid and "drawing differs" in verdict.reason


def test_a_changed_byte_is_not_valid(ceremony: Ceremony, closed: Path, tmp_path: Path) -> None:
    data = bytearray(closed.read_bytes())
    at = data.index(b"/Title") + 8
    data[at] = ord("X") if data[at] != ord("X") else ord("Y")
    bad = tmp_path / "changed.pdf"
    bad.write_bytes(bytes(data))
    (verdict,) = verify_receipt_pdf(ceremony.store, bad)
    assert not verdict.valid


def test_a_re_made_page_with_a_changed_count_is_not_valid_even_signed_by_the_desk(
    ceremony: Ceremony, tmp_path: Path, closed: Path
) -> None:
    """A rogue holding the desk's own document key re-draws the page with one more signer."""
    minutes = load_closing_minutes(ceremony.store, ceremony.ceremony_id)
    forged = dataclasses.replace(
        minutes, statement=dataclasses.replace(minutes.statement, signed=5)
    )
    path = tmp_path / "forged.pdf"
    path.write_bytes(sign_document(ceremony.store, build_closing_minutes(forged), CLOSING_REASON))
    (verdict,) = verify_receipt_pdf(ceremony.store, path)
    assert not verdict.valid
    assert "altered text" in verdict.reason


def test_an_unsigned_berita_acara_is_not_valid(ceremony: Ceremony, tmp_path: Path) -> None:
    close_ceremony(ceremony.store, closing_request(ceremony.store, ceremony.ceremony_id))
    minutes = load_closing_minutes(ceremony.store, ceremony.ceremony_id)
    path = tmp_path / "unsigned.pdf"
    path.write_bytes(build_closing_minutes(minutes))
    (verdict,) = verify_receipt_pdf(ceremony.store, path)
    assert not verdict.valid and "no PDF signature" in verdict.reason


def test_an_open_ceremony_has_no_berita_acara(ceremony: Ceremony, tmp_path: Path) -> None:
    with pytest.raises(NotFound, match="not closed"):
        closing_pdf(ceremony.store, ceremony.ceremony_id, tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


def test_the_statement_must_sit_just_before_its_ppk_record(ceremony: Ceremony) -> None:
    """A closing re-signed later (by a rogue holding the desk key) states a chain head that is
    no longer the record before it: refused even though every seal verifies."""
    close_ceremony(ceremony.store, closing_request(ceremony.store, ceremony.ceremony_id))
    minutes = load_closing_minutes(ceremony.store, ceremony.ceremony_id)
    ppk = minutes.ppk.fields
    assert statement_misfit(minutes.statement, ppk) is None
    later = dict(ppk, station_seq=ppk["station_seq"] + 5)
    assert "chain head" in str(statement_misfit(minutes.statement, later))
    other = dict(ppk, ceremony_id="00000000-0000-4000-8000-000000000000")
    assert "another ceremony" in str(statement_misfit(minutes.statement, other))
    elsewhere = dict(ppk, station_id="00000000-0000-4000-8000-000000000001")
    assert "another desk" in str(statement_misfit(minutes.statement, elsewhere))


def test_a_statement_with_other_counts_sealed_by_the_desks_own_key_is_not_valid_there(
    ceremony: Ceremony, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Anyone holding the desk's data folder can seal a closing that states 500 signers (the
    service is replaced here as such a person would, from a Python shell). At the closing desk
    the chain is at hand: its own count is recounted and the lie is caught."""
    import desktop_app.services.closing as service
    from desktop_app.domain.closing import DeskCount

    honest = service.statement_in

    def lying(*args: object) -> object:
        said = honest(*args)  # type: ignore[arg-type]
        desks = tuple(DeskCount(d.station_id, d.name, 500) for d in said.desks)
        return dataclasses.replace(said, signed=500, desks=desks)

    monkeypatch.setattr(service, "statement_in", lying)
    close_ceremony(ceremony.store, closing_request(ceremony.store, ceremony.ceremony_id))
    path = tmp_path / "berita-acara.pdf"
    closing_pdf(ceremony.store, ceremony.ceremony_id, path)
    (verdict,) = verify_receipt_pdf(ceremony.store, path)
    assert not verdict.valid
    assert "says 500 signed at this desk" in verdict.reason and "holds 4" in verdict.reason


def test_the_same_page_re_signed_by_another_desk_is_not_valid(
    ceremony: Ceremony, closed: Path, tmp_path: Path
) -> None:
    """The genuine page, unchanged, its desk's signature cut off and the file signed again by
    a fresh install (its own self-issued certificate): every word and line is the desk's, but
    the PDF signature no longer is the sealing desk's."""
    from desktop_app.storage.store import Store

    data = closed.read_bytes()
    original = data[: signature_report(data).original_end]
    with Store.open(tmp_path / "any-other-desk", station_name="Laptop Penyerang") as other:
        resigned = sign_document(other, original, CLOSING_REASON)
        other_id = other.station_id
    path = tmp_path / "resigned.pdf"
    path.write_bytes(resigned)
    (verdict,) = verify_receipt_pdf(ceremony.store, path)
    assert not verdict.valid
    assert "another desk" in verdict.reason and other_id in verdict.reason
    (genuine,) = verify_receipt_pdf(ceremony.store, closed)
    assert genuine.valid and "pdf_signer" in {c.name for c in genuine.checks}
