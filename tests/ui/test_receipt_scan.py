"""The desk reads a receipt, with real widgets: an attendee signs, the receipt is printed (and
PAdES-signed on the print worker, never the GUI thread), its QR is read back from the printed
PDF and sent through the simulated serial scanner at the ready screen: the verdict page says
valid, with the name, a masked NIP, when and where; a changed seal says not valid and shows no
name; after a void the same receipt says voided. Both QR forms: the PKS1: seal and the link."""

from __future__ import annotations

import threading

import pytest
from pytestqt.qtbot import QtBot

from desktop_app.desk.flow import DeskState
from desktop_app.documents import document_signing
from desktop_app.documents.pdf_reading import read_pdf
from desktop_app.documents.receipt_data import load_receipt
from desktop_app.services.signing import void_pledge
from desktop_app.settings import RECEIPT_LINK_BASE, set_setting
from pakta_common.integrity.receipt_link import link_for_seal
from pakta_common.proof.pades import signature_report
from tests.ui.conftest import (
    FakeClock,
    agree,
    click,
    roster,
    scan,
    sign_in_store,
    sign_on_pad,
    wait_state,
)
from ui.app import Desk

BASE = "https://pakta.bkpsdm.malangkota.go.id"


def _sign_one(qtbot: QtBot, desk: Desk) -> tuple[str, str, str]:
    """An attendee signs through the desk; (record id, NIP, the printed receipt's QR text)."""
    view = desk.window.view
    scan(qtbot, desk)
    wait_state(qtbot, desk, DeskState.IDENTITY)
    click(qtbot, view.identity.yes)
    agree(qtbot, desk)
    sign_on_pad(qtbot, desk)
    click(qtbot, view.signing.confirm)
    wait_state(qtbot, desk, DeskState.DONE)
    record = desk.desk.snapshot.record
    assert record is not None
    printed = desk.station.store.paths.printed
    qtbot.waitUntil(lambda: len(list(printed.glob("*.pdf"))) == 1, timeout=15000)
    (path,) = printed.glob("*.pdf")
    report = signature_report(path.read_bytes())
    assert report.signed and report.signatures[-1].whole_file, report.problems
    (page,) = read_pdf(path)
    (code,) = page.codes
    desk.desk.cancel()
    wait_state(qtbot, desk, DeskState.READY)
    return record.record_id, record.identifier, code


def _scan_text(qtbot: QtBot, desk: Desk, text: str) -> None:
    """``text`` through the simulated serial scanner, as a real scanner sends it."""
    rig = desk.station.rig
    assert rig is not None
    before = desk.desk.snapshot.visit
    assert rig.scan(text)
    qtbot.waitUntil(lambda: desk.desk.snapshot.visit != before, timeout=5000)
    wait_state(qtbot, desk, DeskState.RECEIPT)


@pytest.fixture
def signing_threads(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """For every PAdES signature the desk makes: whether it ran on the GUI (main) thread. The
    real signing runs; only the thread is noted."""
    on_gui: list[bool] = []
    real = document_signing.sign_pdf

    def noted(*args: object, **kwargs: object) -> bytes:
        on_gui.append(threading.current_thread() is threading.main_thread())
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(document_signing, "sign_pdf", noted)
    return on_gui


def test_a_printed_receipt_scanned_at_the_desk_is_valid_forged_not_valid_voided_voided(
    qtbot: QtBot, desk: Desk, clock: FakeClock, signing_threads: list[bool]
) -> None:
    record_id, nip, code = _sign_one(qtbot, desk)
    assert code.startswith("PKS1:")  # a desk with no organiser server prints the seal form
    assert signing_threads == [False], "the receipt was signed on the GUI thread"
    page = desk.window.view.receipt

    for text in (code, link_for_seal(BASE, code)):
        _scan_text(qtbot, desk, text)
        assert desk.window.view.currentWidget() is page
        assert page.property("result") == "ok"
        assert page.verdict.text() == "Sah"
        assert page.name.text() == desk.desk.snapshot.receipt.name  # type: ignore[union-attr]
        assert page.name.text() and page.name.isVisible()
        assert page.nip.text() == f"NIP {nip[:6]}{'*' * 9}{nip[-3:]}"
        assert nip not in page.nip.text()
        assert page.when.text().startswith("Ditandatangani ") and " WIB, " in page.when.text()
        assert page.where.text().startswith("di Meja Demo 1, ")
        click(qtbot, page.close_button)
        wait_state(qtbot, desk, DeskState.READY)

    forged = code[:200] + ("7" if code[200] != "7" else "8") + code[201:]
    _scan_text(qtbot, desk, forged)
    assert page.property("result") == "not_found"
    assert page.verdict.text() == "Tidak sah"
    assert not page.name.isVisible() and not page.nip.isVisible()
    assert "palsu" in page.detail.text() or "rusak" in page.detail.text()

    # The verdict page goes back to ready by itself, like the other notices.
    clock.advance(60)
    wait_state(qtbot, desk, DeskState.READY, timeout=5000)

    done: list[str] = []
    desk.desk.submit(lambda: void_pledge(desk.station.store, record_id, "salah orang"), done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
    _scan_text(qtbot, desk, code)
    assert page.property("result") == "already"
    assert page.verdict.text() == "Dibatalkan"
    assert page.name.isVisible()  # genuine, so whose it was is still shown


def test_a_scanned_receipt_is_never_badge_not_recognised(qtbot: QtBot, desk: Desk) -> None:
    """A damaged receipt code (cut short) is a receipt that is not valid, not an unknown badge."""
    _scan_text(qtbot, desk, f"{BASE}/V/6BF.X5")
    page = desk.window.view.receipt
    assert page.verdict.text() == "Tidak sah"
    assert desk.desk.snapshot.lookup is None
    assert "rusak" in page.detail.text()


def test_a_genuine_seal_in_a_link_to_another_site_is_amber_and_says_where(
    qtbot: QtBot, desk: Desk
) -> None:
    store = desk.station.store
    record_id = sign_in_store(qtbot, desk, roster(desk, 1)[0])
    seal = load_receipt(store, record_id).seal

    def organiser_known() -> None:
        with store.write() as session:
            set_setting(session, RECEIPT_LINK_BASE, "HTTPS://PAKTA.BKPSDM.MALANGKOTA.GO.ID")

    done: list[object] = []
    desk.desk.submit(organiser_known, done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
    _scan_text(qtbot, desk, link_for_seal("https://pakta-cek.example.com", seal))
    page = desk.window.view.receipt
    assert page.verdict.text() == "Sah" and page.name.isVisible()
    assert page.property("result") == "already"
    assert "pakta-cek.example.com" in page.detail.text()
    click(qtbot, page.close_button)
    wait_state(qtbot, desk, DeskState.READY)
    _scan_text(qtbot, desk, link_for_seal(BASE, seal))
    assert page.property("result") == "ok"
