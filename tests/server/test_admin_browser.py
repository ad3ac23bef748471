"""The admin pages in headless chromium: sign in, progress by unit (live), duplicates to review,
a record with its signature image, CSV export, stations and revocation, audit; viewer role."""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path

import httpx
import pytest
from PIL import Image
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.remote.webelement import WebElement
from selenium.webdriver.support.wait import WebDriverWait

from desktop_app.demo.factory import ceremony_with_roster, roster_rows
from desktop_app.demo.roster import UNITS as DEMO_UNITS
from desktop_app.sync.client import SyncClient
from desktop_app.sync.cycle import sync_once
from desktop_app.sync.enrolment import enroll, server_link
from server.db import Database
from server.stations import add_user
from tests.server.browser import chromium
from tests.server.helpers import (
    new_station,
    nip,
    png,
    sign,
    sqlite_url,
    start_server,
    station_code,
)

UNITS = DEMO_UNITS[:4]


def _go(driver: WebDriver, element: WebElement) -> None:
    """Click something that loads a new page, and wait until the new page has loaded."""
    driver.execute_script("window.__paktaOldPage = true;")
    element.click()
    WebDriverWait(driver, 15).until(
        lambda d: d.execute_script(
            "return window.__paktaOldPage === undefined && document.readyState === 'complete';"
        )
    )


def _login(driver: WebDriver, base: str, name: str, password: str) -> None:
    driver.get(base + "/admin/")
    assert "/admin/login" in driver.current_url
    driver.find_element(By.ID, "name").send_keys(name)
    driver.find_element(By.ID, "password").send_keys(password)
    _go(driver, driver.find_element(By.ID, "login"))


def _sync(store, url: str) -> None:  # type: ignore[no-untyped-def]
    link = server_link(store)
    assert link is not None
    with SyncClient.connect(url, link.token) as client:
        sync_once(store, client)


@pytest.mark.slow
def test_admin_and_viewer_in_chromium(tmp_path: Path) -> None:
    db_url = sqlite_url(tmp_path)
    server = start_server(db_url, tmp_path / "server.log", workers=1)
    db = Database.from_url(db_url)
    with db.transaction() as s:
        add_user(s, "admin", "admin", "sandi-admin-1", actor="test")
        add_user(s, "pengawas", "viewer", "sandi-pengawas", actor="test")
    a, b = new_station(tmp_path, "Meja A"), new_station(tmp_path, "Meja B")
    base = server.url
    try:
        for store in (a, b):
            enroll(store, base, station_code(db, store.station_name))
        # Twelve of the demo roster in four units, by turns: person i is in UNITS[i % 4].
        rows = [replace(r, unit=UNITS[i % 4]) for i, r in enumerate(roster_rows(12))]
        cid = ceremony_with_roster(a, 12, rows=rows).id
        for i in range(4):
            sign(a, cid, i)
        _sync(a, base)
        _sync(b, base)
        sign(b, cid, 1)  # signed at both desks while offline
        _sync(b, base)

        with chromium() as driver:
            _login(driver, base, "admin", "salah-sandi")
            assert "salah" in driver.find_element(By.ID, "error").text
            _login(driver, base, "admin", "sandi-admin-1")
            row = driver.find_element(By.CSS_SELECTOR, f'tr[data-ceremony="{cid}"]')
            assert row.find_element(By.CSS_SELECTOR, ".signed").text == "4"
            assert "1 perlu ditinjau" in row.text

            _go(driver, row.find_element(By.TAG_NAME, "a"))
            assert driver.find_element(By.ID, "signed").text == "4"
            units = {
                r.get_attribute("data-unit"): r.find_element(By.CSS_SELECTOR, ".unit-signed").text
                for r in driver.find_elements(By.CSS_SELECTOR, "#progress tr[data-unit]")
            }
            assert units == {UNITS[0]: "1", UNITS[1]: "1", UNITS[2]: "1", UNITS[3]: "1"}
            assert driver.find_element(By.CSS_SELECTOR, 'meta[http-equiv="refresh"]')

            for i in (4, 8):  # more people sign; the page shows it on its next refresh
                sign(a, cid, i)
            _sync(a, base)
            driver.refresh()
            assert driver.find_element(By.ID, "signed").text == "6"
            unit0 = driver.find_element(By.CSS_SELECTOR, f'tr[data-unit="{UNITS[0]}"]')
            assert unit0.find_element(By.CSS_SELECTOR, ".unit-signed").text == "3"

            csv_text = driver.execute_async_script(
                "const done = arguments[arguments.length - 1];"
                "fetch(document.getElementById('export').href).then(r => r.text()).then(done);"
            )
            lines = csv_text.strip().splitlines()
            assert lines[0].lstrip("\ufeff").startswith("record_id,kind")
            assert len(lines) == 1 + 7

            _go(driver, driver.find_element(By.ID, "dup-link"))
            pair = driver.find_element(By.CSS_SELECTOR, f'tr[data-identifier="{nip(1)}"]')
            assert "open" in pair.find_element(By.CSS_SELECTOR, ".status").text
            _go(driver, pair.find_element(By.CSS_SELECTOR, "td:nth-child(3) a"))
            image = driver.find_element(By.ID, "signature")
            assert (
                driver.execute_script(
                    "return arguments[0].complete && arguments[0].naturalWidth", image
                )
                == Image.open(io.BytesIO(png())).width
            )
            assert nip(1) in driver.find_element(By.ID, "record").text
            driver.back()
            pair = driver.find_element(By.CSS_SELECTOR, f'tr[data-identifier="{nip(1)}"]')
            pair.find_element(By.NAME, "note").send_keys("orang yang sama, dua meja")
            _go(driver, pair.find_element(By.TAG_NAME, "button"))
            pair = driver.find_element(By.CSS_SELECTOR, f'tr[data-identifier="{nip(1)}"]')
            assert "reviewed" in pair.find_element(By.CSS_SELECTOR, ".status").text

            driver.get(base + "/admin/stations")
            driver.find_element(By.ID, "station-name").send_keys("Meja C")
            _go(driver, driver.find_element(By.ID, "add-station"))
            code = driver.find_element(By.ID, "code").text
            assert len(code) == 14
            qr = driver.find_element(By.ID, "qr")
            assert driver.execute_script("return arguments[0].naturalWidth", qr) > 100
            row = driver.find_element(By.CSS_SELECTOR, 'tr[data-station="Meja B"]')
            _go(driver, row.find_element(By.CSS_SELECTOR, "button.revoke"))
            row = driver.find_element(By.CSS_SELECTOR, 'tr[data-station="Meja B"]')
            assert "dicabut" in row.find_element(By.CSS_SELECTOR, ".status").text

            driver.get(base + "/admin/audit")
            audit = driver.find_element(By.ID, "audit").text
            for action in (
                "login_failed",
                "login",
                "duplicate_review",
                "station_revoke",
                "record_view",
                "export_csv",
                "station_enrol",
            ):
                assert action in audit
            _go(driver, driver.find_element(By.ID, "logout"))
            assert "/admin/login" in driver.current_url

            _login(driver, base, "pengawas", "sandi-pengawas")
            driver.get(base + "/admin/stations")
            assert not driver.find_elements(By.CSS_SELECTOR, "button.revoke")
            assert not driver.find_elements(By.ID, "add-station")
            driver.get(f"{base}/admin/ceremonies/{cid}/duplicates")
            assert not driver.find_elements(By.CSS_SELECTOR, "#duplicates button")
            cookie = driver.get_cookie("pakta_session")
            assert cookie is not None and cookie["httpOnly"]

        # Straight HTTP: the viewer cannot change anything; a form without CSRF is refused.
        own = {"Origin": base}  # from our own pages, so the role and CSRF checks are tested
        viewer = httpx.Client(
            base_url=base, cookies={"pakta_session": cookie["value"]}, headers=own
        )
        assert viewer.post("/admin/stations/1/revoke", data={"csrf": "x"}).status_code == 403
        assert viewer.post("/admin/stations", data={"csrf": "x", "name": "Z"}).status_code == 403
        anonymous = httpx.Client(base_url=base, headers=own)
        assert anonymous.get("/admin/records/x/image.png").status_code == 303
        login_page = anonymous.get("/admin/login")
        assert login_page.headers["x-frame-options"] == "DENY"
        forged = anonymous.post(
            "/admin/login", data={"name": "admin", "password": "sandi-admin-1", "csrf": "forged"}
        )
        assert forged.status_code == 403
        session = _admin_session(base)
        assert session.post("/admin/stations", data={"name": "Meja D"}).status_code == 422
        assert (
            session.post("/admin/stations", data={"name": "Meja D", "csrf": "wrong"}).status_code
            == 403
        )
        api_revoke = session.post("/api/v1/stations/Meja A/revoke")
        assert api_revoke.status_code == 403  # no CSRF header
    finally:
        server.stop()
        db.dispose()
        a.close()
        b.close()


def _admin_session(base: str) -> httpx.Client:
    client = httpx.Client(base_url=base, headers={"Origin": base})  # as a browser sends it
    page = client.get("/admin/login")
    csrf = page.text.split('name="csrf" value="', 1)[1].split('"', 1)[0]
    answer = client.post(
        "/admin/login", data={"name": "admin", "password": "sandi-admin-1", "csrf": csrf}
    )
    assert answer.status_code == 303
    return client
