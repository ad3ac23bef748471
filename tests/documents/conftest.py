"""Fixtures: a station with a ceremony, a roster and signed records, made by the services."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.documents.factory import Ceremony, make_ceremony, sign_all


@pytest.fixture
def ceremony(data_dir: Path) -> Iterator[Ceremony]:
    c = make_ceremony(data_dir, people=6)
    sign_all(c, 4)
    yield c
    c.store.close()


@pytest.fixture
def record_id(ceremony: Ceremony) -> str:
    from desktop_app.storage.models import SignedPledge

    with ceremony.store.read() as session:
        row = session.query(SignedPledge).order_by(SignedPledge.station_seq).first()
        assert row is not None
        return row.id
