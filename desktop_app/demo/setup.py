"""The demo ceremony: what a fresh demo data folder starts with."""

from __future__ import annotations

import datetime as dt

from desktop_app.demo.roster import roster_rows
from desktop_app.services.ceremonies import CeremonyInfo, create_ceremony, list_ceremonies
from desktop_app.services.roster_import import apply_roster
from desktop_app.storage.store import Store

DEMO_ATTENDEES = 650
DEMO_TITLE = "Ikrar dan Penandatanganan Pakta Integritas Netralitas ASN Pemerintah Kota Malang"


def ensure_demo_ceremony(store: Store, attendees: int = DEMO_ATTENDEES) -> CeremonyInfo:
    """The active ceremony; on a new data folder, a demo ceremony with a synthetic roster."""
    existing = list_ceremonies(store)
    active = next((c for c in existing if c.active), None)
    if active is not None:
        return active
    info = create_ceremony(
        store,
        title=DEMO_TITLE,
        date=dt.date.today().isoformat(),
        venue="Gedung Malang Islamic Center",
        organizer="BKPSDM Kota Malang",
        expected=attendees,
    )
    rows = roster_rows(attendees, honorary_every=97)
    apply_roster(store, rows, [], info.id, source="demo roster")
    return info
