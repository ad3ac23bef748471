"""Headless Debian chromium driven by selenium (no browser is ever downloaded)."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

from tests.server.helpers import REPO_ROOT

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-dev-shm-usage",
    "--window-size=1280,1000",
)


def ensure_chromium() -> None:
    if Path(CHROMIUM).exists() and Path(CHROMEDRIVER).exists():
        return
    proc = subprocess.run(
        [str(REPO_ROOT / "scripts" / "setup-chromium.sh")],
        capture_output=True,
        text=True,
        timeout=900,
    )
    if proc.returncode != 0 or not Path(CHROMEDRIVER).exists():
        pytest.fail(f"chromium could not be installed: {proc.stderr[-2000:]}")


@contextmanager
def chromium() -> Iterator[webdriver.Chrome]:
    ensure_chromium()
    profile = tempfile.mkdtemp(prefix="pakta-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={profile}")
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(30)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)
