"""A station data folder written by the first release (tests/golden/first_release, made by
make_first_release_store.py running that release's own code) opens with today's code: it is
migrated, its chain verifies, its signatures decrypt and decode, its printed receipts verify.
And the store migrates to today's schema from every released schema revision, with data in it.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine, select

from desktop_app.documents.receipt_verify import verify_receipt_pdf
from desktop_app.domain.signature import Signature
from desktop_app.services.verification import verify_store
from desktop_app.storage.migrate import _config, declared_head
from desktop_app.storage.models import SignedPledge
from desktop_app.storage.records import record_fields
from desktop_app.storage.store import Store
from pakta_common.integrity.chain import verify_chain
from pakta_common.integrity.record_hash import sha256_hex
from pakta_common.integrity.seal import Problem

FIXTURE = Path(__file__).with_name("first_release")
RECORDS = json.loads((FIXTURE / "records.json").read_text("utf-8"))
# Every station schema revision a release has shipped, oldest first (the first release: 0004).
RELEASED_REVISIONS = ("0001", "0002", "0003", "0004")


def _copy_station(tmp_path: Path) -> Path:
    target = tmp_path / "station"
    shutil.copytree(FIXTURE / "station", target)
    return target


def test_first_release_store_opens_migrates_and_verifies(tmp_path: Path) -> None:
    before = sqlite3.connect(FIXTURE / "station" / "station.db")
    assert before.execute("SELECT version_num FROM alembic_version").fetchone() == ("0004",)
    before.close()
    with Store.open(_copy_station(tmp_path)) as store:
        report = verify_store(store)
        assert report.ok, report.problems
        assert report.records == 5
        with store.read() as session:
            rows = session.scalars(select(SignedPledge).order_by(SignedPledge.station_seq)).all()
            assert [r.format for r in rows] == [1] * 5  # the first release's records stay format 1
            assert [r.kind for r in rows] == ["pledge"] * 4 + ["void"]
            assert rows[-1].refers_to == RECORDS["voided"]
            for row in rows[:4]:
                raw = store.blobs.open(row.ceremony_id, row.id, row.signature_blob)
                assert sha256_hex(raw) == row.signature_sha256
                assert Signature.decode(raw).sample_count > 10
                png = store.blobs.open(row.ceremony_id, row.id, row.image_blob)
                assert png.startswith(b"\x89PNG")
            assert verify_chain([record_fields(r) for r in rows], store.key.public_bytes).ok


def test_first_release_receipts_verify_today(tmp_path: Path) -> None:
    with Store.open(_copy_station(tmp_path)) as store:
        for record_id in RECORDS["pledges"]:
            (verdict,) = verify_receipt_pdf(store, FIXTURE / "receipts" / f"{record_id}.pdf")
            if record_id == RECORDS["voided"]:
                assert not verdict.valid and verdict.problem is Problem.VOIDED, verdict.reason
            else:
                assert verdict.valid, verdict.reason
                assert verdict.record_id == record_id
        (void,) = verify_receipt_pdf(store, FIXTURE / "receipts" / f"{RECORDS['void']}.pdf")
        assert void.valid, void.reason


def test_first_release_store_with_a_changed_byte_does_not_verify(tmp_path: Path) -> None:
    """The same fixture with one stored name changed (a tamperer with the SQLite file): the
    chain check names the record. Shows the test above can fail."""
    station = _copy_station(tmp_path)
    con = sqlite3.connect(station / "station.db")
    triggers = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='trigger'")]
    for name in triggers:
        con.execute(f'DROP TRIGGER "{name}"')
    con.execute("UPDATE signed_pledge SET name = 'Siti Rahayu' || ' ' WHERE station_seq = 3")
    con.commit()
    con.close()
    with Store.open(station) as store:
        report = verify_store(store)
    assert not report.ok
    assert any("content does not match its hash" in p for p in report.problems)


def _tables_and_columns(con: sqlite3.Connection) -> dict[str, list[str]]:
    tables = [
        r[0]
        for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name != 'alembic_version'"
        )
    ]
    return {t: [r[1] for r in con.execute(f'PRAGMA table_info("{t}")')] for t in tables}


@pytest.mark.parametrize("revision", RELEASED_REVISIONS)
def test_store_migrates_to_today_from_every_released_schema(tmp_path: Path, revision: str) -> None:
    """A store at ``revision`` holding the first release's data (each table's columns that
    exist at that revision) migrates to today's head; records, roster and chain survive."""
    db = tmp_path / "old.db"
    engine = create_engine(f"sqlite:///{db}")
    with engine.begin() as conn:
        cfg = _config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
    engine.dispose()
    source = sqlite3.connect(FIXTURE / "station" / "station.db")
    target = sqlite3.connect(db)
    copied: dict[str, int] = {}
    for table, columns in _tables_and_columns(target).items():
        have = set(_tables_and_columns(source).get(table, []))
        shared = [c for c in columns if c in have]
        if not shared:
            continue
        names = ", ".join(f'"{c}"' for c in shared)
        rows = source.execute(f'SELECT {names} FROM "{table}"').fetchall()
        marks = ", ".join("?" for _ in shared)
        target.executemany(f'INSERT INTO "{table}" ({names}) VALUES ({marks})', rows)
        copied[table] = len(rows)
    target.commit()
    source.close()
    target.close()
    assert copied["signed_pledge"] == 5 and copied["employee"] == 6

    from desktop_app.storage.migrate import upgrade_store

    engine = create_engine(f"sqlite:///{db}")
    assert upgrade_store(engine) == declared_head()
    with engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT * FROM signed_pledge ORDER BY station_seq")
        records = [dict(r._mapping) for r in rows]
        employees = conn.exec_driver_sql("SELECT COUNT(*) FROM employee").scalar()
        public = conn.exec_driver_sql("SELECT public_key FROM station").scalar()
    engine.dispose()
    assert employees == 6
    assert [r["format"] for r in records] == [1] * 5
    for record in records:
        record["flagged"] = bool(record["flagged"])
    report = verify_chain(records, bytes(public))
    assert report.ok and report.records == 5, report.problems
