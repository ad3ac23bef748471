"""The hub's mDNS advertisement (python-zeroconf): ``_pakta-hub._tcp.local.`` with its id."""

from __future__ import annotations

import socket

from zeroconf import IPVersion, ServiceInfo, Zeroconf

from pakta_common.venue_wire import HUB_SERVICE


def local_addresses(interfaces: list[str] | None) -> list[str]:
    """The IPv4 addresses to announce: the given ones, or this machine's LAN addresses."""
    if interfaces:
        return interfaces
    import ifaddr

    found: list[str] = []
    for adapter in ifaddr.get_adapters():
        for ip in adapter.ips:
            if isinstance(ip.ip, str) and not ip.ip.startswith("127."):
                found.append(ip.ip)
    return found or ["127.0.0.1"]


class Advertisement:
    """Announce the hub while it runs; ``close()`` says goodbye so desks forget it at once."""

    def __init__(
        self, hub_id: str, hub_name: str, port: int, interfaces: list[str] | None = None
    ) -> None:
        addresses = local_addresses(interfaces)
        self.zc = Zeroconf(
            interfaces=interfaces if interfaces else addresses, ip_version=IPVersion.V4Only
        )
        label = "".join(ch for ch in hub_name if ch.isalnum() or ch in " -")[:40] or "Pakta hub"
        self.info = ServiceInfo(
            HUB_SERVICE,
            f"{label} {hub_id[:8]}.{HUB_SERVICE}",
            addresses=[socket.inet_aton(a) for a in addresses],
            port=port,
            properties={"id": hub_id, "name": hub_name[:120], "path": "/api/v1"},
            server=f"pakta-hub-{hub_id[:8]}.local.",
        )
        # allow_name_change: a hub that was just stopped may still answer for this name for a
        # moment (or a second hub has the same label); this one takes "… (2)", not an error.
        self.zc.register_service(self.info, allow_name_change=True)

    def close(self) -> None:
        try:
            self.zc.unregister_service(self.info)
        finally:
            self.zc.close()
