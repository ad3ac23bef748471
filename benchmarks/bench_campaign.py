"""Campaign figures on PostgreSQL at a province's scale (Jawa Barat: 439,350 ASN): a 440,000-row
SIASN roster and 440,000 records, the real server (`pakta server`, several uvicorn workers).

- roster import: the demo roster generator scaled up (deterministic: desktop_app.demo.roster
  with its seed), written as the CSV a BKPSDM exports, streamed through the desk's reader into
  the campaign (COPY into staging, merge, tallies); baseline a bare COPY of the same file.
- ingest: 440,000 records (9 in 10 of the roster signed, and 44,000 walk-ins not on it) at the
  campaign's ceremony: all but the last 10,000 are loaded with COPY, then 5 desks push those
  through the API with the campaign's indexes and tallies in place; baseline a bare COPY of
  the pushed rows. Beside it, the floor any honest server pays before storing a thing: the
  same records checked as a push checks them (hash, station signature, blobs' base64 and
  hashes; server.ingest.verify_batch) on one core, no HTTP, no database.
- dashboard: p99 of the campaign page (signed anywhere, per unit) for a signed-in admin;
  baseline the health endpoint's round trip in the same run.
- chase list: the PDF of the largest OPD, downloaded as a person does; baseline the same
  rows read by the chase query alone.
- 50 desks pushing 10-record batches at once: p99 push latency.

`python -m benchmarks --only campaign` runs the full size; `--quick` a small one (the suite).
PAKTA_BENCH_CAMPAIGN_ROWS sets another size (the default is 440,000).
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import tempfile
import threading
import time
import uuid
from pathlib import Path

import httpx
import psycopg
from sqlalchemy import select

from benchmarks.bench_sync import (
    BenchStation,
    _copy_baseline,
    _drop_db,
    _enrol,
    _fresh_db,
    _pen_samples,
    _pg_base_url,
    _push_all,
    _records,
    _run_threads,
    _start_server,
)
from benchmarks.figures import Figure, p99
from desktop_app.demo.roster import iter_roster, write_roster_csv
from pakta_common.wire import WireRecord
from server.campaign_models import CampaignUnit
from server.campaign_report import chase_rows
from server.campaign_roster import import_campaign_roster
from server.campaign_tally import rebuild
from server.campaigns import create_campaign, create_campaign_ceremony
from server.db import Database
from server.ingest import StationIdentity, verify_batch
from server.models import Record, Station
from server.roster_files import stream_roster_items
from server.stations import add_user

FULL_ROWS = 440_000
WORKERS = 4
SIGNED_EVERY = 10  # person i is unsigned when i % 10 == 3: a tenth of the roster to chase
PASSWORD = "sandi-bench-campaign"


def _rows(quick: bool) -> int:
    if quick:
        return 3_000
    return int(os.environ.get("PAKTA_BENCH_CAMPAIGN_ROWS", FULL_ROWS))


def _copy_roster_baseline(db_url: str, path: Path) -> float:
    """Seconds for a bare COPY of the roster file into a table of its columns."""
    plain = db_url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(plain) as conn:
        conn.execute(
            "CREATE TEMP TABLE roster_copy (no INTEGER, nama TEXT, nip TEXT, pangkat TEXT, "
            "jabatan TEXT, unit TEXT, instansi TEXT)"
        )
        t0 = time.perf_counter()
        with conn.cursor() as cur, path.open("rb") as fh:
            fh.read(3)  # the BOM
            sql = "COPY roster_copy FROM STDIN (FORMAT csv, DELIMITER ';', HEADER true)"
            with cur.copy(sql) as copy:
                while chunk := fh.read(1 << 20):
                    copy.write(chunk)
        conn.commit()
        return time.perf_counter() - t0


def _preload(
    db: Database, db_url: str, ceremony: str, template: WireRecord, people: list[tuple[str, str]]
) -> None:
    """COPY records of ``people`` (identifier, unit) at the ceremony, from one preload desk,
    as if pushed earlier (same columns and values a push stores), then recount the tally."""
    with db.transaction() as session:
        station = Station(name="Meja muat awal", station_uuid=str(uuid.uuid4()), created_at="x")
        session.add(station)
        session.flush()
        ref, station_uuid = station.id, station.station_uuid
        first = int(
            session.execute(
                select(Record.change_seq).order_by(Record.change_seq.desc()).limit(1)
            ).scalar()
            or 0
        )
    columns = [c.name for c in Record.__table__.columns]
    base = template.model_dump()
    plain = db_url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(plain) as conn, conn.cursor() as cur:
        with cur.copy(f"COPY record ({', '.join(columns)}) FROM STDIN") as copy:
            for n, (identifier, unit) in enumerate(people, start=1):
                row = {
                    **base,
                    "id": str(uuid.UUID(int=n)),
                    "identifier": identifier,
                    "unit": unit,
                    "station_id": station_uuid,
                    "station_seq": n,
                    "station_ref": ref,
                    "received_at": "2026-11-23T02:00:02.000Z",
                    "clock_skew_s": 0,
                    "change_seq": first + n,
                    "record_hash": f"{n:064x}",
                }
                copy.write_row(tuple(row[c] for c in columns))
        conn.execute("UPDATE counter SET value = value + %s", (len(people),))
        conn.commit()
        conn.execute("ANALYZE")


def _verify_rate(db: Database, desks: list[BenchStation], chains: list[list[WireRecord]]) -> float:
    """Records per second through the checks a push makes before any lock (one core)."""
    with db.reading() as session:
        stations = {
            s.station_uuid: StationIdentity(s.id, s.station_uuid, s.name, s.public_key)
            for s in session.scalars(
                select(Station).where(Station.station_uuid.in_([d.station_id for d in desks]))
            )
            if s.station_uuid and s.public_key
        }
    count = 0
    t0 = time.process_time()
    for desk, chain in zip(desks, chains, strict=True):
        candidates, rejected = verify_batch(chain, stations[desk.station_id])
        assert not rejected, list(rejected.items())[:1]
        count += len(candidates)
    return count / (time.process_time() - t0)


def _sign_in(http: httpx.Client) -> None:
    http.headers["Origin"] = str(http.base_url).rstrip("/")
    page = http.get("/admin/login").text
    csrf = re.search(r'name="csrf" value="([0-9a-f]+)"', page)
    assert csrf is not None
    answer = http.post(
        "/admin/login", data={"name": "bench", "password": PASSWORD, "csrf": csrf.group(1)}
    )
    if answer.status_code != 303:
        raise RuntimeError(f"admin sign-in refused: {answer.status_code}")


def _timed_gets(http: httpx.Client, path: str, n: int) -> list[float]:
    out = []
    for _ in range(n):
        t0 = time.perf_counter()
        answer = http.get(path)
        answer.raise_for_status()
        out.append((time.perf_counter() - t0) * 1000.0)
    return out


def run(quick: bool) -> list[Figure]:
    rows = _rows(quick)
    pushed_n, desks_n = (500, 5) if quick else (10_000, 5)
    crowd, crowd_records = (10, 10) if quick else (50, 40)
    dashboard_n = 20 if quick else 200
    base = _pg_base_url()
    db_url = _fresh_db(base)
    folder = Path(tempfile.mkdtemp(prefix="pakta-bench-campaign-"))
    proc, url = _start_server(db_url, folder / "server.log", 2 if quick else WORKERS)
    db = Database.from_url(db_url)
    try:
        # As many records as roster rows: 9 in 10 of the roster signed, and walk-ins (people
        # of the same generator beyond the roster) make up the rest.
        walk_ins = rows // SIGNED_EVERY
        everyone = list(iter_roster(rows + walk_ins, seed=2024))
        people, strangers = everyone[:rows], everyone[rows:]
        roster = folder / "siasn.csv"
        write_roster_csv(roster, people)
        with db.transaction() as session:
            campaign = create_campaign(session, title="Netralitas ASN 2024", actor="bench").id
            add_user(session, "bench", "admin", PASSWORD, actor="bench")
        t0 = time.perf_counter()
        with db.transaction() as session:
            result = import_campaign_roster(
                session, campaign, stream_roster_items(roster), source="siasn.csv", actor="bench"
            )
        import_s = time.perf_counter() - t0
        assert result.imported == rows, result.as_json()
        copy_roster_s = _copy_roster_baseline(db_url, roster)

        with db.transaction() as session:
            ceremony = create_campaign_ceremony(
                session, campaign, title="Apel Utama", date="2024-02-12", venue="Islamic Center",
                pledge_text="Ikrar", identifiers=[people[0].nip], actor="bench",
            )[0].id  # fmt: skip
        samples = _pen_samples(4 if quick else 16)
        signed = [i for i in range(rows) if i % SIGNED_EVERY != 3]
        preload, to_push = signed[: len(signed) - pushed_n], signed[len(signed) - pushed_n :]
        desks = _enrol(db, url, desks_n, "Meja")
        per = pushed_n // desks_n
        chains = []
        for d, desk in enumerate(desks):
            who = [people[i] for i in to_push[d * per : (d + 1) * per]]
            chains.append(
                _records(desk, ceremony, per, 0, samples, [(e.nip, e.name, e.unit) for e in who])
            )
        _preload(
            db,
            db_url,
            ceremony,
            chains[0][0],
            [(people[i].nip, people[i].unit) for i in preload]
            + [(e.nip, e.unit) for e in strangers],
        )
        with db.transaction() as session:
            rebuild(session, campaign)
        latencies: list[float] = []
        errors: list[str] = []
        push_s = _run_threads(
            [
                threading.Thread(target=_push_all, args=(url, d, c, 200, latencies, errors))
                for d, c in zip(desks, chains, strict=True)
            ]
        )
        ingest = pushed_n / push_s
        copy_ingest = pushed_n / _copy_baseline(db_url, [r for c in chains for r in c])
        verify_rate = _verify_rate(db, desks, chains)

        crowd_desks = _enrol(db, url, crowd, "Desk")
        crowd_chains = [
            _records(d, ceremony, crowd_records, 900_000 + i * crowd_records, samples)
            for i, d in enumerate(crowd_desks)
        ]
        crowd_latency: list[float] = []
        crowd_errors: list[str] = []
        _run_threads(
            [
                threading.Thread(
                    target=_push_all, args=(url, d, c, 10, crowd_latency, crowd_errors)
                )
                for d, c in zip(crowd_desks, crowd_chains, strict=True)
            ]
        )

        with db.transaction() as session:
            largest = session.execute(
                select(CampaignUnit.unit)
                .where(CampaignUnit.campaign_id == campaign)
                .order_by(CampaignUnit.expected.desc())
                .limit(1)
            ).scalar_one()
        with httpx.Client(base_url=url, timeout=300) as http:
            _sign_in(http)
            page = f"/admin/campaigns/{campaign}"
            http.get(page).raise_for_status()  # warm
            dashboard = _timed_gets(http, page, dashboard_n)
            health = _timed_gets(http, "/api/v1/health", dashboard_n)
            t0 = time.perf_counter()
            pdf = http.get(f"{page}/chase.pdf", params={"unit": largest})
            pdf.raise_for_status()
            chase_s = time.perf_counter() - t0
        assert pdf.content.startswith(b"%PDF")
        t0 = time.perf_counter()
        with db.transaction() as session:
            chase_n = sum(1 for _ in chase_rows(session, campaign, largest))
        query_s = time.perf_counter() - t0
        assert chase_n > 0
    finally:
        proc.terminate()
        try:
            proc.wait(30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(10)
        db.dispose()
        _drop_db(base, db_url)
    judge = (lambda ok: None) if quick else (lambda ok: ok)
    crowd_p99 = p99(crowd_latency) if crowd_latency else float("nan")
    size = f"{rows:,} roster / {rows:,} records"
    return [
        Figure(
            f"campaign roster import ({rows:,} rows, SIASN CSV)", rows / import_s,
            rows / copy_roster_s, "rows/s", "reported against a bare COPY", None,
            "bare COPY of the same file",
        ),
        Figure(
            f"campaign ingest at {size}, {desks_n} desks push {pushed_n:,}", ingest, copy_ingest,
            "rec/s", ">= 0.5 x bare COPY, 0 errors",
            judge(ingest >= 0.5 * copy_ingest and not errors), "bare COPY of the same rows",
        ),
        Figure(
            f"ingest's floor: {pushed_n:,} records verified as a push does, one core",
            verify_rate, copy_ingest, "rec/s", "reported (no database, no HTTP)", None,
            "bare COPY of the same rows",
        ),
        Figure(
            f"campaign dashboard p99 at {size}", p99(dashboard), p99(health), "ms",
            "p99 <= 300 ms", judge(p99(dashboard) <= 300), "health endpoint p99",
        ),
        Figure(
            f"chase list PDF of the largest OPD ({chase_n:,} people)", chase_s, query_s, "s",
            "<= 10 s", judge(chase_s <= 10), "the chase query alone",
        ),
        Figure(
            f"campaign: {crowd} desks push at once, p99 (10-record batches), errors "
            f"{len(crowd_errors)}", crowd_p99, p99(health), "ms", "p99 <= 1000 ms, 0 errors",
            judge(crowd_p99 <= 1000 and not crowd_errors), "health endpoint p99",
        ),
    ]  # fmt: skip
