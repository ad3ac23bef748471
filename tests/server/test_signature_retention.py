"""Signatures are sensitive personal data (UU PDP 27/2022): encrypted at rest on the server,
and deleted per ceremony when its retention period ends, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
import stat
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import func, select, update

from desktop_app.cli.main import main
from desktop_app.storage.store import Store
from desktop_app.sync.client import SyncClient
from desktop_app.sync.cycle import sync_once
from desktop_app.sync.outbox import pending_batch
from server.admin import PURGED_SIGNATURE, UNREADABLE_SIGNATURE
from server.blobcrypt import (
    KEY_FILE_NAME,
    MAGIC,
    BlobCipher,
    BlobDecryptError,
    BlobKeyError,
    is_sealed,
    load_cipher,
)
from server.commands import prepare_data_key
from server.db import Database
from server.models import AuditLog, Blob, CeremonyPurge, Record
from server.stations import AdminError, add_user
from tests.server.helpers import (
    admin_sign_in,
    enrol_in_process,
    make_app,
    new_ceremony,
    new_station,
    png,
    sign,
)

PASSWORD = "sandi-admin-1"


def _sign_in(http: TestClient) -> None:
    admin_sign_in(http, "admin", PASSWORD)


def _blobs(db: Database) -> dict[str, bytes]:
    with db.transaction() as s:
        return {h: bytes(d) for h, d in s.execute(select(Blob.sha256, Blob.data))}


def _records(db: Database, ceremony_id: str) -> list[Record]:
    with db.transaction() as s:
        return list(s.scalars(select(Record).where(Record.ceremony_id == ceremony_id)))


def _hashes(records: list[Record]) -> set[str]:
    return {h for r in records for h in (r.signature_sha256, r.image_sha256)}


@dataclass
class Server:
    app: FastAPI
    http: TestClient
    desk: Store
    client: SyncClient
    purged: str  # the ceremony the tests purge: 4 signings
    kept: str  # another ceremony of the same desk: 2 signings, the same image bytes
    db_url: str
    tmp: Path

    @property
    def db(self) -> Database:
        db: Database = self.app.state.db
        return db

    def cli(self, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, Any, str]:
        capsys.readouterr()
        code = main(["--json", "--data-dir", str(self.tmp / "cli"), *args, "--db", self.db_url])
        out, err = capsys.readouterr()
        return code, json.loads(out) if out.strip() else None, err


@pytest.fixture
def server(db_url: str, tmp_path: Path) -> Iterator[Server]:
    app = make_app(db_url, tmp_path / "keys" / KEY_FILE_NAME)
    with app.state.db.transaction() as s:
        add_user(s, "admin", "admin", PASSWORD, actor="test")
    desk = new_station(tmp_path, "Meja A")
    try:
        with TestClient(app) as http:
            client = enrol_in_process(desk, app, http)
            purged, kept = new_ceremony(desk, 8), new_ceremony(desk, 20)
            for i in range(4):
                sign(desk, purged, i)
            for i in (10, 11):
                sign(desk, kept, i)
            report = sync_once(desk, client)
            assert report.accepted == 6 and report.pending == 0
            _sign_in(http)
            yield Server(app, http, desk, client, purged, kept, db_url, tmp_path)
    finally:
        desk.close()
        app.state.db.dispose()


def test_blobs_are_encrypted_at_rest_and_the_admin_page_shows_the_image(server: Server) -> None:
    blobs = _blobs(server.db)
    assert len(blobs) == 4 + 2 + 1  # six pen data, one image (the same PNG for everybody)
    for sha, data in blobs.items():
        assert data.startswith(MAGIC), sha
        assert b"\x89PNG" not in data and b"PSG1" not in data
    record = _records(server.db, server.purged)[0]
    page = server.http.get(f"/admin/records/{record.id}")
    assert page.status_code == 200 and 'id="signature"' in page.text
    image = server.http.get(f"/admin/records/{record.id}/image.png")
    assert image.status_code == 200 and image.content == png()

    # A blob stored before encryption (plaintext) is still read.
    with server.db.transaction() as s:
        s.execute(update(Blob).where(Blob.sha256 == record.image_sha256).values(data=png()))
    image = server.http.get(f"/admin/records/{record.id}/image.png")
    assert image.status_code == 200 and image.content == png()


def test_a_wrong_key_gives_a_clear_error_not_a_traceback(server: Server) -> None:
    record = _records(server.db, server.kept)[0]
    other = make_app(server.db_url, server.tmp / "other-keys" / KEY_FILE_NAME)
    try:
        with TestClient(other) as http:
            _sign_in(http)
            page = http.get(f"/admin/records/{record.id}")
            assert page.status_code == 200
            assert UNREADABLE_SIGNATURE in page.text and 'id="signature"' not in page.text
            assert "fingerprint" in page.text and "Traceback" not in page.text
            image = http.get(f"/admin/records/{record.id}/image.png")
            assert image.status_code == 500
            assert image.headers["content-type"].startswith("text/html")
            assert UNREADABLE_SIGNATURE in image.text and "Traceback" not in image.text
    finally:
        other.state.db.dispose()
    cipher = BlobCipher(bytes(32))
    with pytest.raises(BlobDecryptError, match="cannot be decrypted"):
        cipher.open("0" * 64, BlobCipher(bytes(range(32))).seal("0" * 64, b"PSG1 pen data"))
    with pytest.raises(BlobDecryptError):  # bound to its own hash: no swapping rows
        cipher.open("1" * 64, cipher.seal("0" * 64, b"PSG1 pen data"))


def test_purge_needs_yes_and_deletes_exactly_that_ceremonys_signatures(
    server: Server, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _blobs(server.db)
    mine, theirs = _records(server.db, server.purged), _records(server.db, server.kept)
    doomed = _hashes(mine) - _hashes(theirs)
    assert len(doomed) == 4  # the image bytes are shared with the other ceremony: kept

    code, out, err = server.cli(capsys, "server", "purge", "--ceremony", server.purged)
    assert code == 2 and out["exit_code"] == 2  # with --json, the error is the JSON object
    assert "Would delete 4 signature/image blobs of the 4 records" in err and "--yes" in err
    assert _blobs(server.db) == before
    with server.db.transaction() as s:
        assert s.scalar(select(func.count()).select_from(CeremonyPurge)) == 0
        assert s.scalar(select(func.count()).where(AuditLog.action == "ceremony_purge")) == 0

    code, out, err = server.cli(capsys, "server", "purge", "--ceremony", server.purged, "--yes")
    assert code == 0, err
    assert {k: out[k] for k in ("ceremony", "records", "blobs_deleted")} == {
        "ceremony": server.purged,
        "records": 4,
        "blobs_deleted": 4,
    }
    after = _blobs(server.db)
    assert set(after) == set(before) - doomed
    assert _hashes(theirs) <= set(after)  # the other ceremony keeps every signature
    assert len(_records(server.db, server.purged)) == 4  # records and hashes stay
    with server.db.transaction() as s:
        (entry,) = s.scalars(select(AuditLog).where(AuditLog.action == "ceremony_purge"))
        mark = s.get(CeremonyPurge, server.purged)
        assert mark is not None and mark.blobs_deleted == 4
    assert entry.actor.startswith("cli") and entry.at
    assert json.loads(entry.detail) == {
        "ceremony": server.purged,
        "records": 4,
        "blobs_deleted": 4,
        "orphan_blobs_deleted": 0,
    }

    code, out, err = server.cli(capsys, "server", "purge", "--ceremony", server.purged, "--yes")
    assert code == 0 and out["blobs_deleted"] == 0 and out["records"] == 4
    code, out, err = server.cli(capsys, "server", "purge", "--ceremony", "f" * 36, "--yes")
    assert code == 2 and "no ceremony" in err
    code, report, err = server.cli(capsys, "server", "report")
    purged_at = {c["id"]: c["purged_at"] for c in report["ceremonies"]}
    assert purged_at[server.purged] and not purged_at[server.kept]
    summary = {c["id"]: c for c in report["ceremonies"]}[server.purged]
    assert (summary["records"], summary["signed"]) == (4, 4)  # the attendance picture stays

    # The admin page says so instead of showing the image; the other ceremony's still shows.
    page = server.http.get(f"/admin/records/{mine[0].id}")
    assert PURGED_SIGNATURE in page.text and 'id="signature"' not in page.text
    gone = server.http.get(f"/admin/records/{mine[0].id}/image.png")
    assert gone.status_code == 410 and PURGED_SIGNATURE in gone.text
    shown = server.http.get(f"/admin/records/{theirs[0].id}/image.png")
    assert shown.status_code == 200 and shown.content == png()
    assert "masa retensi berakhir" in server.http.get(f"/admin/ceremonies/{server.purged}").text


def test_a_later_push_for_a_purged_ceremony_keeps_the_record_not_the_signature(
    server: Server, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = server.cli(capsys, "server", "purge", "--ceremony", server.purged, "--yes")
    assert code == 0, err
    late = sign(server.desk, server.purged, 5)  # signed at the desk, pushed after the purge
    late_too = sign(server.desk, server.purged, 6)
    kept = sign(server.desk, server.kept, 12)
    # A blob of one of them is there already (a server before this one wrote a push's blobs
    # ahead of its checks, and a push could race the purge): it must not stay.
    pending = pending_batch(server.desk, 0, 100)
    (early,) = [p.record for p in pending if p.record.id == late_too.record_id]
    with server.db.transaction() as s:
        s.add(Blob(sha256=early.signature_sha256, data=server.app.state.cipher.seal("x", b"")))

    report = sync_once(server.desk, server.client)
    assert report.accepted == 3 and not report.rejected and report.pending == 0
    blobs = _blobs(server.db)
    with server.db.transaction() as s:
        stored = {r.id: r for r in s.scalars(select(Record))}
    for pledge in (late, late_too):
        record = stored[pledge.record_id]  # metadata and hashes accepted ...
        assert record.ceremony_id == server.purged and record.signature_sha256
        assert record.signature_sha256 not in blobs  # ... but no signature kept
        page = server.http.get(f"/admin/records/{record.id}")
        assert PURGED_SIGNATURE in page.text
    assert stored[kept.record_id].signature_sha256 in blobs  # live ceremonies as before
    assert all(is_sealed(d) for d in blobs.values())
    code, out, err = server.cli(capsys, "server", "purge", "--ceremony", server.purged, "--yes")
    assert code == 0 and out == {**out, "records": 6, "blobs_deleted": 0}


@pytest.mark.posix  # file modes (0600)
def test_the_key_file_is_created_once_with_mode_0600_even_by_racing_processes(
    tmp_path: Path,
) -> None:
    path = tmp_path / "data" / KEY_FILE_NAME
    barrier = threading.Barrier(12)
    found: list[tuple[str, bool]] = []

    def start() -> None:
        barrier.wait()
        cipher, created = load_cipher(path)
        found.append((cipher.fingerprint, created))

    threads = [threading.Thread(target=start) for _ in range(12)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert len(found) == 12 and len({f for f, _ in found}) == 1
    assert sum(created for _, created in found) == 1
    assert stat.S_IMODE(path.stat().st_mode) == 0o600 and path.stat().st_size == 32
    again, created = load_cipher(path)
    assert again.fingerprint == found[0][0] and not created

    bad = tmp_path / "bad.key"
    bad.write_bytes(b"too short, and not hex" * 3)
    with pytest.raises(BlobKeyError, match="expected 32"):
        load_cipher(bad)
    hexed = tmp_path / "hex.key"
    hexed.write_text(bytes(range(32)).hex() + "\n")
    assert load_cipher(hexed)[0].fingerprint == BlobCipher(bytes(range(32))).fingerprint


def test_a_lost_key_is_not_silently_replaced(server: Server) -> None:
    key = server.tmp / "keys" / KEY_FILE_NAME
    data_dir = server.tmp / "fresh-data"
    data_dir.mkdir()
    with pytest.raises(AdminError, match="is missing"), pytest.MonkeyPatch.context() as env:
        env.delenv("PAKTA_SERVER_DATA_KEY_FILE", raising=False)
        prepare_data_key(server.db, data_dir)
    assert not (data_dir / KEY_FILE_NAME).exists()
    with pytest.MonkeyPatch.context() as env:
        env.setenv("PAKTA_SERVER_DATA_KEY_FILE", str(key))
        assert prepare_data_key(server.db, data_dir) == key.absolute()
