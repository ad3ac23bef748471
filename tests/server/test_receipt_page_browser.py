"""A receipt any phone can verify, end to end: a real server process with --public-url, a desk
enrolled and synced over HTTP, the receipt PDF as printed, its QR decoded from the PDF, and the
public page opened in headless Chromium: valid; a changed seal: not valid; voided: voided."""

from __future__ import annotations

import os
from pathlib import Path

from selenium.webdriver.common.by import By

from desktop_app.documents.pdf_reading import read_pdf
from desktop_app.documents.receipt_data import load_receipt
from desktop_app.documents.receipt_verify import verify_seal_text
from desktop_app.printing.content import receipt_pdf
from desktop_app.services.signing import void_pledge
from desktop_app.storage.store import Store
from desktop_app.sync.client import SyncClient
from desktop_app.sync.cycle import sync_once
from desktop_app.sync.enrolment import enroll, server_link
from pakta_common.integrity.receipt_link import code_of_link
from server.db import Database
from tests.server.browser import chromium
from tests.server.helpers import (
    free_port,
    new_ceremony,
    new_station,
    sign,
    sqlite_url,
    start_server,
    station_code,
)

SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def _sync(store: Store) -> None:
    link = server_link(store)
    assert link is not None
    with SyncClient.connect(link.url, link.token) as client:
        sync_once(store, client)


def _qr_of_printed_receipt(store: Store, record_id: str, tmp_path: Path) -> str:
    path = tmp_path / f"{record_id}.pdf"
    path.write_bytes(receipt_pdf(store, load_receipt(store, record_id), "roll80"))
    (page,) = read_pdf(path)
    (code,) = page.codes
    return code


def test_receipt_qr_opens_the_public_page(tmp_path: Path) -> None:
    db_url = sqlite_url(tmp_path)
    port = free_port()
    public = f"http://127.0.0.1:{port}"
    server = start_server(db_url, tmp_path / "server.log", workers=1, port=port, public_url=public)
    db = Database.from_url(db_url)
    try:
        with new_station(tmp_path, "Meja 1") as desk:
            enroll(desk, server.url, station_code(db, "Meja 1"))
            cid = new_ceremony(desk, 4)
            first, second = (sign(desk, cid, i).record_id for i in range(2))
            _sync(desk)  # learns the public address: receipts printed now carry the link
            link = _qr_of_printed_receipt(desk, first, tmp_path)
            assert link.startswith(f"HTTP://127.0.0.1:{port}/V/")
            assert verify_seal_text(desk, link).valid  # offline, the same QR text
            with chromium() as driver:
                driver.set_window_size(420, 800)  # a phone's width
                driver.get(link)
                verdict = driver.find_element(By.ID, "verdict")
                assert verdict.get_attribute("data-status") == "valid"
                assert verdict.text == "Sah"
                assert "Ikrar Netralitas ASN" in driver.find_element(By.ID, "ceremony").text
                assert "*" in driver.find_element(By.ID, "nip").text
                driver.save_screenshot(str(tmp_path / "valid.png"))

                code = code_of_link(link)
                forged = code[:120] + ("7" if code[120] != "7" else "8") + code[121:]
                driver.get(f"{public}/V/{forged}")
                verdict = driver.find_element(By.ID, "verdict")
                assert verdict.get_attribute("data-status") == "invalid"
                assert verdict.text == "Tidak sah"
                # nothing of the record is shown, so nothing to compare with the paper
                assert not driver.find_elements(By.ID, "name")
                assert "Bandingkan" not in driver.page_source
                driver.save_screenshot(str(tmp_path / "public-receipt-page-invalid.png"))

                void_pledge(desk, second, "salah orang", operator="petugas")
                _sync(desk)
                driver.get(_qr_of_printed_receipt(desk, second, tmp_path))
                verdict = driver.find_element(By.ID, "verdict")
                assert verdict.get_attribute("data-status") == "voided"
                assert verdict.text == "Dibatalkan"
                driver.save_screenshot(str(tmp_path / "public-receipt-page-voided.png"))
                driver.get(link)
                driver.save_screenshot(str(tmp_path / "public-receipt-page.png"))
    finally:
        server.stop()
        db.dispose()
    if os.environ.get("PAKTA_UPDATE_SCREENSHOTS") == "1":  # as tests/ui/test_screenshots.py
        SHOTS.mkdir(exist_ok=True)
        for name in ("", "-invalid", "-voided"):
            shot = f"public-receipt-page{name}.png"
            (SHOTS / shot).write_bytes((tmp_path / shot).read_bytes())
