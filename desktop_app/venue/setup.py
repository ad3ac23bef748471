"""One-shot venue actions for the CLI and the desk: the first pull after joining, the status."""

from __future__ import annotations

from typing import Any

from desktop_app.services.ceremonies import use_ceremony
from desktop_app.storage.store import Store
from desktop_app.sync.client import SyncError
from desktop_app.venue.client import VenueClient
from desktop_app.venue.cycle import pull_from_hub, waiting_for_hub
from desktop_app.venue.duplicates import venue_duplicates
from desktop_app.venue.host import relay_state
from desktop_app.venue.link import hub_link


def after_join(store: Store) -> str:
    """Pull the venue's ceremony, pledge text and roster from the hub (nothing is imported
    twice by hand) and make its ceremony this desk's active one. Returns its id ("" if none)."""
    link = hub_link(store)
    if link is None:
        return ""
    with VenueClient.to_hub(link.url, link.token) as client:
        pull_from_hub(store, client, link)
        ceremony_id = link.ceremony_id or client.info().ceremony_id
    if ceremony_id:
        use_ceremony(store, ceremony_id)
    return ceremony_id


def venue_status(store: Store) -> dict[str, Any] | None:
    """The venue as this desk sees it now (asks the hub; says so when it does not answer)."""
    link = hub_link(store)
    if link is None:
        return None
    board = None
    error = ""
    try:
        with VenueClient.to_hub(link.url, link.token) as client:
            board = client.board(link.ceremony_id)
    except SyncError as exc:
        error = str(exc)
    return {
        "hub": link.hub_name,
        "url": link.url,
        "desk": link.desk_name,
        "role": link.role,
        "online": board is not None,
        "error": error,
        "waiting": waiting_for_hub(store, link.pushed_seq),
        "signed_total": board.signed_total if board else None,
        "expected": board.expected if board else None,
        "desks": [{"name": d.name, "online": d.online, "signed": d.signed} for d in board.desks]
        if board
        else [],
        "duplicates": [d.as_json() for d in venue_duplicates(store)],
        # the host only: the hub's relay to central (records waiting, and why: e.g. the hub
        # is not trusted for the ceremony yet, `pakta server hub approve`)
        "relay": relay_state(store) if link.is_host else {},
    }
