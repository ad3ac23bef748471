"""The station self-test (Qt-free part): a throwaway store through the whole core path.

Run by ``pakta self-test`` and ``pakta-station --self-test`` (also from the installed bundle,
where it proves that migrations, fonts, templates and native libraries were packed): a
temporary store, a ceremony with the sample roster, one signed record, a receipt rendered and
verified from its PDF, and the serial ports and printers this machine has. Each check is
named, so a failure says what broke.
"""

from __future__ import annotations

import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

from desktop_app.ceremony_ref import find_ceremony
from desktop_app.clock import utc_now_iso
from desktop_app.demo.factory import signed_record
from desktop_app.devices.discovery import list_printers, list_serial_ports
from desktop_app.documents.receipt import build_receipt
from desktop_app.documents.receipt_data import load_receipt
from desktop_app.documents.receipt_verify import verify_receipt_pdf
from desktop_app.resources import resource_path
from desktop_app.services.ceremonies import create_ceremony
from desktop_app.services.rehearsal import unsigned_attendees
from desktop_app.services.roster_import import import_roster
from desktop_app.services.verification import verify_store
from desktop_app.storage.store import Store
from pakta_common.files import write_atomic

SAMPLE_ROSTER = ("samples", "roster-contoh.csv")  # the packed file: the bundle's proof
SIGNATURE_SEED = 7  # the simulated hand that signs the self-test's record


@dataclass(frozen=True)
class Check:
    """One named check: did it pass, what it saw (or why it failed), how long it took."""

    name: str
    ok: bool
    detail: str
    ms: float = 0.0

    def as_json(self) -> dict[str, object]:
        return asdict(self)


class CheckFailed(Exception):
    """A check's own verdict (as opposed to an unexpected exception)."""


class _Run:
    """Runs checks in order; a check whose prerequisite failed is reported, not attempted."""

    def __init__(self) -> None:
        self.checks: list[Check] = []

    def run(self, name: str, fn: Callable[[], str], *, needs: tuple[str, ...] = ()) -> bool:
        failed = [n for n in needs if not self.passed(n)]
        if failed:
            self.checks.append(Check(name, False, f"skipped: {', '.join(failed)} failed"))
            return False
        start = time.perf_counter()
        try:
            detail, ok = fn(), True
        except CheckFailed as exc:
            detail, ok = str(exc), False
        except Exception as exc:  # a self-test reports every failure by name, never crashes
            last = traceback.extract_tb(exc.__traceback__)[-1:]
            where = f" at {Path(last[0].filename).name}:{last[0].lineno}" if last else ""
            detail, ok = f"{type(exc).__name__}: {exc}{where}", False
        self.checks.append(Check(name, ok, detail, round((time.perf_counter() - start) * 1000, 1)))
        return ok

    def passed(self, name: str) -> bool:
        return any(c.name == name and c.ok for c in self.checks)


def run_core_checks(workdir: Path | None = None) -> list[Check]:
    """All Qt-free checks on a fresh store in ``workdir`` (a temporary folder by default)."""
    if workdir is not None:
        return _core_checks(Path(workdir))
    with tempfile.TemporaryDirectory(prefix="pakta-selftest-") as tmp:
        return _core_checks(Path(tmp))


def _core_checks(root: Path) -> list[Check]:
    run = _Run()
    state: dict[str, object] = {}

    def open_store() -> str:
        store = Store.open(root / "station", station_name="Uji mandiri")
        state["store"] = store
        return f"migrations applied, station {store.station_id[:8]}"

    def ceremony_and_roster() -> str:
        imported = _ceremony_with_roster(_store(state))
        return f"ceremony created, {imported} attendees imported"

    def sign_one() -> str:
        store = _store(state)
        identifier = unsigned_attendees(store, None, 1)[0]
        with store.read() as session:
            min_read_s = find_ceremony(session, None).min_read_s
        done = signed_record(
            store, None, identifier, seed=SIGNATURE_SEED, read_s=min_read_s, operator="self-test"
        )
        state["record_id"] = done.record_id
        report = verify_store(store)
        if not report.ok:
            raise CheckFailed("chain does not verify: " + "; ".join(report.problems[:3]))
        return f"record #{done.station_seq} committed, chain verifies"

    def receipt() -> str:
        store = _store(state)
        pdf = build_receipt(load_receipt(store, str(state["record_id"])), "a5")
        path = root / "receipt.pdf"
        write_atomic(path, pdf)
        verdicts = verify_receipt_pdf(store, path)
        if not verdicts or not all(v.valid for v in verdicts):
            raise CheckFailed("receipt does not verify: " + "; ".join(v.reason for v in verdicts))
        return f"A5 receipt {len(pdf) // 1024} KB rendered, seal verified"

    def serial_ports() -> str:
        ports = list_serial_ports()
        return f"{len(ports)} port(s)" + (
            ": " + ", ".join(p.device for p in ports[:6]) if ports else ""
        )

    def printers() -> str:
        names, why = list_printers()
        return f"{len(names)} printer(s)" + (": " + ", ".join(names[:6]) if names else f" ({why})")

    try:
        run.run("store", open_store)
        run.run("ceremony_roster", ceremony_and_roster, needs=("store",))
        run.run("sign", sign_one, needs=("ceremony_roster",))
        run.run("receipt", receipt, needs=("sign",))
        run.run("serial_ports", serial_ports)
        run.run("printers", printers)
    finally:
        store = state.get("store")
        if isinstance(store, Store):
            store.close()
    return run.checks


def open_selftest_store(root: Path) -> Store:
    """A store in ``root`` with a ceremony and the sample roster (for the window check)."""
    store = Store.open(root / "station", station_name="Uji mandiri")
    try:
        _ceremony_with_roster(store)
    except BaseException:
        store.close()
        raise
    return store


def _ceremony_with_roster(store: Store) -> int:
    create_ceremony(
        store, title="Uji mandiri", date=utc_now_iso()[:10], venue="Meja uji", expected=40
    )
    result = import_roster(store, resource_path(*SAMPLE_ROSTER))
    if result.imported == 0:
        raise CheckFailed(f"the sample roster imported no rows ({result.as_json()})")
    return result.imported


def _store(state: dict[str, object]) -> Store:
    store = state["store"]
    assert isinstance(store, Store)
    return store


def format_report(checks: list[Check]) -> str:
    """Numbered lines a person can read out: OK or GAGAL, the check, what it saw."""
    lines = []
    for number, check in enumerate(checks, start=1):
        verdict = "OK   " if check.ok else "GAGAL"
        lines.append(f"{number:2}. {verdict} {check.name}: {check.detail}")
    failed = [c.name for c in checks if not c.ok]
    lines.append("uji mandiri: " + ("semua OK" if not failed else "GAGAL: " + ", ".join(failed)))
    return "\n".join(lines)


def failed_names(checks: list[Check]) -> list[str]:
    return [c.name for c in checks if not c.ok]


def report_json(checks: list[Check]) -> dict[str, object]:
    """The ``--json`` answer of both self-test entry points."""
    return {
        "ok": not failed_names(checks),
        "failed": failed_names(checks),
        "checks": [c.as_json() for c in checks],
    }


def checks_from_json(payload: object) -> list[Check]:
    """Checks read back from another process's ``--json`` report (the window check)."""
    if not isinstance(payload, dict) or not isinstance(payload.get("checks"), list):
        raise ValueError("not a self-test report")
    checks = []
    for item in payload["checks"]:
        if not isinstance(item, dict):
            raise ValueError("not a self-test check")
        checks.append(
            Check(str(item["name"]), bool(item["ok"]), str(item["detail"]), float(item["ms"]))
        )
    return checks
