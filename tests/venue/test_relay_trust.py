"""Relay trust with real processes: a central server on PostgreSQL, a hub, two desks.

The ceremony is the organiser's (made on central); the host desk pulled it and hosts the hub.
Central takes the host desk's own records through the hub (an enrolled desk: the hub only
carries them), but a desk it knows only through the hub waits until an admin approves the
hub for the ceremony (`pakta server hub approve`), and waits again once that is revoked.
(When the hub's desk owns the ceremony, central takes its desks at once:
tests/venue/test_partition_and_relay.py::test_the_hub_relays_every_desk_to_central_as_itself_exactly_once.)
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from desktop_app.cli.main import main
from desktop_app.services.ceremonies import use_ceremony
from desktop_app.sync.client import SyncClient
from desktop_app.sync.cycle import sync_once
from desktop_app.sync.enrolment import enroll, server_link
from desktop_app.venue.host import host_joins, start_hub
from pakta_common.venue_wire import HUB_NOT_TRUSTED_YET
from server.blobcrypt import KEY_FILE_ENV, KEY_FILE_NAME
from server.db import Database
from server.models import AuditLog, HubApproval, Record, Station
from server.venue.hub import HubFolder
from tests.server.helpers import free_port, make_app, new_station, nip, running_server, sign
from tests.server.helpers import station_code as new_code
from tests.server.pg import fresh_database
from tests.venue.conftest import LOOPBACK, Venue, close_venue, wait_for


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, Any]:
    code = main(["--json", *args])
    out = capsys.readouterr().out
    return code, json.loads(out) if out.strip() else None


def central_records(db: Database) -> dict[str, str]:
    with db.transaction() as session:
        return dict(session.execute(select(Record.id, Record.station_id)).all())


def organiser_ceremony(capsys: pytest.CaptureFixture[str], db_url: str, roster: Path) -> str:
    code, made = cli(
        capsys, "server", "ceremony", "create", "--title", "Ikrar Netralitas ASN",
        "--date", "2026-11-23", "--venue", "Balai Kota", "--db", db_url,
    )  # fmt: skip
    assert code == 0, made
    lines = ["Nama;NIP;Unit Kerja"] + [f"Pegawai {i};{nip(i)};Bappeda" for i in range(1, 9)]
    roster.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, imported = cli(
        capsys, "server", "roster", "import", str(roster), "--ceremony", made["id"],
        "--db", db_url,
    )  # fmt: skip
    assert code == 0 and imported["imported"] == 8, imported
    return str(made["id"])


def relay_waits_untrusted(hub: HubFolder, waiting: int) -> bool:
    state = hub.relay_state()
    return state.get("waiting") == waiting and HUB_NOT_TRUSTED_YET in str(state.get("last_error"))


def test_a_relayed_desk_waits_until_an_admin_approves_the_hub_and_again_once_revoked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    key = tmp_path / KEY_FILE_NAME
    monkeypatch.setenv(KEY_FILE_ENV, str(key))  # the CLI, the server process and this test
    with fresh_database() as db_url:
        app = make_app(db_url, key)
        db: Database = app.state.db
        ceremony = organiser_ceremony(capsys, db_url, tmp_path / "roster.csv")
        with running_server(db_url, tmp_path / "central.log", workers=1) as central:
            host = new_station(tmp_path, "Meja A")
            enroll(host, central.url, new_code(db, "Meja A"))
            link = server_link(host)
            assert link is not None
            with SyncClient.connect(link.url, link.token) as client:
                sync_once(host, client)  # the organiser's ceremony, pledge and roster
            use_ceremony(host, ceremony)
            hub = start_hub(host, port=free_port(), bind="127.0.0.1", mdns=LOOPBACK)
            venue = Venue(tmp_path, host, hub, ceremony, [])
            try:
                host_joins(host, hub)
                folder = HubFolder(hub.folder)
                desk_b = venue.member("Meja B")  # never enrolled at central
                wa, wb = venue.worker(host), venue.worker(desk_b)
                a1 = sign(host, ceremony, 1).record_id
                wa.nudge()
                wait_for(lambda: a1 in central_records(db), 60, "the host's record via the hub")
                b2 = sign(desk_b, ceremony, 2).record_id
                wb.nudge()
                # Refused: the ceremony is the organiser's and no admin approved this hub.
                wait_for(lambda: relay_waits_untrusted(folder, 1), 60, "the relay to wait")
                assert b2 not in central_records(db)
                with db.transaction() as session:
                    assert (
                        session.scalar(
                            select(Station).where(Station.station_uuid == desk_b.station_id)
                        )
                        is None
                    )  # not even introduced

                code, out = cli(
                    capsys, "server", "hub", "approve", "Meja A", "--ceremony", ceremony[:8],
                    "--db", db_url,
                )  # fmt: skip
                assert code == 0 and out["ceremony"] == ceremony and out["changed"], out
                wait_for(lambda: b2 in central_records(db), 60, "Meja B's record after approval")
                assert central_records(db)[b2] == desk_b.station_id  # as the desk itself
                code, out = cli(
                    capsys, "server", "hub", "approve", "Meja A", "--ceremony", ceremony,
                    "--db", db_url,
                )  # fmt: skip
                assert code == 0 and not out["changed"]  # twice: nothing changes

                wait_for(lambda: folder.relay_state().get("waiting") == 0, 60, "relay caught up")
                code, out = cli(
                    capsys, "server", "hub", "revoke", "Meja A", "--ceremony", ceremony,
                    "--db", db_url,
                )  # fmt: skip
                assert code == 0 and out["approved"] is False, out
                b3 = sign(desk_b, ceremony, 3).record_id
                wb.nudge()
                wait_for(lambda: relay_waits_untrusted(folder, 1), 60, "the relay to wait again")
                held = central_records(db)
                assert b3 not in held and b2 in held  # taken records stay
                with db.transaction() as session:
                    actions = list(
                        session.scalars(
                            select(AuditLog.action).where(AuditLog.action.like("hub_%"))
                        )
                    )
                    assert actions == ["hub_approve", "hub_revoke"]
                    assert session.scalar(select(func.count()).select_from(HubApproval)) == 0
            finally:
                close_venue(venue)
        db.dispose()
