"""Finding the venue hub on the LAN by mDNS (python-zeroconf): ``_pakta-hub._tcp.local.``."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass

from zeroconf import InterfaceChoice, IPVersion, ServiceBrowser, ServiceListener, Zeroconf

from pakta_common.venue_wire import HUB_SERVICE


@dataclass(frozen=True)
class FoundHub:
    hub_id: str
    name: str
    url: str


class _Collector(ServiceListener):
    def __init__(self) -> None:
        self.names: list[str] = []
        self.changed = threading.Event()

    def add_service(self, zc: Zeroconf, type_: str, name: str) -> None:
        self.names.append(name)
        self.changed.set()

    def update_service(self, zc: Zeroconf, type_: str, name: str) -> None:
        pass

    def remove_service(self, zc: Zeroconf, type_: str, name: str) -> None:
        pass


def discover_hubs(
    timeout_s: float = 3.0,
    *,
    interfaces: list[str] | None = None,
    first_only: bool = True,
    hub_id: str | None = None,
) -> list[FoundHub]:
    """The hubs answering within ``timeout_s`` (stops at the first one with ``first_only``).

    ``interfaces`` limits mDNS to these addresses (tests: ["127.0.0.1"]); default: all.
    ``hub_id``: only that hub (a desk that knows which venue it wants, among others nearby),
    returned as soon as it answers."""
    zc = Zeroconf(
        interfaces=interfaces if interfaces else InterfaceChoice.All, ip_version=IPVersion.V4Only
    )
    collector = _Collector()
    browser = ServiceBrowser(zc, HUB_SERVICE, collector)
    found: dict[str, FoundHub] = {}
    deadline = time.monotonic() + timeout_s
    try:
        while time.monotonic() < deadline:
            collector.changed.wait(max(0.0, min(0.2, deadline - time.monotonic())))
            collector.changed.clear()
            for name in list(collector.names):
                info = zc.get_service_info(HUB_SERVICE, name, timeout=1500)
                if info is None or not info.parsed_addresses():
                    continue
                props = {
                    k.decode(): (v or b"").decode("utf-8", "replace")
                    for k, v in info.properties.items()
                }
                their_id = props.get("id", name)
                address = info.parsed_addresses()[0]
                found[their_id] = FoundHub(
                    their_id, props.get("name", name), f"http://{address}:{info.port}"
                )
            if hub_id is not None:
                found = {k: v for k, v in found.items() if k == hub_id}
            if found and (first_only or hub_id is not None):
                break
    finally:
        browser.cancel()
        zc.close()
    return sorted(found.values(), key=lambda h: h.name)
