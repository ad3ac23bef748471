"""`pakta doctor`: is this station ready? Store, devices, printer and server, one check each.

Each check answers in a sentence a desk attendant can read out to support over the phone:
``detail`` in English (JSON, logs), and a ``code`` with its ``data`` that the report words in
Bahasa Indonesia (``format_report``). Nothing is changed, except that opening an older store
upgrades it, as every start does.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
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
    code: str = ""  # what the check found, for the report's own words (WORDS)
    data: dict[str, str] = field(default_factory=dict)  # the facts the words name

    def as_json(self) -> dict[str, object]:
        return {
            "name": self.name,
            "ok": self.ok,
            "detail": self.detail,
            "code": self.code,
            "data": dict(self.data),
        }


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
        detail = f"no station in {paths.root}: set it up first"
        return [DoctorCheck("store", False, detail, "no_station", {"path": str(paths.root)})]
    try:
        current, head = schema_state(paths.db)
        store = Store.open(paths.root)
    except Exception as exc:  # doctor reports; it never stops at the first broken thing
        detail = f"cannot open {paths.db}: {exc}"
        return [DoctorCheck("store", False, detail, "store_unreadable", {"path": str(paths.db)})]
    try:
        upgraded = f" (upgraded from {current or 'empty'})" if current != head else ""
        detail = f"{paths.db} opens, schema {head}{upgraded}"
        data = {"path": str(paths.db), "schema": head}
        checks.append(DoctorCheck("store", True, detail, "store_ok", data))
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
        detail = f"check failed: {type(exc).__name__}: {exc}"
        return DoctorCheck(name, False, detail, "check_failed", {"error": type(exc).__name__})


def _chain(store: Store) -> DoctorCheck:
    report = verify_store(store)
    records = {"records": str(report.records)}
    if report.ok:
        detail = f"{report.records} records, hash chain and signatures ok"
        return DoctorCheck("chain", True, detail, "chain_ok", records)
    return DoctorCheck("chain", False, "; ".join(report.problems[:3]), "chain_broken", records)


def _disk(store: Store) -> DoctorCheck:
    free_mb = shutil.disk_usage(store.paths.root).free // 1_000_000
    ok = free_mb >= MIN_FREE_MB
    detail = f"{free_mb} MB free (needs at least {MIN_FREE_MB} MB)"
    data = {"free": str(free_mb), "min": str(MIN_FREE_MB)}
    return DoctorCheck("disk", ok, detail, "disk_ok" if ok else "disk_low", data)


def _ceremony(store: Store) -> DoctorCheck:
    active = next((c for c in list_ceremonies(store) if c.active), None)
    if active is None:
        return DoctorCheck(
            "ceremony", False, "no active ceremony (pakta ceremony use ID)", "no_ceremony"
        )
    detail = (
        f"{active.title} ({active.date}): {active.roster} on the roster, {active.signed} signed"
    )
    data = {
        "title": active.title,
        "date": active.date,
        "roster": str(active.roster),
        "signed": str(active.signed),
    }
    code = "ceremony_ok" if active.roster > 0 else "roster_empty"
    return DoctorCheck("ceremony", active.roster > 0, detail, code, data)


def _ports(store: Store) -> DoctorCheck:
    ports = list_serial_ports()
    names = ", ".join(p.device for p in ports[:8]) or "none"
    data = {"count": str(len(ports)), "ports": ", ".join(p.device for p in ports[:8]) or "-"}
    return DoctorCheck(
        "serial_ports", True, f"{len(ports)} serial port(s): {names}", "serial_ports", data
    )


def _pad(store: Store) -> DoctorCheck:
    port = load_settings(store).pad_port
    if not port:
        detail = "no pad port chosen (signatures only on screen)"
        return DoctorCheck("pad", False, detail, "no_pad")
    result = probe_port(port)
    if result.status is ProbeStatus.FOUND:
        detail = f"{port}: {result.protocol} pad answers at {result.baud}"
        data = {"port": port, "protocol": str(result.protocol), "baud": str(result.baud)}
        return DoctorCheck("pad", True, detail, "pad_found", data)
    busy = result.status is ProbeStatus.UNAVAILABLE
    hint = " (is the desk running and holding it?)" if busy else ""
    detail = f"{port}: {result.status.value}, {result.detail}{hint}"
    return DoctorCheck("pad", False, detail, "pad_busy" if busy else "pad_silent", {"port": port})


def _scanner(store: Store) -> DoctorCheck:
    settings = load_settings(store)
    mode = settings.scanner_mode
    if mode in ("keyboard", "camera"):
        detail = f"{mode} scanner: test by scanning"
        return DoctorCheck("scanner", True, detail, f"scanner_{mode}")
    ports = {p.device for p in list_serial_ports()}
    port = settings.scanner_port
    if port and (port in ports or "://" in port):
        detail = f"{mode} scanner on {port}"
        return DoctorCheck("scanner", True, detail, "scanner_serial", {"port": port})
    detail = f"scanner port {port or '(none)'} not found"
    return DoctorCheck("scanner", False, detail, "scanner_port_missing", {"port": port or "-"})


def _printer(store: Store) -> DoctorCheck:
    spec = load_settings(store).printer
    if not spec:
        return DoctorCheck("printer", False, "no printer chosen", "no_printer")
    try:
        backend = backend_for(spec)
        backend.check()
    except PrinterUnavailable as exc:
        return DoctorCheck("printer", False, str(exc), "printer_unavailable", {"printer": spec})
    detail = f"{backend.describe()} ready"
    return DoctorCheck("printer", True, detail, "printer_ready", {"printer": spec})


def _print_queue(store: Store) -> DoctorCheck:
    summary = queue_summary(store)
    detail = f"{summary.waiting} waiting, {summary.failed} failed"
    if summary.last_error:
        detail += f"; last error: {summary.last_error}"
    data = {"waiting": str(summary.waiting), "failed": str(summary.failed)}
    return DoctorCheck("print_queue", summary.ok, detail, "print_queue", data)


def _server(store: Store, reach: bool) -> DoctorCheck:
    with store.read() as session:
        row = session.get(SyncServer, 1)
        link = (row.url, row.token, row.last_error) if row is not None else None
    if link is None:
        detail = "not enrolled (pakta station enroll URL CODE)"
        return DoctorCheck("server", False, detail, "not_enrolled")
    url, token, last_error = link
    if not reach:
        detail = f"enrolled with {url} (not contacted)"
        return DoctorCheck("server", True, detail, "server_not_contacted", {"url": url})
    try:
        with SyncClient.connect(url, token, timeout=HEALTH_TIMEOUT) as client:
            health = client.health()
    except SyncError as exc:
        note = f"; last sync error: {last_error}" if last_error else ""
        detail = f"{url} not reachable: {exc}{note}"
        return DoctorCheck("server", False, detail, "server_unreachable", {"url": url})
    detail = f"{url} reachable (database {health.database})"
    return DoctorCheck("server", True, detail, "server_reachable", {"url": url})


def _outbox(store: Store) -> DoctorCheck:
    pending = pending_count(store)
    rejected = rejected_in_outbox(store)
    if rejected:
        first = rejected[0][1]
        detail = f"{len(rejected)} refused by the server ({first})"
        return DoctorCheck("outbox", False, detail, "outbox_refused", {"count": str(len(rejected))})
    detail = f"{pending} record(s) waiting to be sent"
    return DoctorCheck("outbox", True, detail, "outbox_waiting", {"count": str(pending)})


# The report's words, in Bahasa Indonesia (support reads them with the attendant on the phone).
NAMES = {
    "store": "penyimpanan",
    "chain": "rantai catatan",
    "disk": "ruang disk",
    "ceremony": "acara",
    "serial_ports": "port serial",
    "scanner": "pemindai",
    "printer": "printer",
    "print_queue": "antrean cetak",
    "pad": "pad tanda tangan",
    "server": "server",
    "outbox": "kiriman ke server",
}
WORDS = {
    "no_station": "belum ada stasiun di {path}: siapkan dulu",
    "store_unreadable": "{path} tidak dapat dibuka",
    "store_ok": "{path} terbuka, skema {schema}",
    "check_failed": "pemeriksaan gagal ({error})",
    "chain_ok": "{records} catatan; rantai hash dan tanda tangan stasiun utuh",
    "chain_broken": "rantai catatan rusak ({records} catatan): hubungi dukungan",
    "disk_ok": "{free} MB kosong",
    "disk_low": "hanya {free} MB kosong (perlu minimal {min} MB)",
    "no_ceremony": "belum ada acara aktif (pakta ceremony use ID)",
    "ceremony_ok": "{title} ({date}): {roster} peserta, {signed} sudah menandatangani",
    "roster_empty": "{title} ({date}): daftar peserta masih kosong",
    "serial_ports": "{count} port serial: {ports}",
    "no_pad": "belum memilih port pad (tanda tangan hanya di layar)",
    "pad_found": "{port}: pad {protocol} menjawab pada {baud}",
    "pad_busy": "{port} tidak dapat dibuka (sedang dipakai meja yang berjalan?)",
    "pad_silent": "{port}: tidak ada pad yang menjawab",
    "scanner_keyboard": "pemindai USB (seperti papan ketik): uji dengan memindai",
    "scanner_camera": "kamera laptop: uji dengan memindai",
    "scanner_serial": "pemindai serial di {port}",
    "scanner_port_missing": "port pemindai {port} tidak ditemukan",
    "no_printer": "printer belum dipilih",
    "printer_unavailable": "printer {printer} belum dapat mencetak",
    "printer_ready": "printer {printer} siap",
    "print_queue": "{waiting} menunggu, {failed} gagal",
    "not_enrolled": "meja belum terdaftar di server (pakta station enroll URL KODE)",
    "server_not_contacted": "terdaftar di {url} (tidak dihubungi)",
    "server_unreachable": "{url} tidak dapat dihubungi",
    "server_reachable": "{url} dapat dihubungi",
    "outbox_refused": "{count} catatan ditolak server",
    "outbox_waiting": "{count} catatan menunggu dikirim",
}


def check_words(check: DoctorCheck) -> str:
    """The check's finding in Bahasa Indonesia (its English detail when it has no code)."""
    template = WORDS.get(check.code)
    if template is None:
        return check.detail
    try:
        return template.format(**check.data)
    except KeyError:
        return check.detail


def format_report(checks: list[DoctorCheck], language: str = "id") -> str:
    """Numbered lines to read over the phone: number, OK or PERLU DICEK, name, finding."""
    if language == "en":
        lines = ["Pakta station check"]
        for number, check in enumerate(checks, start=1):
            verdict = "OK" if check.ok else "CHECK"
            lines.append(f"{number:2}. {verdict:<5} {check.name}: {check.detail}")
        bad = [str(n) for n, c in enumerate(checks, start=1) if not c.ok]
        lines.append("All good." if not bad else f"To check: number {', '.join(bad)}.")
        return "\n".join(lines)
    lines = ["Pemeriksaan stasiun Pakta"]
    for number, check in enumerate(checks, start=1):
        verdict = "OK" if check.ok else "PERLU DICEK"
        name = NAMES.get(check.name, check.name)
        lines.append(f"{number:2}. {verdict:<11} {name}: {check_words(check)}")
    bad = [str(n) for n, c in enumerate(checks, start=1) if not c.ok]
    lines.append("Semua baik." if not bad else f"Perlu dicek: nomor {', '.join(bad)}.")
    return "\n".join(lines)
