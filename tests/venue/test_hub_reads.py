"""A hub's reads never wait on a writer: the desks' long polls, pulls and the board answer from
a snapshot while another transaction holds the hub's write lock (they used to queue behind
every push, which is what stretched the venue's cross-desk propagation)."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import httpx

from desktop_app.venue.host import hub_folder
from desktop_app.venue.link import hub_link
from server.venue.hub import DB_FILE
from tests.server.helpers import sign
from tests.venue.conftest import Venue

# Far below the hub's 30 s busy timeout: a read that queued behind the lock would still be
# waiting when this runs out; one that does not wait answers at once.
_PATIENCE_S = 20.0


def _answers_while_locked(db_file: Path, call: httpx.Request) -> httpx.Response:
    writer = sqlite3.connect(db_file, isolation_level=None, timeout=30)
    writer.execute("BEGIN IMMEDIATE")  # a push in the middle of its transaction
    answers: list[httpx.Response] = []

    def ask() -> None:
        with httpx.Client(timeout=_PATIENCE_S) as client:
            answers.append(client.send(call))

    try:
        worker = threading.Thread(target=ask)
        worker.start()
        worker.join(_PATIENCE_S)
        assert answers, f"{call.url.path} waited on the hub's write lock"
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    worker.join(_PATIENCE_S)
    return answers[0]


def test_long_poll_pull_and_board_answer_while_a_writer_holds_the_hub(venue: Venue) -> None:
    desk = venue.member("Meja B")
    sign(venue.host, venue.ceremony_id, 2)
    link = hub_link(desk)
    assert link is not None
    db_file = hub_folder(venue.host) / DB_FILE
    auth = {"Authorization": f"Bearer {link.token}"}
    base = venue.hub.local_url.rstrip("/")

    wait = _answers_while_locked(
        db_file, httpx.Request("GET", f"{base}/api/v1/venue/wait?after=0&timeout=0", headers=auth)
    )
    assert wait.status_code == 200 and wait.json()["change"] > 0
    pull = _answers_while_locked(db_file, httpx.Request("GET", f"{base}/api/v1/pull", headers=auth))
    assert pull.status_code == 200
    assert {e["identifier"] for e in pull.json()["employees"]}  # the roster, read from the snapshot
    board = _answers_while_locked(
        db_file, httpx.Request("GET", f"{base}/api/v1/venue/board?ceremony={venue.ceremony_id}")
    )
    assert board.status_code == 200 and board.json()["expected"] == 12


def test_a_stolen_or_unknown_token_is_still_refused_on_the_read_path(venue: Venue) -> None:
    base = venue.hub.local_url.rstrip("/")
    answer = httpx.get(f"{base}/api/v1/pull", headers={"Authorization": "Bearer nope"})
    assert answer.status_code == 401
