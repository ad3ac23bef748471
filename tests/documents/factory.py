"""Real signed records for document and printing tests: the core's factory
(desktop_app/demo/factory.py) with the store kept beside the ceremony, as these tests use it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from pathlib import Path

from desktop_app.demo.factory import (
    SeededCeremony,
    ceremony_with_roster,
    roster_rows,
    signature_image,
    signed_record,
)
from desktop_app.storage.store import Store

# Every record of these tests is signed at the same moment of the ceremony's day.
SIGNED_AT = dt.datetime(2026, 11, 23, 1, 39, 58, tzinfo=dt.UTC)

signature_png = signature_image  # the rendered image of the simulated signature for a seed


@dataclass
class Ceremony:
    store: Store
    ceremony_id: str
    template_sha: str
    identifiers: list[str]
    template_id: str | None = None


def make_ceremony(
    data_dir: Path,
    people: int = 6,
    *,
    names: tuple[str, ...] = (),
    title: str = "Penandatanganan Pakta Integritas Netralitas ASN Pilkada 2024",
    venue: str = "Gedung Islamic Center, Kota Malang",
    station_name: str = "Meja 1",
) -> Ceremony:
    """A store in ``data_dir`` with a ceremony of ``people`` from the demo roster; ``names``
    (cycled) replace the demo names where a test needs hard ones."""
    store = Store.open(data_dir, station_name=station_name)
    rows = roster_rows(people)
    if names:
        rows = [replace(r, name=names[i % len(names)]) for i, r in enumerate(rows)]
    made = ceremony_with_roster(
        store, people, rows=rows, title=title, date="2026-11-23", venue=venue,
        organizer="BKPSDM Kota Malang",
    )  # fmt: skip
    return Ceremony(
        store, made.id, made.shown_text_sha256, list(made.identifiers), made.template_id
    )


def sign(c: Ceremony, identifier: str, seed: int = 0, png: bytes | None = None) -> str:
    """``identifier`` signs with the simulated hand ``seed`` (its rendered image, or ``png``)."""
    shown = SeededCeremony(c.ceremony_id, c.template_sha, template_id=c.template_id)
    record = signed_record(
        c.store, shown, identifier, seed=seed, image_png=png, at=SIGNED_AT, operator="petugas-1"
    )
    return record.record_id


def sign_all(c: Ceremony, count: int | None = None) -> list[str]:
    ids = c.identifiers if count is None else c.identifiers[:count]
    return [sign(c, ident, seed=i) for i, ident in enumerate(ids)]
