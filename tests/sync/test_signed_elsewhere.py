"""A desk warns when the server says the person already signed at another desk."""

from __future__ import annotations

from fastapi import FastAPI
from fastapi.testclient import TestClient

from desktop_app.services.lookup import LookupStatus, lookup_badge
from desktop_app.services.signing import void_pledge
from desktop_app.storage.store import Store
from desktop_app.sync.cycle import sync_once
from tests.server.helpers import enrol_in_process, new_ceremony, nip, sign


def test_lookup_warns_of_a_signing_at_another_desk_until_it_is_voided(
    app: FastAPI, http: TestClient, station_a: Store, station_b: Store
) -> None:
    cid = new_ceremony(station_a, 6)
    ca = enrol_in_process(station_a, app, http)
    cb = enrol_in_process(station_b, app, http)
    signed = sign(station_a, cid, 3)
    sync_once(station_a, ca)
    sync_once(station_b, cb)

    result = lookup_badge(station_b, nip(3), cid)
    assert result.status is LookupStatus.ALREADY_SIGNED
    assert result.signed is not None and result.signed.station_name == "Meja A"
    assert "another desk" in result.reason
    assert lookup_badge(station_b, nip(4), cid).status is LookupStatus.FOUND

    void_pledge(station_a, signed.record_id, "salah orang", operator="petugas")
    sync_once(station_a, ca)
    sync_once(station_b, cb)
    assert lookup_badge(station_b, nip(3), cid).status is LookupStatus.FOUND
