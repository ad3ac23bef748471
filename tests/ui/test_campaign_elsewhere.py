"""The already-signed page for someone who signed at another ceremony of the campaign: "Sudah
menandatangani pada <upacara>, <tanggal>", no reprint of another ceremony's receipt, and a
second signing only deliberately (with a reason), kept as a re-signing of the first.

The campaign link and the signing arrive as a pull leaves them (apply_pull with the page the
server sends; tests/server/test_campaign.py drives the real server for that part)."""

from __future__ import annotations

import uuid

from pytestqt.qtbot import QtBot

from desktop_app.desk.flow import DeskState
from desktop_app.services.attendees import recent_records
from desktop_app.services.badges import issue_badge_payload
from desktop_app.services.rehearsal import unsigned_attendees
from desktop_app.storage.models import Ceremony, SignedPledge
from desktop_app.sync.catalog import apply_pull
from pakta_common.wire import PullResponse, WireSigning
from tests.ui.conftest import agree, click, sign_on_screen, wait_state
from ui.app import Desk

CAMPAIGN = str(uuid.uuid4())


def _signed_at_the_main_event(desk: Desk) -> tuple[str, str]:
    """Put the desk's ceremony in a campaign and pull someone's signing at its main event."""
    store = desk.station.store
    ceremony = desk.desk.pledge
    assert ceremony is not None
    identifier = unsigned_attendees(store, ceremony.ceremony_id, 1)[0]
    with store.write() as session:
        row = session.get(Ceremony, ceremony.ceremony_id)
        assert row is not None
        row.campaign_id = CAMPAIGN  # as a pulled ceremony of the campaign carries it
    record_id = str(uuid.uuid4())
    signing = WireSigning(
        id=record_id,
        kind="pledge",
        refers_to=None,
        ceremony_id=str(uuid.uuid4()),  # the main event: a ceremony this desk does not serve
        identifier=identifier,
        name="Pegawai",
        unit="Bappeda",
        station_id=str(uuid.uuid4()),
        station_name="Meja Islamic Center",
        signed_at="2024-02-12T01:30:00.000Z",
        campaign_id=CAMPAIGN,
        ceremony_title="Apel Utama Netralitas",
        ceremony_date="2024-02-12",
    )
    page = PullResponse(
        cursor="1", more=False, templates=[], ceremonies=[], employees=[], signings=[signing]
    )
    assert apply_pull(store, page).applied == 1
    return identifier, record_id


def test_signed_at_another_ceremony_says_where_and_when(qtbot: QtBot, desk: Desk) -> None:
    identifier, first = _signed_at_the_main_event(desk)
    rig = desk.station.rig
    assert rig is not None
    rig.scan(issue_badge_payload(desk.station.store, identifier))
    wait_state(qtbot, desk, DeskState.ALREADY_SIGNED)
    page = desk.window.view.already_signed
    assert page.when.text() == "Sudah menandatangani pada Apel Utama Netralitas, 12-02-2024"
    assert not page.reprint.isVisible()  # another ceremony's receipt is not this desk's

    click(qtbot, page.resign)  # without a reason: nothing happens
    assert desk.desk.snapshot.state is DeskState.ALREADY_SIGNED
    page.reason.setText("menandatangani lagi di apel OPD")
    click(qtbot, page.resign)
    agree(qtbot, desk)
    wait_state(qtbot, desk, DeskState.SIGNING)
    sign_on_screen(qtbot, desk.window.view.signing.canvas)
    click(qtbot, desk.window.view.signing.confirm)
    wait_state(qtbot, desk, DeskState.DONE)
    (record,) = [r for r in recent_records(desk.station.store) if r.identifier == identifier]
    assert record.kind == "resign"
    with desk.station.store.read() as session:
        row = session.get(SignedPledge, record.record_id)
        assert row is not None and row.refers_to == first and row.reason
