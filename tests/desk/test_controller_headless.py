"""The desk controller without Qt: a plain queue stands in for the GUI thread's event loop."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop_app.clock import parse_iso
from desktop_app.desk.controller import DeskController
from desktop_app.desk.db_worker import DbWorker
from desktop_app.desk.events import EventBus, FlowChanged, InkChanged, PrintChanged
from desktop_app.desk.flow import DeskState, Notice
from desktop_app.desk.station import DeskStation, open_station
from desktop_app.domain.consent import ConsentMethod
from desktop_app.rehearsal.desk_driver import DayClock
from desktop_app.rehearsal.desk_driver import Loop as DriverLoop
from desktop_app.services.attendees import recent_records
from desktop_app.services.badges import issue_badge_payload
from desktop_app.services.rehearsal import unsigned_attendees
from desktop_app.services.station_settings import (
    check_operator_pin,
    hash_pin,
    pin_matches,
    set_operator_pin,
)
from desktop_app.storage.models import SignedPledge

Clock = DayClock  # monotonic time a test moves forward (the reading time, without waiting)


class Loop(DriverLoop):
    """The rehearsal driver's loop (what ui/relay.py does with a queued Qt signal), failing
    the test when the desk does not get there."""

    def until(self, done: Callable[[], bool], timeout: float = 60.0) -> bool:  # busy machine
        assert super().until(done, timeout), "timed out"
        return True


@pytest.fixture
def station(tmp_path: Path) -> Iterator[DeskStation]:
    with open_station(tmp_path / "station", demo=True, seed=4, pad_rate_hz=700.0) as s:
        yield s


def test_a_signing_end_to_end_without_qt(station: DeskStation) -> None:
    loop = Loop()
    clock = Clock()
    desk = station.controller(loop.call_soon, EventBus(), print_poll_s=0.2, sync=False, clock=clock)
    states: list[DeskState] = []
    inks: list[InkChanged] = []
    printed: list[PrintChanged] = []
    desk.bus.subscribe(FlowChanged, lambda e: states.append(e.snapshot.state))
    desk.bus.subscribe(InkChanged, inks.append)
    desk.bus.subscribe(PrintChanged, printed.append)
    desk.start()
    try:
        loop.until(lambda: desk.pledge is not None and desk.ops.workers_started)
        loop.until(lambda: desk.pad_status == "connected")
        store, rig = station.store, station.rig
        assert rig is not None
        badge = issue_badge_payload(store, unsigned_attendees(store, None, 1)[0])
        assert rig.scan(badge)
        loop.until(lambda: desk.snapshot.state is DeskState.IDENTITY)
        desk.confirm_identity()
        rig.tick_consent()  # too early: the pledge has not been on screen for 5 s
        loop.until(lambda: desk.snapshot.notice is Notice.CONSENT_TOO_EARLY)
        assert desk.snapshot.state is DeskState.PLEDGE and desk.snapshot.consent_at == ""
        clock.advance(5)
        rig.tick_consent()  # the attendee ticks the box on the pad
        loop.until(lambda: desk.snapshot.state is DeskState.SIGNING)
        assert desk.snapshot.consent_method == "pad_box"
        rig.sign()
        loop.until(lambda: desk.ink.stroke_count > 0 and rig.pad.wait_idle(0))
        loop.until(lambda: bool(inks) and not inks[-1].pen_down)
        desk.submit_signature()
        loop.until(lambda: desk.snapshot.state is DeskState.DONE)
        assert [r.kind for r in recent_records(store)] == ["pledge"]
        with store.read() as session:
            row = session.scalars(select(SignedPledge)).one()
            assert (row.format, row.consent_method, row.timezone) == (2, "pad_box", "Asia/Jakarta")
            shown, consented = parse_iso(row.pledge_shown_at), parse_iso(row.consent_at)
            assert consented > shown  # the wall clock did not wait; the flow's clock did
        loop.until(lambda: len(list(store.paths.printed.glob("*.pdf"))) == 1)
        assert printed  # the printer light followed the queue
    finally:
        desk.stop()
    attendee = states[states.index(DeskState.LOOKING_UP) :]  # after the desk's own start-up
    assert list(dict.fromkeys(attendee))[:4] == [
        DeskState.LOOKING_UP,
        DeskState.IDENTITY,
        DeskState.PLEDGE,
        DeskState.SIGNING,
    ]


def test_a_rejected_screen_signature_is_never_committed(station: DeskStation) -> None:
    from desktop_app.domain.signature import PenSample, Signature, Stroke

    loop = Loop()
    clock = Clock()
    desk = DeskController(station.store, call_soon=loop.call_soon, bus=EventBus(), clock=clock)
    desk.start()
    try:
        loop.until(lambda: desk.pledge is not None and desk.pad_status == "connected")
        badge = issue_badge_payload(station.store, unsigned_attendees(station.store, None, 1)[0])
        desk.scanned(badge)
        loop.until(lambda: desk.snapshot.state is DeskState.IDENTITY)
        desk.confirm_identity()
        clock.advance(5)
        desk.give_consent(ConsentMethod.SCREEN_TOUCH)
        dot = Signature((Stroke((PenSample(10, 10, 0, 0), PenSample(11, 10, 0, 5))),))
        desk.submit_signature(dot)
        assert desk.snapshot.notice is Notice.SIGNATURE_REJECTED
        assert desk.snapshot.state is DeskState.SIGNING
        desk.db.wait_idle(5)
        assert recent_records(station.store) == []
    finally:
        desk.stop()


def test_the_database_worker_waits_out_a_busy_database(tmp_path: Path) -> None:
    from sqlalchemy import create_engine, text

    db = tmp_path / "busy.db"
    engine = create_engine(f"sqlite:///{db}", connect_args={"timeout": 0.05})
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE t (x INTEGER)"))
    holder = sqlite3.connect(db, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")  # another process is writing
    threading.Timer(0.4, lambda: holder.execute("ROLLBACK")).start()
    worker = DbWorker(busy_retries=5, retry_s=0.1)
    worker.start()
    results: list[object] = []

    def write() -> int:
        with engine.begin() as conn:
            conn.execute(text("INSERT INTO t VALUES (1)"))
        return 1

    worker.submit(write, results.append, results.append)
    assert worker.wait_idle(10)
    worker.stop()
    holder.close()
    assert results == [1]


def test_operator_pin_is_a_salted_scrypt_hash(station: DeskStation) -> None:
    stored = hash_pin("2468")
    assert stored.startswith("scrypt$") and "2468" not in stored
    assert pin_matches(stored, "2468") and not pin_matches(stored, "2469")
    assert hash_pin("2468") != stored  # salted
    set_operator_pin(station.store, "9753")
    assert check_operator_pin(station.store, "9753")
    assert not check_operator_pin(station.store, "1234")
