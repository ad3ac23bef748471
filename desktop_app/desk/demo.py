"""The demo station: a fresh data folder, the demo ceremony, simulated pad and scanner on
pseudo-terminals, and receipts printed as PDF files into the data folder.

The desk opens the simulators' pty paths exactly as it opens real ports; the demo aid
buttons only make the simulators emit (a badge, a tick in the pad's consent box, a signature),
so the whole desk path is the real one.
"""

from __future__ import annotations

import random
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from desktop_app.demo.setup import ensure_demo_ceremony
from desktop_app.devices.pads.consent_box import consent_tick
from desktop_app.devices.pads.events import PenEvent
from desktop_app.devices.simulators.handwriting import handwriting_events
from desktop_app.devices.simulators.pad_simulator import PadSimulator
from desktop_app.devices.simulators.scanner_simulator import ScannerSimulator
from desktop_app.services.attendees import recent_records
from desktop_app.services.badges import issue_badge_payload
from desktop_app.services.rehearsal import unsigned_attendees
from desktop_app.services.station_settings import (
    load_settings,
    save_settings,
    set_operator_pin,
    with_changes,
)
from desktop_app.settings import OPERATOR_PIN, get_setting
from desktop_app.storage.store import Store

DEMO_PIN = "1234"
DEMO_STATION = "Meja Demo 1"
DEMO_ATTENDEES = 120  # enough for a morning's demo; the progress panel stays readable
BadgeKind = str  # "next" | "signed" | "unknown"


DEMO_MARKER = "demo-station.txt"  # a folder with it may be rewritten by the demo


def new_demo_dir() -> Path:
    path = Path(tempfile.mkdtemp(prefix="pakta-demo-"))
    (path / DEMO_MARKER).write_text("Pakta Station demo data\n", "utf-8")
    return path


def prepare_demo_store(data_dir: Path, pad_port: str, scanner_port: str) -> Store:
    """Open (initialising) the demo store and point its settings at the simulators."""
    store = Store.open(data_dir, station_name=DEMO_STATION)
    ensure_demo_ceremony(store, DEMO_ATTENDEES)
    printed = store.paths.printed
    printed.mkdir(parents=True, exist_ok=True)
    settings = with_changes(
        load_settings(store),
        pad_port=pad_port,
        pad_protocol="isdv4",
        scanner_mode="serial",
        scanner_port=scanner_port,
        printer=f"folder:{printed}",
        receipt_layout="a5",
        auto_print=True,
        operator="Petugas Demo",
    )
    save_settings(store, settings)
    with store.read() as session:
        has_pin = bool(get_setting(session, OPERATOR_PIN))
    if not has_pin:
        set_operator_pin(store, DEMO_PIN)
    return store


class DemoRig:
    """The simulators of a demo desk and what the demo aid buttons make them do."""

    def __init__(self, seed: int | None = None, *, pad_rate_hz: float | None = None) -> None:
        # ``pad_rate_hz`` only paces the packets (tests send a signature faster than a hand).
        # The pad lives at a path of its own that survives unplugging, as /dev/ttyUSB0 does:
        # a bare pseudo-terminal name (/dev/pts/N) may come back as another program's terminal.
        self._devices = Path(tempfile.mkdtemp(prefix="pakta-demo-devices-"))
        link = str(self._devices / "ttyPAD0")
        self.pad = PadSimulator("isdv4", link=link, seed=seed or 0, rate_hz=pad_rate_hz)
        self.scanner = ScannerSimulator()
        self._rng = random.Random(seed)

    def start(self) -> DemoRig:
        self.pad.start()
        return self

    def stop(self) -> None:
        self.pad.stop()
        self.scanner.close()
        shutil.rmtree(self._devices, ignore_errors=True)

    def badge_text(self, store: Store, kind: BadgeKind) -> str:
        """On the database worker: a badge of an unsigned, a signed or an unknown attendee."""
        if kind == "unknown":
            # A well-formed NIP (birth date, appointment month, sex, number) not on the roster.
            r = self._rng
            born = f"{r.randint(1965, 1995)}{r.randint(1, 12):02}{r.randint(1, 28):02}"
            appointed = f"{r.randint(2005, 2020)}{r.randint(1, 12):02}"
            return f"{born}{appointed}{r.randint(1, 2)}9{r.randint(50, 99)}"
        if kind == "signed":
            signed = [r.identifier for r in recent_records(store, 20) if r.kind == "pledge"]
            if signed:
                return issue_badge_payload(store, self._rng.choice(signed))
        waiting = unsigned_attendees(store, None, 40)
        if not waiting:
            return "TIDAK-ADA"
        identifier = self._rng.choice(waiting)
        return issue_badge_payload(store, identifier)

    def scan(self, text: str) -> bool:
        """The simulated scanner sends ``text`` as a real one would (CR LF terminated)."""
        return self.scanner.send(text)

    def sign(self) -> None:
        """Queue one handwritten signature, sampled at the pad's native rate."""
        pad = self.pad
        events = handwriting_events(
            pad.capabilities, pad.protocol.native_rate_hz, self._rng.randrange(1 << 30)
        )
        pad.draw(events)

    def tick_consent(self) -> None:
        """The attendee ticks the consent box on the pad (the pad's act, not the keyboard's)."""
        caps = self.pad.capabilities
        self.pad.draw(consent_tick(caps.x_max, caps.y_max))

    def press_pad_button(self) -> None:
        """The attendee presses the pen's side switch (the pad's button) near the surface."""
        caps = self.pad.capabilities
        x, y = caps.x_max // 2, caps.y_max // 2
        self.pad.draw(
            [
                PenEvent(x, y, 0, tip=False),
                PenEvent(x, y, 0, tip=False, side=True),
                PenEvent(x, y, 0, tip=False, side=True),
                PenEvent(x, y, 0, tip=False),
            ]
        )

    def unplug_pad(self) -> None:
        self.pad.unplug()

    def replug_pad(self) -> None:
        self.pad.replug()


def scan_job(rig: DemoRig, store: Store, kind: BadgeKind) -> Callable[[], bool]:
    """A database-worker job: pick a badge and have the simulated scanner send it."""
    return lambda: rig.scan(rig.badge_text(store, kind))
