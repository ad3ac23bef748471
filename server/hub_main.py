"""Run a venue hub: the server app on the hub folder's SQLite database, its relay and its mDNS
advertisement, in this process (``pakta venue host`` starts it as a child process)."""

from __future__ import annotations

import logging
from pathlib import Path

import uvicorn

from server.app import ServerSettings, create_app
from server.venue.advertise import Advertisement
from server.venue.hub import HubFolder
from server.venue.relayer import Relayer

log = logging.getLogger(__name__)

GRACE_S = 3  # at stop, a desk's long poll is cut after this; the desk simply asks again


def _advertise(
    hub_id: str, hub_name: str, port: int, interfaces: list[str] | None
) -> Advertisement | None:
    """The mDNS announcement; without it the hub still serves (desks join by its QR code)."""
    try:
        return Advertisement(hub_id, hub_name, port, interfaces)
    except Exception:  # zeroconf raises many kinds; none should stop the hub
        log.warning("the hub is not announced on the network (mDNS)", exc_info=True)
        return None


def run_hub(
    folder_path: Path,
    *,
    host: str,
    port: int,
    mdns_interfaces: list[str] | None,
    advertise: bool = True,
) -> None:
    folder = HubFolder(folder_path)
    ident = folder.identity()
    if not ident.hub_id:
        raise SystemExit(f"{folder_path} is not a hub folder (no venue.json)")
    app = create_app(
        ServerSettings(
            db_url=folder.db_url,
            server_name=ident.hub_name or "Pakta venue hub",
            migrate_on_start=True,
            data_key_file=folder.key_file,
        )
    )
    app.state.venue_hub = folder
    relayer = Relayer(app.state.db, app.state.cipher, folder)
    app.state.venue_relayer = relayer
    relayer.start()
    ad = _advertise(ident.hub_id, ident.hub_name, port, mdns_interfaces) if advertise else None
    try:
        uvicorn.run(
            app,
            host=host,
            port=port,
            log_level="warning",
            access_log=False,
            timeout_graceful_shutdown=GRACE_S,
        )
    finally:
        if ad is not None:
            ad.close()
        relayer.stop()
        app.state.db.dispose()
