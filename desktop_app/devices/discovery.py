"""What is attached: serial ports, pads found by probing, serial scanners, cameras, printers.

Pads are probed in parallel (one thread per port) because each probe may wait for a reply
timeout at two baud rates. Keyboard-wedge scanners are keyboards to the OS and cannot be
listed; they are recognised by their typing (domain.scan_detector).
"""

from __future__ import annotations

import glob
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

from serial.tools import list_ports

from desktop_app.devices.pads.probe import ProbeResult, ProbeStatus, probe_port

# USB vendor ids of common barcode-scanner makers (Zebra/Symbol, Honeywell, Datalogic,
# Newland, Zebex, Code Corp): a CDC port from one of these is very likely a scanner.
SCANNER_VENDORS = {
    0x05E0: "Zebra",
    0x0C2E: "Honeywell",
    0x0536: "Hand Held Products",
    0x05F9: "Datalogic",
    0x1EAB: "Newland",
    0x1504: "Code",
}


@dataclass(frozen=True, slots=True)
class PortInfo:
    device: str
    description: str = ""
    hwid: str = ""
    vid: int | None = None
    pid: int | None = None
    manufacturer: str = ""


@dataclass
class Inventory:
    ports: list[PortInfo] = field(default_factory=list)
    pads: list[ProbeResult] = field(default_factory=list)
    scanners: list[PortInfo] = field(default_factory=list)
    cameras: list[str] = field(default_factory=list)
    printers: list[str] = field(default_factory=list)
    notes: dict[str, str] = field(default_factory=dict)  # why a list is empty


def list_serial_ports() -> list[PortInfo]:
    return [
        PortInfo(p.device, p.description or "", p.hwid or "", p.vid, p.pid, p.manufacturer or "")
        for p in sorted(list_ports.comports(), key=lambda p: p.device)
    ]


def probe_pads(urls: list[str]) -> list[ProbeResult]:
    if not urls:
        return []
    with ThreadPoolExecutor(max_workers=min(8, len(urls))) as pool:
        return list(pool.map(probe_port, urls))


def list_cameras() -> tuple[list[str], str]:
    if sys.platform.startswith("linux"):
        nodes = sorted(glob.glob("/dev/video*"))
        return nodes, "" if nodes else "no /dev/video* device"
    return [], "camera listing needs the desk's Qt multimedia backend on this platform"


def list_printers() -> tuple[list[str], str]:
    lpstat = shutil.which("lpstat")
    if lpstat is None:
        return [], "lpstat not found (no CUPS client installed)"
    try:
        done = subprocess.run(
            [lpstat, "-a"], capture_output=True, text=True, timeout=5, check=False
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        return [], f"lpstat failed: {exc}"
    names = [line.split()[0] for line in done.stdout.splitlines() if line.strip()]
    return names, "" if names else (done.stderr.strip() or "no print queues")


def discover(extra_ports: list[str] | None = None, probe: bool = True) -> Inventory:
    inv = Inventory(ports=list_serial_ports())
    scanner_devices = {p.device for p in inv.ports if p.vid in SCANNER_VENDORS}
    inv.scanners = [p for p in inv.ports if p.device in scanner_devices]
    if probe:
        urls = [p.device for p in inv.ports if p.device not in scanner_devices]
        urls += [u for u in extra_ports or [] if u not in urls]
        inv.pads = [r for r in probe_pads(urls) if r.status == ProbeStatus.FOUND]
        if not inv.pads:
            inv.notes["pads"] = "no port answered as a known pad" if urls else "no serial ports"
    else:
        inv.notes["pads"] = "not probed"
    if not inv.scanners:
        inv.notes["scanners"] = "no serial scanner; keyboard scanners are detected as they type"
    inv.cameras, why = list_cameras()
    if why:
        inv.notes["cameras"] = why
    inv.printers, why = list_printers()
    if why:
        inv.notes["printers"] = why
    return inv
