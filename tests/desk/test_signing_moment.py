"""The signing moment through the real controller, headless: the record binds the pledge that
was shown although the active ceremony changes mid-flow; no signing page without a pad unless
the attendant chose on-screen signing; the pad comes back after unplugging."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop_app.desk.controller import DeskController
from desktop_app.desk.events import EventBus, PledgeLoaded
from desktop_app.desk.flow import DeskState, Notice
from desktop_app.desk.station import DeskStation, open_station
from desktop_app.domain.consent import ConsentMethod
from desktop_app.services.badges import issue_badge_payload
from desktop_app.services.ceremonies import create_ceremony
from desktop_app.services.rehearsal import unsigned_attendees
from desktop_app.services.station_settings import with_changes
from desktop_app.storage.models import AuditEvent, SignedPledge
from tests.desk.test_controller_headless import Clock, Loop

OTHER_TEXT = "PAKTA INTEGRITAS LAIN\n\nSaya berjanji pada teks yang lain.\n"


@pytest.fixture
def station(tmp_path: Path) -> Iterator[DeskStation]:
    # Twice the pad's native rate: fast, yet a busy machine cannot squeeze a signature under
    # the quality check's minimum duration (the reader stamps a late batch all at once).
    with open_station(tmp_path / "station", demo=True, seed=5, pad_rate_hz=266.0) as s:
        yield s


@pytest.fixture
def running(station: DeskStation) -> Iterator[tuple[DeskController, Loop, Clock]]:
    loop, clock = Loop(), Clock()
    desk = station.controller(loop.call_soon, EventBus(), sync=False, clock=clock)
    desk.start()
    try:
        loop.until(lambda: desk.pledge is not None and desk.pad_status == "connected")
        yield desk, loop, clock
    finally:
        desk.stop()


def _to_pledge(desk: DeskController, loop: Loop, station: DeskStation) -> None:
    store = station.store
    badge = issue_badge_payload(store, unsigned_attendees(store, None, 1)[0])
    assert station.rig is not None and station.rig.scan(badge)
    loop.until(lambda: desk.snapshot.state is DeskState.IDENTITY)
    desk.confirm_identity()
    assert desk.snapshot.state is DeskState.PLEDGE


def _sign_on_pad(desk: DeskController, loop: Loop, station: DeskStation) -> None:
    rig = station.rig
    assert rig is not None
    rig.sign()
    loop.until(lambda: desk.ink.stroke_count > 0 and rig.pad.wait_idle(0))
    loop.until(lambda: not desk.ink.pen_down, timeout=5)
    desk.submit_signature()
    loop.until(lambda: desk.snapshot.state is not DeskState.COMMITTING)
    s = desk.snapshot
    assert s.state is DeskState.DONE, (s.state, s.notice, s.detail)


def test_the_record_binds_the_pledge_shown_when_the_ceremony_changes_mid_flow(
    station: DeskStation, running: tuple[DeskController, Loop, Clock]
) -> None:
    desk, loop, clock = running
    store = station.store
    shown = desk.pledge
    assert shown is not None
    other = create_ceremony(
        store, title="Upacara Lain", date="2024-09-02", venue="Aula", pledge_text=OTHER_TEXT
    )
    loaded: list[object] = []
    desk.bus.subscribe(PledgeLoaded, lambda e: loaded.append(e.pledge))
    _to_pledge(desk, loop, station)

    # The attendant switches the active ceremony in the settings while the attendee reads.
    desk.reload()  # the settings dialog lists the ceremonies of now
    loop.until(lambda: other.id in {c.id for c in desk.settings.ceremonies})
    desk.ops.save_settings(with_changes(desk.settings, active_ceremony=other.id))
    loop.until(lambda: desk.settings.active_ceremony == other.id)  # settings and pledge, at once
    assert desk.snapshot.pledge is shown and desk.pledge is shown  # the page did not change
    assert loaded == []

    clock.advance(shown.min_read_s)
    desk.give_consent(ConsentMethod.SCREEN_PEN)
    _sign_on_pad(desk, loop, station)
    with store.read() as session:
        row = session.scalars(select(SignedPledge)).one()
    assert (row.ceremony_id, row.template_id, row.text_sha256) == (
        shown.ceremony_id,
        shown.template_id,
        shown.sha256,
    )
    assert row.consent_method == "screen_pen"

    desk.cancel()  # the thank-you page is left: the next attendee gets the new ceremony
    assert desk.snapshot.state is DeskState.READY
    assert desk.pledge is not None and desk.pledge.ceremony_id == other.id
    assert [getattr(p, "ceremony_id", None) for p in loaded] == [other.id]


def test_without_a_pad_only_the_attendants_choice_opens_on_screen_signing(
    station: DeskStation, running: tuple[DeskController, Loop, Clock]
) -> None:
    desk, loop, clock = running
    rig = station.rig
    assert rig is not None
    _to_pledge(desk, loop, station)
    rig.unplug_pad()
    loop.until(lambda: desk.pad_status in ("disconnected", "reconnecting"))
    assert not desk.snapshot.pad_ok
    clock.advance(5)
    desk.give_consent(ConsentMethod.SCREEN_TOUCH)
    assert desk.snapshot.state is DeskState.PLEDGE
    assert desk.snapshot.notice is Notice.PAD_NEEDED

    desk.choose_screen_signing()
    desk.give_consent(ConsentMethod.SCREEN_TOUCH)
    assert desk.snapshot.state is DeskState.SIGNING
    desk.db.wait_idle(5)
    with station.store.read() as session:
        audit = session.scalars(
            select(AuditEvent).where(AuditEvent.kind == "screen_signing_chosen")
        ).one()
    assert audit.actor == "Petugas Demo" and '"pad"' in audit.detail

    rig.replug_pad()  # the pad is back: the on-screen choice ends with it
    loop.until(lambda: desk.pad_status == "connected")
    assert desk.snapshot.pad_ok and not desk.snapshot.screen_signing


def test_twenty_replugs_then_a_complete_signing_on_the_pad(
    station: DeskStation, running: tuple[DeskController, Loop, Clock]
) -> None:
    desk, loop, clock = running
    rig = station.rig
    assert rig is not None
    for cycle in range(20):
        rig.unplug_pad()
        if cycle % 2:
            loop.until(lambda: desk.pad_status in ("disconnected", "reconnecting"))
            assert not desk.snapshot.pad_ok
        rig.replug_pad()
        loop.until(lambda: desk.pad_status == "connected" and desk.snapshot.pad_ok)
        assert desk.devices.pad is not None and desk.devices.pad._thread is not None
        assert desk.devices.pad._thread.is_alive(), f"cycle {cycle}"
    _to_pledge(desk, loop, station)
    clock.advance(5)
    rig.tick_consent()
    loop.until(lambda: desk.snapshot.state is DeskState.SIGNING)
    _sign_on_pad(desk, loop, station)
    with station.store.read() as session:
        row = session.scalars(select(SignedPledge)).one()
    assert row.consent_method == "pad_box" and '"source": "pad"' in row.device


def test_a_sync_pull_that_brings_another_pledge_waits_for_the_next_attendee(
    station: DeskStation, running: tuple[DeskController, Loop, Clock]
) -> None:
    from desktop_app.services.templates import ensure_template
    from desktop_app.storage.models import Ceremony
    from desktop_app.sync.cycle import SyncReport
    from desktop_app.sync.worker import SyncStatus

    desk, loop, clock = running
    store = station.store
    shown = desk.pledge
    assert shown is not None
    _to_pledge(desk, loop, station)
    # What the catalogue pull does when the organiser changed the ceremony's pledge text.
    with store.write() as session:
        template = ensure_template(session, OTHER_TEXT)
        ceremony = session.get(Ceremony, shown.ceremony_id)
        assert ceremony is not None
        ceremony.template_id = template.id
    desk.ops._sync(SyncStatus(state="synced", last_report=SyncReport(pulled=1)))  # the hook
    loop.until(lambda: desk.db.wait_idle(0) and loop.calls.empty())
    assert desk.snapshot.pledge is shown and desk.pledge is shown  # the page did not change
    # The text shown is no longer the ceremony's: the commit is refused, nothing is recorded.
    clock.advance(shown.min_read_s)
    desk.give_consent(ConsentMethod.SCREEN_TOUCH)
    rig = station.rig
    assert rig is not None
    rig.sign()
    loop.until(lambda: desk.ink.stroke_count > 0 and rig.pad.wait_idle(0))
    loop.until(lambda: not desk.ink.pen_down, timeout=5)
    desk.submit_signature()
    loop.until(lambda: desk.snapshot.state is DeskState.ERROR)
    assert "not this ceremony's pledge text" in desk.snapshot.detail
    with store.read() as session:
        assert session.scalars(select(SignedPledge)).first() is None
    desk.cancel()
    assert desk.pledge is not None and desk.pledge.text.startswith("PAKTA INTEGRITAS LAIN")


def test_a_pad_plugged_in_while_the_pledge_is_on_screen_takes_the_attendees_tick(
    station: DeskStation,
) -> None:
    """No pad had connected when the pledge went on screen (the desk started without one, or
    it was still starting): the consent box then had no pad's ranges. The pad that connects
    now must take the tick in its own box, not ignore it until the next attendee."""
    from desktop_app.services.station_settings import load_settings, save_settings

    store = station.store
    pad_port = load_settings(store).pad_port
    assert pad_port
    save_settings(store, with_changes(load_settings(store), pad_port=""))
    loop, clock = Loop(), Clock()
    desk = station.controller(loop.call_soon, EventBus(), sync=False, clock=clock)
    desk.start()
    try:
        loop.until(lambda: desk.pledge is not None and desk.ops.workers_started)
        assert desk.pad_status == "off"
        _to_pledge(desk, loop, station)
        assert not desk.snapshot.pad_ok

        desk.ops.save_settings(with_changes(desk.settings, pad_port=pad_port))
        loop.until(lambda: desk.pad_status == "connected" and desk.snapshot.pad_ok)
        clock.advance(5)
        rig = station.rig
        assert rig is not None
        rig.tick_consent()
        loop.until(lambda: rig.pad.wait_idle(0) and loop.calls.empty())
        loop.until(lambda: desk.snapshot.state is not DeskState.PLEDGE, timeout=10)
        s = desk.snapshot
        assert s.state is DeskState.SIGNING, (s.state, s.notice)
        assert s.consent_method == ConsentMethod.PAD_BOX.value
    finally:
        desk.stop()
