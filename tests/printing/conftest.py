"""Fixtures for printing: a real CUPS queue writing PDFs (set up by scripts/setup-cups.sh)."""

from __future__ import annotations

import os
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT
from tests.documents.factory import Ceremony, make_ceremony, sign_all

SETUP = REPO_ROOT / "scripts" / "setup-cups.sh"


def setup_queue(name: str) -> Path:
    """Run the setup script for queue ``name``; FAIL (not skip) when CUPS cannot be set up."""
    env = dict(os.environ, PAKTA_CUPS_QUEUE=name)
    result = subprocess.run(
        ["sh", str(SETUP)], capture_output=True, text=True, env=env, timeout=600, check=False
    )
    if result.returncode != 0:
        pytest.fail(f"CUPS could not be set up ({result.returncode}):\n{result.stderr[-2000:]}")
    return Path(result.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="session")
def cups_out() -> Path:
    return setup_queue("PaktaPDF")


def wait_for_file(folder: Path, prefix: str, timeout: float = 60.0) -> Path:
    """The PDF cups-pdf wrote for a job whose title starts with ``prefix``."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        hits = [p for p in folder.glob(f"{prefix}*.pdf") if p.stat().st_size > 0]
        if hits:
            time.sleep(0.3)  # cups-pdf renames into place; let it finish
            return hits[0]
        time.sleep(0.2)
    raise AssertionError(f"CUPS wrote no file {prefix}*.pdf into {folder} in {timeout} s")


def run_until(check: Callable[[], bool], step: Callable[[], object], timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise AssertionError("condition not reached in time")
        step()
        time.sleep(0.2)


@pytest.fixture
def signed(data_dir: Path) -> Iterator[Ceremony]:
    c = make_ceremony(data_dir, people=4)
    sign_all(c, 3)
    yield c
    c.store.close()


def records(c: Ceremony) -> list[str]:
    from desktop_app.storage.models import SignedPledge

    with c.store.read() as s:
        return [r.id for r in s.query(SignedPledge).order_by(SignedPledge.station_seq)]
