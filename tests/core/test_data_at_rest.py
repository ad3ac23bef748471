"""Personal data at rest: the data folder is 0700/0600 from the first byte (and an older store
is tightened when opened); no signature lies in a plaintext file; after `ceremony erase`
nothing in the data folder holds the signature in any readable form."""

from __future__ import annotations

import contextlib
import io
import logging
import os
import stat
import time
import zlib
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop_app.cli.main import main
from desktop_app.documents.images import flatten_signature
from desktop_app.documents.receipt_verify import verify_receipt_pdf
from desktop_app.domain.errors import SignatureDeleted
from desktop_app.logging_setup import configure_logging
from desktop_app.printing.queue import enqueue_receipt, get_job
from desktop_app.printing.worker import PrintWorker
from desktop_app.services.retention import erase_signatures
from desktop_app.storage.models import SignedPledge
from desktop_app.storage.store import Store
from tests.documents.factory import make_ceremony, sign, signature_png

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")

_ZLIB_HEADS = (b"\x78\x01", b"\x78\x5e", b"\x78\x9c", b"\x78\xda")


def _modes(root: Path) -> dict[str, int]:
    found = {}
    for path in [root, *root.rglob("*")]:
        found[str(path.relative_to(root))] = stat.S_IMODE(path.lstat().st_mode)
    return found


def _loose(root: Path) -> dict[str, str]:
    """Entries readable, writable or enterable by anyone but the owner."""
    return {name: oct(mode) for name, mode in _modes(root).items() if mode & 0o077}


def _inflated(data: bytes) -> list[bytes]:
    """Every zlib stream found anywhere in ``data``, inflated (PDF and PNG streams)."""
    out = []
    for head in _ZLIB_HEADS:
        at = data.find(head)
        while at != -1:
            with contextlib.suppress(zlib.error):
                out.append(zlib.decompressobj().decompress(data[at:], 64 << 20))
            at = data.find(head, at + 1)
    return out


def _holders(root: Path, needles: dict[str, bytes]) -> list[str]:
    """Which files below ``root`` hold which needle, as is or inside a zlib stream."""
    hits = []
    for path in root.rglob("*"):
        if not path.is_file() or path.is_symlink():
            continue
        data = path.read_bytes()
        for label, needle in needles.items():
            if needle in data or any(needle in chunk for chunk in _inflated(data)):
                hits.append(f"{path.relative_to(root)}: {label}")
    return hits


def _ink_window(png: bytes, size: int = 48) -> bytes:
    """A stretch of the flattened signature's pixels with ink in it (as embedded in a PDF)."""
    image = flatten_signature(png)
    assert image is not None
    raw = image.tobytes()
    best = max(
        range(0, len(raw) - size, size), key=lambda i: sum(v < 128 for v in raw[i : i + size])
    )
    return raw[best : best + size]


def test_modes_from_init_through_signing_printing_and_erasing(
    data_dir: Path, tmp_path: Path
) -> None:
    configure_logging(data_dir)
    c = make_ceremony(data_dir, people=3)
    assert _loose(data_dir) == {}  # after init
    png = signature_png(7)
    rid = sign(c, c.identifiers[0], png=png)
    logging.getLogger("pakta.test").info("signed %s", rid)
    with c.store.read() as session:
        row = session.get(SignedPledge, rid)
        assert row is not None
        pen = c.store.blobs.open(row.ceremony_id, rid, row.signature_blob)
        wrapped = session.execute(text("SELECT wrapped FROM ceremony_key")).scalar_one()
    assert (data_dir / "station.db-wal").exists()  # open store: WAL and SHM are there
    assert _loose(data_dir) == {}  # after a signing: db, -wal, -shm, logs, keys

    printed = data_dir / "printed"  # the demo's folder printer, inside the data folder
    job = enqueue_receipt(c.store, rid, printer=f"folder:{printed}")
    copy = enqueue_receipt(c.store, rid, printer=f"folder:{printed}", reprint=True, copies=2)
    PrintWorker(c.store).run_once()
    assert get_job(c.store, job.id).status == get_job(c.store, copy.id).status == "done"
    assert len(list(printed.glob("*.pdf"))) == 3
    assert _loose(data_dir) == {}  # after printing
    assert not (data_dir / "receipts").exists()  # no receipt cache beside the store

    needles = {
        "signature PNG": png,
        "signature pixels": _ink_window(png),
        "pen samples": pen[len(pen) // 2 : len(pen) // 2 + 48],
        "wrapped ceremony key": bytes(wrapped),
    }
    before = _holders(data_dir, needles)
    # the scan can see: the printed receipts show the signature, the store holds its key
    assert any("printed/" in h and "signature pixels" in h for h in before), before
    assert any("wrapped ceremony key" in h for h in before), before

    result = erase_signatures(c.store, c.ceremony_id, discard_unsynced=True)
    assert result.erased and result.printed_files_removed == 3 and result.store_scrubbed
    assert _holders(data_dir, needles) == []
    assert _loose(data_dir) == {}
    with c.store.read() as session:
        row = session.get(SignedPledge, rid)
        assert row is not None
        with pytest.raises(SignatureDeleted):
            c.store.blobs.open(row.ceremony_id, rid, row.image_blob)
    c.store.close()
    # a fresh process with the station key cannot read it either
    with Store.open(data_dir) as again, again.read() as session:
        row = session.get(SignedPledge, rid)
        assert row is not None
        with pytest.raises(SignatureDeleted):
            again.blobs.open(row.ceremony_id, rid, row.signature_blob)
    # the records stay: their archive can still be made, without signatures, and verifies
    archive = tmp_path / "arsip.pdf"
    with contextlib.redirect_stdout(io.StringIO()):
        code = main(
            [
                "--data-dir",
                str(data_dir),
                "export",
                "pledges",
                "--format",
                "pdf",
                "--out",
                str(archive),
            ]
        )
    assert code == 0
    assert not any(
        needle in chunk
        for needle in needles.values()
        for chunk in [archive.read_bytes(), *_inflated(archive.read_bytes())]
    )
    with Store.open(data_dir) as again:
        (verdict,) = verify_receipt_pdf(again, archive)
    assert verdict.valid, verdict.reason
    assert "erased" in next(ch.detail for ch in verdict.checks if ch.name == "signature_image")


def test_an_older_store_is_tightened_and_cleaned_when_opened(data_dir: Path) -> None:
    c = make_ceremony(data_dir, people=2)
    c.store.close()
    for path in [data_dir, *data_dir.rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)
    legacy = data_dir / "receipts"  # plaintext receipt copies older versions kept
    legacy.mkdir()
    (legacy / "0000.a5.pdf").write_bytes(b"%PDF-1.4 signature inside")
    stale = data_dir / "printed" / ".receipt-1.pdf.x1y2.part"  # a crash mid-write
    stale.parent.mkdir()
    stale.write_bytes(b"%PDF half")
    old = time.time() - 3600
    os.utime(stale, (old, old))
    fresh = data_dir / "printed" / ".receipt-2.pdf.a1b2.part"  # another process writing now
    fresh.write_bytes(b"%PDF in progress")
    own = data_dir / "tools" / "backup.sh"  # something of the user's own: not ours to change
    own.parent.mkdir()
    own.write_text("#!/bin/sh\n")
    own.chmod(0o755)
    assert _loose(data_dir)
    with Store.open(data_dir):
        assert set(_loose(data_dir)) == {"tools", "tools/backup.sh"}
        assert not legacy.exists()
        assert not stale.exists() and fresh.exists()


def test_exports_and_log_rollovers_are_private(data_dir: Path, tmp_path: Path) -> None:
    from desktop_app.logging_setup import PrivateRotatingFileHandler

    c = make_ceremony(data_dir, people=2)
    sign(c, c.identifiers[0])
    c.store.close()
    out_dir = tmp_path / "usb"
    for kind, fmt in (("attendance", "pdf"), ("pledges", "pdf"), ("pledges", "xlsx")):
        target = out_dir / f"{kind}.{fmt}"
        with contextlib.redirect_stdout(io.StringIO()):
            code = main(
                ["--data-dir", str(data_dir), "export", kind, "--format", fmt, "--out", str(target)]
            )
        assert code == 0
        assert stat.S_IMODE(target.stat().st_mode) == 0o600, target
    assert stat.S_IMODE(out_dir.stat().st_mode) == 0o700  # a folder made for an export

    log = tmp_path / "logs" / "x.log"
    log.parent.mkdir()
    handler = PrivateRotatingFileHandler(log, maxBytes=200, backupCount=2, encoding="utf-8")
    record = logging.LogRecord("t", logging.INFO, __file__, 1, "x" * 150, None, None)
    for _ in range(5):
        handler.emit(record)  # rolls over: new files each time
    handler.close()
    files = sorted(log.parent.iterdir())
    assert len(files) == 3
    assert all(stat.S_IMODE(f.stat().st_mode) == 0o600 for f in files)
