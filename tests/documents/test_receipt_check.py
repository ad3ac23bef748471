"""The desk reads a receipt (services.receipt_check): a real store, real sealed records, both QR
forms; valid, voided, superseded, forged, foreign, damaged, each with what the page may show."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from desktop_app.demo.factory import handwritten_signature
from desktop_app.documents.receipt_data import load_receipt
from desktop_app.services.receipt_check import ReceiptStatus, check_receipt
from desktop_app.services.signing import PledgeRequest, register_pledge, void_pledge
from desktop_app.settings import RECEIPT_LINK_BASE, set_setting
from desktop_app.storage.models import SignedPledge
from pakta_common.integrity.receipt_link import link_for_seal
from tests.documents.factory import Ceremony, make_ceremony, sign, sign_all, signature_png

BASE = "https://pakta.bkpsdm.malangkota.go.id"


def _seal(c: Ceremony, record_id: str) -> str:
    return load_receipt(c.store, record_id).seal


def _first(c: Ceremony) -> str:
    with c.store.read() as session:
        row = session.query(SignedPledge).order_by(SignedPledge.station_seq).first()
        assert row is not None
        return row.id


@pytest.mark.parametrize("form", ["seal", "link", "link in lower case"])
def test_a_genuine_receipt_is_valid_with_what_the_receipt_shows(
    ceremony: Ceremony, form: str
) -> None:
    record_id = _first(ceremony)
    seal = _seal(ceremony, record_id)
    text = {
        "seal": seal,
        "link": link_for_seal(BASE, seal),
        "link in lower case": link_for_seal(BASE, seal).lower(),
    }[form]
    check = check_receipt(ceremony.store, text + "\r\n")
    assert check.status is ReceiptStatus.VALID, check.reason
    assert check.genuine and check.problem == ""
    with ceremony.store.read() as session:
        row = session.get(SignedPledge, record_id)
        assert row is not None
        assert (check.name, check.signed_at, check.kind) == (row.name, row.signed_at, "pledge")
        nip = row.identifier
    assert check.masked_identifier == nip[:6] + "*" * 9 + nip[-3:]
    assert nip not in repr(check)  # the whole NIP is not what the page is given
    assert check.ceremony.startswith("Penandatanganan Pakta Integritas")
    assert check.venue == "Gedung Islamic Center, Kota Malang"
    assert check.desk == "Meja 1"
    assert check.timezone == "Asia/Jakarta"


def test_a_genuine_seal_behind_another_address_is_flagged(ceremony: Ceremony) -> None:
    """A copied genuine seal in a link to some other site: the record is genuine, but a phone
    would not reach the organiser's page. Only once the desk knows its organiser's address."""
    seal = _seal(ceremony, _first(ceremony))
    elsewhere = link_for_seal("https://pakta-cek.example.com/x", seal)
    assert check_receipt(ceremony.store, elsewhere).link_elsewhere == ""  # nothing to compare
    with ceremony.store.write() as session:
        set_setting(session, RECEIPT_LINK_BASE, "HTTPS://PAKTA.BKPSDM.MALANGKOTA.GO.ID/Pakta")
    check = check_receipt(ceremony.store, elsewhere)
    assert check.status is ReceiptStatus.VALID
    assert check.link_elsewhere == "HTTPS://PAKTA-CEK.EXAMPLE.COM/X"
    for same in (
        link_for_seal(BASE + "/Pakta", seal),
        link_for_seal(BASE + "/Pakta", seal).lower(),  # a case-inverting scanner
        seal,
    ):
        assert check_receipt(ceremony.store, same).link_elsewhere == ""


def test_a_voided_record_says_voided(ceremony: Ceremony) -> None:
    record_id = _first(ceremony)
    void_pledge(ceremony.store, record_id, "salah orang", operator="petugas-1")
    check = check_receipt(ceremony.store, _seal(ceremony, record_id))
    assert check.status is ReceiptStatus.VOIDED
    assert check.genuine and check.name  # genuine, so whose it was is shown
    assert "voided" in check.reason


def test_a_signing_done_again_says_superseded(data_dir: Path) -> None:
    c = make_ceremony(data_dir, people=2)
    first = sign(c, c.identifiers[0])
    again = register_pledge(
        c.store,
        replace(
            _request(c),
            identifier=c.identifiers[0],
            resign_reason="tanda tangan pertama tidak jelas",
        ),
    )
    assert again.kind == "resign"
    check = check_receipt(c.store, _seal(c, first))
    assert check.status is ReceiptStatus.SUPERSEDED
    assert again.record_id in check.reason
    assert check_receipt(c.store, _seal(c, again.record_id)).status is ReceiptStatus.VALID
    c.store.close()


def _request(c: Ceremony) -> PledgeRequest:
    return PledgeRequest(
        identifier=c.identifiers[0],
        shown_text_sha256=c.template_sha,
        consent_at="2026-11-23T02:00:00.000Z",
        signature=handwritten_signature(1),
        image_png=signature_png(3),
        operator="petugas-1",
        ceremony_id=c.ceremony_id,
        consent_method="pad_box",
        pledge_shown_at="2026-11-23T01:59:50.000Z",
    )


def test_a_changed_seal_is_not_valid_and_shows_no_name(ceremony: Ceremony) -> None:
    seal = _seal(ceremony, _first(ceremony))
    i = 200
    forged = seal[:i] + ("7" if seal[i] != "7" else "8") + seal[i + 1 :]
    for text in (forged, link_for_seal(BASE, forged)):
        check = check_receipt(ceremony.store, text)
        assert check.status is ReceiptStatus.NOT_VALID
        assert not check.genuine
        assert (check.name, check.masked_identifier, check.signed_at) == ("", "", "")
        assert check.problem in ("bad_signature", "damaged_seal")


def test_a_receipt_of_a_desk_this_one_does_not_know_is_not_valid(
    ceremony: Ceremony, tmp_path: Path
) -> None:
    other = make_ceremony(tmp_path / "other", people=1, station_name="Meja Lain")
    (foreign,) = sign_all(other, 1)
    check = check_receipt(ceremony.store, _seal(other, foreign))
    other.store.close()
    assert check.status is ReceiptStatus.NOT_VALID
    assert check.problem == "unknown_station_key" and "unknown station key" in check.reason
    assert check.name == ""


@pytest.mark.parametrize(
    "text",
    [
        "PKS1:",
        "PKS1:!!!not base45",
        "https://pakta.example.go.id/V/ABC",
        "https://pakta.example.go.id/V/" + "Z" * 5000,
        "PKS1:" + "A" * 5000,
    ],
)
def test_damaged_codes_are_not_valid_with_a_reason(ceremony: Ceremony, text: str) -> None:
    check = check_receipt(ceremony.store, text)
    assert check.status is ReceiptStatus.NOT_VALID
    assert check.reason and check.name == ""
