"""SIGKILL a real station process at random instants during a stream of signings, repeatedly:
no committed record is lost, no partial record is left, and the chain still verifies."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop_app.services.verification import verify_store
from desktop_app.storage.models import AuditEvent, Outbox, SignedPledge
from desktop_app.storage.store import Store
from tests.conftest import REPO_ROOT

KILLS = 8


def _pakta(data_dir: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "desktop_app.cli.main", "--data-dir", str(data_dir), *args]


def _wait_for_trace(trace: Path, process: subprocess.Popen[bytes], timeout: float = 30) -> None:
    """Wait until the child has committed at least one record (or has ended)."""
    deadline = time.monotonic() + timeout
    start = trace.stat().st_size if trace.exists() else 0
    while time.monotonic() < deadline and process.poll() is None:
        if trace.exists() and trace.stat().st_size > start:
            return
        time.sleep(0.01)


@pytest.mark.posix  # SIGKILL
def test_sigkill_mid_stream_loses_nothing(tmp_path: Path) -> None:
    data_dir = tmp_path / "station"
    trace = tmp_path / "committed.txt"
    setup = subprocess.run(
        _pakta(data_dir, "rehearse", "--attendees", "0"),
        cwd=REPO_ROOT,
        capture_output=True,
        timeout=120,
    )
    assert setup.returncode == 0, setup.stderr
    rng = random.Random(7)
    for round_no in range(KILLS):
        child = subprocess.Popen(
            _pakta(
                data_dir,
                "rehearse",
                "--attendees",
                "500",
                "--desks",
                "2",
                "--seed",
                str(round_no),
                "--trace",
                str(trace),
            ),
            cwd=REPO_ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        _wait_for_trace(trace, child)
        time.sleep(rng.uniform(0.0, 0.4))  # somewhere inside the stream of commits
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
        assert child.returncode == -signal.SIGKILL, f"round {round_no} ended before the kill"

    committed = [line for line in trace.read_text().splitlines() if len(line) == 36]
    assert len(committed) >= KILLS  # every round committed something before it died

    con = sqlite3.connect(data_dir / "station.db")
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        con.close()

    with Store.open(data_dir) as store:
        with store.read() as session:
            stored = set(session.scalars(select(SignedPledge.id)))
            outbox = set(session.scalars(select(Outbox.record_id)))
            audited = set(
                session.scalars(
                    select(AuditEvent.record_id).where(AuditEvent.record_id.is_not(None))
                )
            )
            seqs = list(
                session.scalars(select(SignedPledge.station_seq).order_by(SignedPledge.station_seq))
            )
            distinct = session.scalar(select(func.count(func.distinct(SignedPledge.identifier))))
        assert set(committed) <= stored, "a record whose commit returned is missing"
        assert outbox == stored, "record and outbox row must exist together"
        assert audited == stored, "record and audit event must exist together"
        assert seqs == list(range(1, len(seqs) + 1)), "station sequence has a gap"
        assert distinct == len(stored), "an employee was signed twice"
        report = verify_store(store)
        assert report.ok, report.problems[:5]

    # The desk carries on after the crashes with the attendees who have not signed yet.
    resume = subprocess.run(
        _pakta(data_dir, "rehearse", "--attendees", "5", "--json"),
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert resume.returncode == 0, resume.stderr
    assert '"signed": 5' in resume.stdout and '"lost": 0' in resume.stdout
