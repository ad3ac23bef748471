"""`pakta doctor`: is this station ready? Store, devices, printer and server, one check each.

Each check answers in a sentence a desk attendant can read out to support over the phone.
Nothing is changed, except that opening an older store upgrades it, as every start does.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import asdict, dataclass
from functools import partial
from pathlib import Path

import httpx
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from desktop_app.devices.discovery import list_serial_ports
from desktop_app.devices.pads.probe import ProbeStatus, probe_port
from desktop_app.paths import StationPaths
from desktop_app.printing.backends.base import PrinterUnavailable
from desktop_app.printing.queue import queue_summary
from desktop_app.printing.targets import backend_for
from desktop_app.services.ceremonies import list_ceremonies
from desktop_app.services.station_settings import load_settings
from desktop_app.services.verification import verify_store
from desktop_app.storage.engine import make_engine
from desktop_app.storage.migrate import MIGRATIONS_DIR
from desktop_app.storage.store import Store
from desktop_app.storage.sync_models import SyncServer
from desktop_app.sync.client import SyncClient, SyncError
from desktop_app.sync.outbox import pending_count, rejected_in_outbox

MIN_FREE_MB = 500  # a day of receipts and logs is far less; below this, clean up first
HEALTH_TIMEOUT = httpx.Timeout(5.0, connect=3.0)


@dataclass(frozen=True)
class DoctorCheck:
    name: str
    ok: bool
    detail: str

    def as_json(self) -> dict[str, object]:
        return asdict(self)


@dataclass(frozen=True)
class DoctorOptions:
    probe_pad: bool = True  # off while the desk holds the pad's port
    check_server: bool = True


def schema_state(db: Path) -> tuple[str, str]:
    """(current revision, newest revision) of the store at ``db`` without changing it."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    head = ScriptDirectory.from_config(cfg).get_current_head() or ""
    engine = make_engine(db)
    try:
        with engine.connect() as conn:
            current = MigrationContext.configure(conn).get_current_revision() or ""
    finally:
        engine.dispose()
    return current, head


def run_doctor(data_dir: Path, options: DoctorOptions | None = None) -> list[DoctorCheck]:
    """Every check, in the order a person would look: store first, then what hangs off it."""
    options = options or DoctorOptions()
    paths = StationPaths(Path(data_dir))
    checks: list[DoctorCheck] = []
    if not paths.db.exists():
        return [DoctorCheck("store", False, f"no station in {paths.root}: set it up first")]
    try:
        current, head = schema_state(paths.db)
        store = Store.open(paths.root)
    except Exception as exc:  # doctor reports; it never stops at the first broken thing
        return [DoctorCheck("store", False, f"cannot open {paths.db}: {exc}")]
    try:
        upgraded = f" (upgraded from {current or 'empty'})" if current != head else ""
        checks.append(DoctorCheck("store", True, f"{paths.db} opens, schema {head}{upgraded}"))
        for check in (_chain, _disk, _ceremony, _ports, _scanner, _printer, _print_queue):
            checks.append(_guard(check.__name__.strip("_"), partial(check, store)))
        if options.probe_pad:
            checks.append(_guard("pad", lambda: _pad(store)))
        checks.append(_guard("server", lambda: _server(store, options.check_server)))
        checks.append(_guard("outbox", lambda: _outbox(store)))
    finally:
        store.close()
    return checks


def _guard(name: str, fn: Callable[[], DoctorCheck]) -> DoctorCheck:
    try:
        return fn()
    except Exception as exc:  # one broken check must not hide the others
        return DoctorCheck(name, False, f"check failed: {type(exc).__name__}: {exc}")


def _chain(store: Store) -> DoctorCheck:
    report = verify_store(store)
    if report.ok:
        return DoctorCheck("chain", True, f"{report.records} records, hash chain and signatures ok")
    return DoctorCheck("chain", False, "; ".join(report.problems[:3]))


def _disk(store: Store) -> DoctorCheck:
    free_mb = shutil.disk_usage(store.paths.root).free // 1_000_000
    return DoctorCheck(
        "disk", free_mb >= MIN_FREE_MB, f"{free_mb} MB free (needs at least {MIN_FREE_MB} MB)"
    )


def _ceremony(store: Store) -> DoctorCheck:
    active = next((c for c in list_ceremonies(store) if c.active), None)
    if active is None:
        return DoctorCheck("ceremony", False, "no active ceremony (pakta ceremony use ID)")
    detail = (
        f"{active.title} ({active.date}): {active.roster} on the roster, {active.signed} signed"
    )
    return DoctorCheck("ceremony", active.roster > 0, detail)


def _ports(store: Store) -> DoctorCheck:
    ports = list_serial_ports()
    names = ", ".join(p.device for p in ports[:8]) or "none"
    return DoctorCheck("serial_ports", True, f"{len(ports)} serial port(s): {names}")


def _pad(store: Store) -> DoctorCheck:
    port = load_settings(store).pad_port
    if not port:
        return DoctorCheck("pad", False, "no pad port chosen (signatures only on screen)")
    result = probe_port(port)
    if result.status is ProbeStatus.FOUND:
        return DoctorCheck("pad", True, f"{port}: {result.protocol} pad answers at {result.baud}")
    hint = (
        " (is the desk running and holding it?)" if result.status is ProbeStatus.UNAVAILABLE else ""
    )
    return DoctorCheck("pad", False, f"{port}: {result.status.value}, {result.detail}{hint}")


def _scanner(store: Store) -> DoctorCheck:
    settings = load_settings(store)
    if settings.scanner_mode in ("keyboard", "camera"):
        return DoctorCheck("scanner", True, f"{settings.scanner_mode} scanner: test by scanning")
    ports = {p.device for p in list_serial_ports()}
    port = settings.scanner_port
    if port and (port in ports or "://" in port):
        return DoctorCheck("scanner", True, f"{settings.scanner_mode} scanner on {port}")
    return DoctorCheck("scanner", False, f"scanner port {port or '(none)'} not found")


def _printer(store: Store) -> DoctorCheck:
    spec = load_settings(store).printer
    try:
        backend = backend_for(spec)
        backend.check()
    except PrinterUnavailable as exc:
        return DoctorCheck("printer", False, str(exc))
    return DoctorCheck("printer", True, f"{backend.describe()} ready")


def _print_queue(store: Store) -> DoctorCheck:
    summary = queue_summary(store)
    detail = f"{summary.waiting} waiting, {summary.failed} failed"
    if summary.last_error:
        detail += f"; last error: {summary.last_error}"
    return DoctorCheck("print_queue", summary.ok, detail)


def _server(store: Store, reach: bool) -> DoctorCheck:
    with store.read() as session:
        row = session.get(SyncServer, 1)
        link = (row.url, row.token, row.last_error) if row is not None else None
    if link is None:
        return DoctorCheck("server", False, "not enrolled (pakta station enroll URL CODE)")
    url, token, last_error = link
    if not reach:
        return DoctorCheck("server", True, f"enrolled with {url} (not contacted)")
    try:
        with SyncClient.connect(url, token, timeout=HEALTH_TIMEOUT) as client:
            health = client.health()
    except SyncError as exc:
        note = f"; last sync error: {last_error}" if last_error else ""
        return DoctorCheck("server", False, f"{url} not reachable: {exc}{note}")
    return DoctorCheck("server", True, f"{url} reachable (database {health.database})")


def _outbox(store: Store) -> DoctorCheck:
    pending = pending_count(store)
    rejected = rejected_in_outbox(store)
    if rejected:
        first = rejected[0][1]
        return DoctorCheck("outbox", False, f"{len(rejected)} refused by the server ({first})")
    return DoctorCheck("outbox", True, f"{pending} record(s) waiting to be sent")


def format_report(checks: list[DoctorCheck]) -> str:
    """Numbered lines to read over the phone: number, OK or PERLU DICEK, name, detail."""
    lines = ["Pemeriksaan stasiun Pakta"]
    for number, check in enumerate(checks, start=1):
        verdict = "OK" if check.ok else "PERLU DICEK"
        lines.append(f"{number:2}. {verdict:<11} {check.name}: {check.detail}")
    bad = [str(n) for n, c in enumerate(checks, start=1) if not c.ok]
    lines.append("Semua baik." if not bad else f"Perlu dicek: nomor {', '.join(bad)}.")
    return "\n".join(lines)
