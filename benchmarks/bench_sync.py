"""Sync figures on PostgreSQL (loopback): 5 stations pushing 10,000 signed records at once
beside a bare COPY of the same rows; 50 stations syncing at once (errors, p99 push latency).

The server is the real one: `pakta server` (uvicorn, several workers) in its own process.
Records are made as a station makes them (hash chain, Ed25519 signature, pen samples and PNG
from the pad simulator) but in memory, so that the figure measures the server, not the desks.
"""

from __future__ import annotations

import base64
import json
import os
import signal
import socket
import struct
import subprocess
import sys
import tempfile
import threading
import time
import uuid
import zlib
from dataclasses import asdict, dataclass, replace
from pathlib import Path

import httpx
import psycopg
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from benchmarks.figures import Figure, p99
from desktop_app.devices.pads.strokes import assemble
from desktop_app.devices.simulators.handwriting import handwriting_events
from desktop_app.domain.signature import Signature
from desktop_app.domain.signature_render import render_png
from desktop_app.services.rehearsal import SIM_DEVICE, SIM_PAD
from desktop_app.sync.client import SyncClient
from desktop_app.sync.enrolment import enrol_with_key
from pakta_common.integrity.keys import StationKey
from pakta_common.integrity.record_hash import GENESIS_HASH, RECORD_FORMAT, record_hash, sha256_hex
from pakta_common.wire import PushRequest, WireRecord
from server.db import Database
from server.models import Record
from server.stations import add_station

REPO = Path(__file__).resolve().parent.parent
BATCH = 200
SERVER_WORKERS = 4


@dataclass
class BenchStation:
    name: str
    station_id: str
    key: StationKey
    token: str = ""


def _pg_base_url() -> str:
    url = os.environ.get("PAKTA_TEST_PG_URL", "")
    if url:
        return url
    proc = subprocess.run(
        [str(REPO / "scripts" / "setup-postgres.sh")],
        capture_output=True,
        text=True,
        timeout=600,
        check=True,
    )
    return proc.stdout.strip().splitlines()[-1].split("=", 1)[1]


def _fresh_db(base: str) -> str:
    name = f"pakta_bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    return base.rsplit("/", 1)[0] + "/" + name


def _drop_db(base: str, url: str) -> None:
    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {url.rsplit('/', 1)[1]} WITH (FORCE)")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _start_server(db_url: str, log: Path, workers: int) -> tuple[subprocess.Popen[bytes], str]:
    port = _free_port()
    handle = log.open("ab")
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "desktop_app.cli.main",
            "--data-dir",  # the server's data key lives beside the log, not in the user's folder
            str(log.parent),
            "server",
            "--db",
            db_url,
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--workers",
            str(workers),
        ],
        cwd=REPO,
        stdout=handle,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError("server exited: " + log.read_text()[-1500:])
        try:
            if httpx.get(url + "/api/v1/health", timeout=1).status_code == 200:
                return proc, url
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    proc.kill()
    raise RuntimeError("server did not start")


def _enrol(db: Database, url: str, count: int, prefix: str) -> list[BenchStation]:
    stations = []
    with httpx.Client(base_url=url) as http:
        client = SyncClient(http)
        for i in range(count):
            st = BenchStation(
                f"{prefix} {i + 1}", str(uuid.uuid4()), StationKey(Ed25519PrivateKey.generate())
            )
            with db.transaction() as session:
                code = add_station(session, st.name, actor="bench")[1]
            answer = enrol_with_key(client, code, st.station_id, st.name, st.key)
            st.token = answer.token
            stations.append(st)
    return stations


def _pen_samples(count: int) -> list[Signature]:
    """A few simulated handwritten signatures (each record then gets its own bytes)."""
    return [
        assemble(handwriting_events(SIM_PAD, 133.0, seed=seed), SIM_DEVICE) for seed in range(count)
    ]


def _unique(signature: Signature, png: bytes, n: int) -> tuple[bytes, bytes]:
    """Distinct pen bytes and PNG for record ``n`` (as distinct as real signatures are), so
    that nothing is shared between records, on the server or in the COPY baseline."""
    pen = replace(signature, device=replace(signature.device, port=f"bench-{n}")).encode()
    text = b"Comment\x00record " + str(n).encode()
    chunk = struct.pack(">I", len(text)) + b"tEXt" + text
    chunk += struct.pack(">I", zlib.crc32(chunk[4:]) & 0xFFFFFFFF)
    return pen, png[:-12] + chunk + png[-12:]  # before the closing IEND chunk


def _records(
    station: BenchStation,
    ceremony_id: str,
    n: int,
    first_person: int,
    samples: list[Signature],
    who: list[tuple[str, str, str]] | None = None,
) -> list[WireRecord]:
    """A station's chain of ``n`` pledges, hashed and signed exactly as a desk does; ``who``
    gives the people signing (identifier, name, unit), else made-up ones."""
    prev = GENESIS_HASH
    text_sha = sha256_hex(b"Pakta Integritas")
    device = json.dumps(asdict(SIM_DEVICE), sort_keys=True)
    records = []
    pngs = [render_png(sig) for sig in samples]
    for seq in range(1, n + 1):
        person = first_person + seq
        pen, png = _unique(samples[seq % len(samples)], pngs[seq % len(samples)], person)
        fields: dict[str, object] = {
            "format": RECORD_FORMAT,
            "id": str(uuid.uuid4()),
            "kind": "pledge",
            "refers_to": None,
            "reason": "",
            "ceremony_id": ceremony_id,
            "identifier": who[seq - 1][0] if who else f"19800101200501{person:04d}",
            "id_kind": "nip",
            "name": who[seq - 1][1] if who else f"Pegawai {person}",
            "rank": "Penata (III/c)",
            "position": "Analis",
            "unit": who[seq - 1][2] if who else f"Dinas {person % 20}",
            "instansi": "Pemkot",
            "template_id": None,
            "text_sha256": text_sha,
            "consent_at": "2026-11-23T02:00:00.000Z",
            "consent_method": "pad_box",
            "pledge_shown_at": "2026-11-23T01:59:52.000Z",
            "timezone": "Asia/Jakarta",
            "signature_sha256": sha256_hex(pen),
            "image_sha256": sha256_hex(png),
            "device": device,
            "operator": "petugas",
            "station_id": station.station_id,
            "station_seq": seq,
            "signed_at": "2026-11-23T02:00:01.000Z",
            "mono_ns": seq * 10**9,
            "prev_hash": prev,
            "flagged": False,
        }
        digest = record_hash(fields)
        records.append(
            WireRecord.model_validate(
                {
                    **fields,
                    "record_hash": digest,
                    "station_sig": station.key.sign(digest.encode("ascii")).hex(),
                    "signature_b64": base64.b64encode(pen).decode("ascii"),
                    "image_b64": base64.b64encode(png).decode("ascii"),
                }
            )
        )
        prev = digest
    return records


def _push_all(
    url: str,
    station: BenchStation,
    records: list[WireRecord],
    batch: int,
    latencies: list[float],
    errors: list[str],
) -> None:
    with SyncClient.connect(url, station.token, timeout=120.0) as client:
        for start in range(0, len(records), batch):
            chunk = records[start : start + batch]
            t0 = time.perf_counter()
            try:
                answer = client.push(PushRequest(records=chunk))
            except Exception as exc:  # counted, not raised: the figure reports errors
                errors.append(f"{type(exc).__name__}: {exc}")
                continue
            latencies.append((time.perf_counter() - t0) * 1000.0)
            if answer.accepted != len(chunk):
                errors.append(f"{station.name}: {answer.rejected} rejected")
            try:
                client.pull("", 50)
            except Exception as exc:
                errors.append(f"pull: {exc}")


def _run_threads(targets: list[threading.Thread]) -> float:
    t0 = time.perf_counter()
    for t in targets:
        t.start()
    for t in targets:
        t.join()
    return time.perf_counter() - t0


# The server's own record columns, not a restated list: a new column is copied too.
_COPY_COLUMNS = tuple(c.name for c in Record.__table__.columns)


def _copy_baseline(db_url: str, records: list[WireRecord]) -> float:
    """Seconds to COPY the same rows into tables shaped like the server's (records and their
    content-addressed blobs, same keys and indexes)."""
    rows = []
    blobs: dict[str, bytes] = {}
    for n, r in enumerate(records, start=1):
        d = r.model_dump()
        d.update(
            station_ref=1, received_at="2026-11-23T02:00:02.000Z", clock_skew_s=0, change_seq=n
        )
        rows.append(tuple(d[c] for c in _COPY_COLUMNS))
        blobs[r.signature_sha256] = base64.b64decode(r.signature_b64)
        blobs[r.image_sha256] = base64.b64decode(r.image_b64)
    plain = db_url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(plain) as conn:
        conn.execute("CREATE TABLE record_copy (LIKE record INCLUDING DEFAULTS INCLUDING INDEXES)")
        conn.execute("CREATE TABLE blob_copy (LIKE blob INCLUDING DEFAULTS INCLUDING INDEXES)")
        conn.commit()
        t0 = time.perf_counter()
        with conn.cursor() as cur:
            with cur.copy("COPY blob_copy (sha256, data) FROM STDIN") as copy:
                for item in blobs.items():
                    copy.write_row(item)
            with cur.copy(f"COPY record_copy ({', '.join(_COPY_COLUMNS)}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
        conn.commit()
        return time.perf_counter() - t0


def run(quick: bool) -> list[Figure]:
    total, stations_n = (500, 5) if quick else (10_000, 5)
    crowd, crowd_records = (10, 10) if quick else (50, 40)
    base = _pg_base_url()
    db_url = _fresh_db(base)
    log = Path(tempfile.mkdtemp(prefix="pakta-bench-")) / "server.log"
    proc, url = _start_server(db_url, log, 2 if quick else SERVER_WORKERS)
    db = Database.from_url(db_url)
    try:
        samples = _pen_samples(4 if quick else 16)
        ceremony = str(uuid.uuid4())
        pushers = _enrol(db, url, stations_n, "Meja")
        per = total // stations_n
        chains = [_records(st, ceremony, per, i * per, samples) for i, st in enumerate(pushers)]
        latencies: list[float] = []
        errors: list[str] = []
        seconds = _run_threads(
            [
                threading.Thread(target=_push_all, args=(url, st, chain, BATCH, latencies, errors))
                for st, chain in zip(pushers, chains, strict=True)
            ]
        )
        stored = _count(db)
        ours = stored / seconds
        copy_seconds = _copy_baseline(db_url, [r for chain in chains for r in chain])
        baseline = total / copy_seconds

        crowd_stations = _enrol(db, url, crowd, "Desk")
        crowd_chains = [
            _records(st, ceremony, crowd_records, 100_000 + i * crowd_records, samples)
            for i, st in enumerate(crowd_stations)
        ]
        crowd_latency: list[float] = []
        crowd_errors: list[str] = []
        _run_threads(
            [
                threading.Thread(
                    target=_push_all, args=(url, st, chain, 10, crowd_latency, crowd_errors)
                )
                for st, chain in zip(crowd_stations, crowd_chains, strict=True)
            ]
        )
        crowd_stored = _count(db) - stored
    finally:
        proc.terminate()
        try:
            proc.wait(30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)  # the server and all its workers
            proc.wait(10)
        db.dispose()
        _drop_db(base, db_url)
    complete = stored == total and not errors
    held = crowd_stored == crowd * crowd_records and not crowd_errors
    crowd_p99 = p99(crowd_latency) if crowd_latency else float("nan")
    # Quick runs are too small for their figures to mean anything against the targets.
    judge = (lambda ok: None) if quick else (lambda ok: ok)
    return [
        Figure(
            f"sync push {total} signed records, {stations_n} stations -> PostgreSQL",
            ours,
            baseline,
            "rec/s",
            ">= 0.5 x bare COPY; all stored once",
            judge(complete and ours >= 0.5 * baseline),
            "bare COPY of the same rows",
        ),
        Figure(
            f"sync {crowd} stations at once: p99 push latency (10-record batches)",
            crowd_p99,
            None,
            "ms",
            "reported (the issue sets no number)",
            None,
        ),
        Figure(
            f"sync {crowd} stations at once: records held, errors {len(crowd_errors)}",
            float(crowd_stored),
            float(crowd * crowd_records),
            "records",
            "all held, 0 errors",
            judge(held),
            "records pushed",
        ),
    ]


def _count(db: Database) -> int:
    from sqlalchemy import func, select

    from server.models import Record

    with db.transaction() as session:
        return int(session.scalar(select(func.count()).select_from(Record)) or 0)
