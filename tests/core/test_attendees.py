"""Desk services around attendees: search, walk-ins, the pledge text, recent records."""

from __future__ import annotations

import pytest

from desktop_app.domain.errors import InvalidInput
from desktop_app.services.attendees import (
    pledge_text,
    recent_records,
    register_walk_in,
    search_employees,
)
from desktop_app.services.ceremonies import CeremonyInfo
from desktop_app.services.lookup import LookupStatus, lookup_badge
from desktop_app.services.progress import ceremony_progress
from desktop_app.services.signing import register_pledge
from desktop_app.storage.store import Store
from pakta_common.integrity.record_hash import text_sha256
from tests.core.conftest import NIPS, pledge_request


def test_search_by_name_words_and_nip_prefix(store: Store, ceremony: CeremonyInfo) -> None:
    assert [e.name for e in search_employees(store, "siti")] == ["Siti Nur'aini, S.E."]
    assert [e.name for e in search_employees(store, "nur'aini SITI")] == ["Siti Nur'aini, S.E."]
    assert [e.identifier for e in search_employees(store, "1980 0101")] == [NIPS[0]]
    assert search_employees(store, "a") == []  # too short to search
    assert search_employees(store, "100%_") == []  # LIKE wildcards are literal


def test_walk_in_is_flagged_and_can_sign(store: Store, ceremony: CeremonyInfo) -> None:
    view = register_walk_in(
        store, name="  Tamu   Undangan ", identifier="tamu-001", unit="Bawaslu", operator="op"
    )
    assert (view.name, view.identifier, view.id_kind, view.flagged) == (
        "Tamu Undangan",
        "TAMU-001",
        "other",
        True,
    )
    assert lookup_badge(store, "TAMU-001").status is LookupStatus.FOUND
    register_pledge(store, pledge_request("TAMU-001"))
    assert lookup_badge(store, "tamu-001").status is LookupStatus.ALREADY_SIGNED
    units = {u.unit: (u.expected, u.signed) for u in ceremony_progress(store).units}
    assert units["Bawaslu"] == (1, 1)


@pytest.mark.parametrize(
    ("name", "identifier", "message"),
    [
        ("", "TAMU-1", "name is empty"),
        ("X", "123", "not a valid NIP"),
        ("X", "a b", "not a valid NIP"),
        ("X", NIPS[0], "already on the roster"),
        ("X" * 301, "TAMU-2", "longer than"),
    ],
)
def test_bad_walk_ins_are_refused(
    store: Store, ceremony: CeremonyInfo, name: str, identifier: str, message: str
) -> None:
    with pytest.raises(InvalidInput, match=message):
        register_walk_in(store, name=name, identifier=identifier)


def test_pledge_text_and_recent_records(store: Store, ceremony: CeremonyInfo) -> None:
    shown = pledge_text(store)
    assert shown.text.startswith("PAKTA INTEGRITAS")
    assert shown.sha256 == text_sha256(shown.text)
    register_pledge(store, pledge_request(NIPS[0]))
    register_pledge(store, pledge_request(NIPS[1]))
    recent = recent_records(store, limit=5)
    assert [r.identifier for r in recent] == [NIPS[1], NIPS[0]]
