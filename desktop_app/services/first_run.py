"""First-run setup (Qt-free): when a station needs it, its steps, their checks, and the finish.

The wizard in ui/wizard renders these steps; everything it decides or stores is here, so the
flow is tested without a screen. A station counts as set up once the wizard finished, or when
it already has an active ceremony with a roster (set up from the command line).
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path

from desktop_app.clock import utc_now_iso
from desktop_app.devices.discovery import list_printers, list_serial_ports
from desktop_app.devices.pads.probe import ProbeStatus, probe_port
from desktop_app.domain.errors import InvalidInput, PaktaError
from desktop_app.printing.backends.base import PrinterUnavailable
from desktop_app.printing.targets import backend_for
from desktop_app.services.ceremonies import CeremonyInfo, create_ceremony, list_ceremonies
from desktop_app.services.ceremonies import use_ceremony as use_ceremony_service
from desktop_app.services.lookup import LookupStatus, lookup_badge
from desktop_app.services.roster_import import ImportResult, apply_roster
from desktop_app.services.station_settings import (
    SCANNER_MODES,
    load_settings,
    operator_pin_set,
    save_settings,
    set_operator_pin,
    with_changes,
)
from desktop_app.settings import SETUP_DONE, get_setting, set_setting
from desktop_app.storage.store import Store
from desktop_app.sync.client import NotAuthorised, RequestRefused, SyncClient, SyncError
from desktop_app.sync.cycle import sync_once
from desktop_app.sync.enrolment import enroll, server_link
from pakta_common.roster_file import read_roster

MAX_NAME = 120
log = logging.getLogger(__name__)


class Step(StrEnum):
    STATION = "station"
    CEREMONY = "ceremony"
    DEVICES = "devices"
    SERVER = "server"
    FINISH = "finish"


STEPS = tuple(Step)


class CeremonySource(StrEnum):
    FILE = "file"  # a new ceremony with a roster file (CSV/XLSX)
    SERVER = "server"  # enrol with a server and pull its ceremonies and rosters


@dataclass(frozen=True)
class Outcome:
    """A test or action's answer: a stable ``code`` that ui/ words in the attendant's language,
    and ``detail``, data shown as is (a port, a name, an address) — never an English sentence:
    technical reasons go to the log."""

    ok: bool
    detail: str
    code: str = ""


@dataclass(frozen=True)
class SetupAnswers:
    """What the attendant chose so far; the wizard keeps one and replaces it step by step."""

    station_name: str = ""
    source: CeremonySource = CeremonySource.FILE
    ceremony_id: str = ""  # the ceremony set up in the ceremony step
    pad_port: str = ""  # empty: signatures on screen
    scanner_mode: str = "keyboard"
    scanner_port: str = ""
    printer: str = ""  # a printer spec (desktop_app.printing.targets); empty: none yet
    enrolled_url: str = ""  # set once enrolment succeeded
    pin: str = ""  # the operator PIN chosen in the wizard (stored, hashed, at the finish)
    pin_set: bool = False  # the station already has a PIN: choosing one is then optional


@dataclass(frozen=True)
class DeviceChoices:
    ports: list[str] = field(default_factory=list)
    printers: list[str] = field(default_factory=list)
    printer_note: str = ""


def needs_setup(store: Store) -> bool:
    """True on a station nobody has set up: no finished wizard and no ceremony with a roster."""
    with store.read() as session:
        if get_setting(session, SETUP_DONE):
            return False
    return not any(c.active and c.roster > 0 for c in list_ceremonies(store))


def start_answers(store: Store) -> SetupAnswers:
    """Answers prefilled from what the station already has (a re-run keeps earlier choices)."""
    s = load_settings(store)
    link = server_link(store)
    return SetupAnswers(
        station_name=s.station_name,
        ceremony_id=s.active_ceremony,
        pad_port=s.pad_port,
        scanner_mode=s.scanner_mode,
        scanner_port=s.scanner_port,
        printer=s.printer,
        enrolled_url=link.url if link else "",
        pin_set=s.pin_set,
    )


def next_step(step: Step, answers: SetupAnswers) -> Step | None:
    """The step after ``step``: the server step is left out when the ceremony came from one."""
    following = STEPS[STEPS.index(step) + 1 :]
    for candidate in following:
        if candidate is Step.SERVER and answers.enrolled_url:
            continue
        return candidate
    return None


def check_station_name(text: str) -> str | None:
    """Why this station name is not usable, or None."""
    name = " ".join(text.split())
    if not name:
        return "empty"
    if len(name) > MAX_NAME:
        return "too_long"
    return None


def check_ceremony(title: str, date: str, venue: str) -> str | None:
    """Why these ceremony details are not usable (empty title/venue, bad date), or None."""
    if not title.strip():
        return "title"
    if not venue.strip():
        return "venue"
    try:
        dt.date.fromisoformat(date.strip())
    except ValueError:
        return "date"
    return None


def ceremony_from_file(
    store: Store, *, title: str, date: str, venue: str, organizer: str, roster: Path
) -> tuple[CeremonyInfo, ImportResult]:
    """Read the roster first (a bad file changes nothing), then create the ceremony with it."""
    parsed = read_roster(Path(roster))  # InvalidInput before anything is written
    info = create_ceremony(store, title=title, date=date.strip(), venue=venue, organizer=organizer)
    result = apply_roster(
        store, parsed.rows, parsed.rejected, info.id, source=str(roster), fields=parsed.fields
    )
    return use_ceremony_service(store, info.id), result


def enrol_and_pull(store: Store, url: str, code: str) -> tuple[Outcome, list[CeremonyInfo]]:
    """Join the server with the admin's one-time code, then pull its ceremonies and rosters."""
    try:
        link = enroll(store, url, code)
        with SyncClient.connect(link.url, link.token) as client:
            sync_once(store, client)
    except (SyncError, PaktaError) as exc:
        return _server_failed(url, exc), list_ceremonies(store)
    ceremonies = list_ceremonies(store)
    return Outcome(True, link.url, "pulled"), ceremonies


def _server_failed(url: str, exc: Exception) -> Outcome:
    log.warning("server %s: %s: %s", url, type(exc).__name__, exc)
    if isinstance(exc, NotAuthorised | RequestRefused):
        return Outcome(False, url.strip(), "code_refused")
    if isinstance(exc, SyncError):
        return Outcome(False, url.strip(), "server_unreachable")
    return Outcome(False, url.strip(), "server_failed")


def choose_ceremony(store: Store, ceremony_id: str) -> CeremonyInfo:
    return use_ceremony_service(store, ceremony_id)


def device_choices() -> DeviceChoices:
    """Ports and printers to offer (listing only: probing waits on each port)."""
    printers, note = list_printers()
    return DeviceChoices([p.device for p in list_serial_ports()], printers, note)


def try_pad(port: str) -> Outcome:
    if not port:
        return Outcome(True, "", "no_pad")
    result = probe_port(port)
    if result.status is ProbeStatus.FOUND:
        return Outcome(True, f"{result.protocol}, {port}", "pad_found")
    log.info("pad probe on %s: %s %s", port, result.status.value, result.detail)
    if result.status is ProbeStatus.UNAVAILABLE:
        return Outcome(False, port, "port_unavailable")
    return Outcome(False, port, "pad_silent")


def try_printer(spec: str) -> Outcome:
    if not spec.strip():
        return Outcome(False, "", "no_printer")
    try:
        backend = backend_for(spec)
        backend.check()
    except PrinterUnavailable as exc:
        log.info("printer %s: %s", spec, exc)
        code = "printer_not_found" if "not found" in str(exc) else "printer_unavailable"
        return Outcome(False, spec.strip(), code)
    return Outcome(True, spec.strip(), "printer_ready")


def try_scan(store: Store, text: str) -> Outcome:
    """A scanned badge (keyboard scanners type into a field): does it resolve on the roster?"""
    if not text.strip():
        return Outcome(False, "", "nothing_scanned")
    result = lookup_badge(store, text)
    if result.status in (LookupStatus.FOUND, LookupStatus.ALREADY_SIGNED) and result.employee:
        return Outcome(True, f"{result.employee.name} ({result.identifier})", "badge_found")
    if result.status is LookupStatus.UNKNOWN:
        return Outcome(False, result.identifier, "badge_unknown")
    return Outcome(False, "", "badge_invalid")  # not a badge at all, or a forged one


def check_scanner(mode: str, port: str) -> str | None:
    if mode not in SCANNER_MODES:
        return "mode"
    if mode in ("serial", "ssi") and not port:
        return "port"
    return None


def enrol_only(store: Store, url: str, code: str) -> Outcome:
    try:
        link = enroll(store, url, code)
    except (SyncError, PaktaError) as exc:
        return _server_failed(url, exc)
    return Outcome(True, f"{link.url} ({link.server_name})", "enrolled")


def finish_setup(store: Store, answers: SetupAnswers) -> None:
    """Save the choices and the operator PIN, then mark the station as set up. A station is
    never set up without a PIN: settings, void and reprint would be open to anyone."""
    if answers.pin:
        set_operator_pin(store, answers.pin)
    elif not operator_pin_set(store):
        raise InvalidInput("choose an operator PIN first")
    settings = with_changes(
        load_settings(store),
        station_name=" ".join(answers.station_name.split()),
        pad_port=answers.pad_port,
        scanner_mode=answers.scanner_mode,
        scanner_port=answers.scanner_port,
        printer=answers.printer,
    )
    if answers.ceremony_id:
        settings = replace(settings, active_ceremony=answers.ceremony_id)
    save_settings(store, settings)
    with store.write() as session:
        set_setting(session, SETUP_DONE, utc_now_iso())
