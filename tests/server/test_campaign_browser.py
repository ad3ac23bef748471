"""The campaign page in a real browser against a real server process on PostgreSQL, and the
chase list's first PDF page; both refresh docs/screenshots/ with PAKTA_UPDATE_SCREENSHOTS=1."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from selenium.webdriver.common.by import By

from server.blobcrypt import KEY_FILE_ENV
from server.stations import add_user
from tests.server.browser import chromium
from tests.server.campaign_setup import BAPPEDA, DINKES, build_campaign, cli
from tests.server.helpers import make_app, start_server
from tests.server.helpers import test_key_file as key_file_of

SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def test_campaign_dashboard_and_chase_list_as_people_see_them(
    pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = make_app(pg_url)
    with TestClient(app) as http:
        campaign = build_campaign(app, http, tmp_path)
        campaign.desk_a.close()
        campaign.desk_b.close()
    with app.state.db.transaction() as s:
        add_user(s, "admin", "admin", "sandi-admin-1", actor="test")
    app.state.db.dispose()

    monkeypatch.setenv(KEY_FILE_ENV, str(key_file_of(pg_url)))  # the key the data has
    server = start_server(pg_url, tmp_path / "server.log", workers=1)
    try:
        with chromium() as driver:
            driver.set_window_size(1280, 900)
            driver.get(f"{server.url}/admin/login")
            driver.find_element(By.NAME, "name").send_keys("admin")
            driver.find_element(By.NAME, "password").send_keys("sandi-admin-1")
            driver.find_element(By.NAME, "password").submit()
            driver.get(f"{server.url}/admin/campaigns/{campaign.id}")
            assert driver.find_element(By.ID, "signed").text == "5"
            assert driver.find_element(By.ID, "expected").text == "10"
            rows = driver.find_elements(By.CSS_SELECTOR, "#units tr[data-unit]")
            assert [r.get_attribute("data-unit") for r in rows] == [BAPPEDA, DINKES]
            assert [r.find_element(By.CLASS_NAME, "unit-signed").text for r in rows] == ["2", "3"]
            driver.save_screenshot(str(tmp_path / "server-campaign-dashboard.png"))
    finally:
        server.stop()

    pdf = tmp_path / "chase.pdf"
    code, made, err = cli(
        "server", "chase-list", "--campaign", campaign.id, "--unit", BAPPEDA, "--format", "pdf",
        "--out", str(pdf), "--db", campaign.db,
    )  # fmt: skip
    assert code == 0 and made["rows"] == 3, err
    shots = ["server-campaign-dashboard.png"]
    if shutil.which("pdftoppm"):  # poppler: the PDF's first page as people see it
        subprocess.run(
            ["pdftoppm", "-png", "-r", "90", "-f", "1", "-l", "1", "-singlefile", str(pdf),
             str(tmp_path / "server-chase-list")],
            check=True, timeout=60,
        )  # fmt: skip
        assert (tmp_path / "server-chase-list.png").stat().st_size > 0
        shots.append("server-chase-list.png")
    if os.environ.get("PAKTA_UPDATE_SCREENSHOTS") == "1":
        SHOTS.mkdir(exist_ok=True)
        for shot in shots:
            (SHOTS / shot).write_bytes((tmp_path / shot).read_bytes())
