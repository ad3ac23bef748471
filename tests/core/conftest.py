"""Fixtures for core tests: a real station store with a ceremony and a small roster.

The three people are written out: their NIPs (a man, a woman, a PPPK) and names (apostrophes)
are what these tests look at. Signatures and images come from desktop_app/demo/factory.py."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.clock import utc_now_iso
from desktop_app.demo.factory import handwritten_signature, signature_image
from desktop_app.domain.consent import ConsentMethod
from desktop_app.services.ceremonies import CeremonyInfo, create_ceremony
from desktop_app.services.roster_import import apply_roster
from desktop_app.services.signing import PledgeRequest
from desktop_app.services.templates import default_template_text
from desktop_app.storage.store import Store
from pakta_common.integrity.record_hash import text_sha256
from pakta_common.roster_file import RosterRow

NIPS = (
    "198001012005011001",  # PNS, male
    "199203152019032002",  # PNS, female
    "197512312021251003",  # PPPK (digits 13-14 = 25)
)


@pytest.fixture
def store(data_dir: Path) -> Iterator[Store]:
    with Store.open(data_dir, station_name="Meja 1") as opened:
        yield opened


@pytest.fixture
def ceremony(store: Store) -> CeremonyInfo:
    info = create_ceremony(
        store,
        title="Ikrar Netralitas ASN",
        date="2024-08-26",
        venue="Islamic Center",
        organizer="BKPSDM",
        expected=3,
    )
    rows = [
        RosterRow(
            2, NIPS[0], "nip", "Budi Santoso", "Penata (III/c)", "Analis", "Dinas A", "Pemkot"
        ),
        RosterRow(
            3,
            NIPS[1],
            "nip",
            "Siti Nur'aini, S.E.",
            "Penata Muda (III/a)",
            "Bendahara",
            "Dinas B",
            "Pemkot",
        ),
        RosterRow(
            4, NIPS[2], "nip", "Ahmad Ja'far", "PPPK Golongan IX", "Guru", "Dinas A", "Pemkot"
        ),
    ]
    apply_roster(store, rows, [], info.id)
    return info


def pledge_request(identifier: str, **overrides: object) -> PledgeRequest:
    """The active ceremony's pledge for ``identifier``, signed with the simulated hand 0;
    ``overrides`` replace any field (bad input)."""
    values: dict[str, object] = {
        "identifier": identifier,
        "shown_text_sha256": text_sha256(default_template_text()),
        "consent_at": utc_now_iso(),
        "signature": handwritten_signature(0),
        "image_png": signature_image(0),
        "operator": "tester",
        "consent_method": ConsentMethod.PAD_BOX,
        "pledge_shown_at": "2024-08-26T01:00:00.000Z",
    }
    values.update(overrides)
    return PledgeRequest(**values)  # type: ignore[arg-type]
