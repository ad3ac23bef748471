"""This desk's venue link: join a hub with a one-time code, remember it, read it back."""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass

from desktop_app.clock import utc_now_iso
from desktop_app.storage.store import Store
from desktop_app.storage.venue_models import VenueLink
from desktop_app.sync.client import RequestRefused
from desktop_app.sync.enrolment import normalise_url, prove_key
from desktop_app.venue.client import VenueClient
from pakta_common.venue_wire import QR_PREFIX, JoinRequest

_TOKEN_AD = "venue-hub-token"


@dataclass(frozen=True)
class HubLink:
    url: str
    token: str
    hub_id: str
    hub_name: str
    desk_name: str
    role: str
    ceremony_id: str
    pull_cursor: str
    pushed_seq: int
    venue_digests: dict[str, str]

    @property
    def is_host(self) -> bool:
        return self.role == "host"


def parse_venue_qr(text: str) -> tuple[str, str] | None:
    """(url, code) from the text of the host's QR, or None when it is not one."""
    parts = text.split()
    if len(parts) == 3 and parts[0] == QR_PREFIX:
        return parts[1], parts[2]
    return None


def venue_qr_text(url: str, code: str) -> str:
    return f"{QR_PREFIX} {url} {code}"


def join_hub(store: Store, url: str, code: str, *, role: str = "member") -> HubLink:
    """Join the hub at ``url`` with a code shown on the host; raises SyncError subclasses.

    The desk proves its key exactly as at enrolment (``prove_key``: the hub's challenge for
    this code, signed); the hub keeps the proof, and relays it to the central server as the
    desk's introduction."""
    url = normalise_url(url)
    code = code.strip()
    with VenueClient.to_hub(url) as client:
        client.info()  # a venue hub answers here; anything else is refused before the code
        proven = prove_key(client, code, store.station_id, store.key)
        if proven is None:
            raise RequestRefused("this hub cannot check a desk's key: update it", 404)
        answer = client.join(
            JoinRequest(
                code=code,
                station_id=store.station_id,
                name=store.station_name[:120] or "Meja",
                public_key=store.key.public_bytes.hex(),
                challenge=proven.challenge,
                proof=proven.proof,
            )
        )
    sealed = base64.b64encode(store.codec.seal(_TOKEN_AD, answer.token.encode())).decode()
    with store.write() as session:
        row = session.get(VenueLink, 1)
        same_hub = row is not None and row.hub_id == answer.hub_id and row.role == role
        if row is None:
            row = VenueLink(id=1, joined_at=utc_now_iso())
            session.add(row)
        row.url, row.token, row.hub_id, row.hub_name = url, sealed, answer.hub_id, answer.hub_name
        row.desk_name, row.role, row.ceremony_id = answer.desk_name, role, answer.ceremony_id
        row.joined_at, row.last_error = utc_now_iso(), ""
        if not same_hub:  # another hub's (or role's) cursor and marks mean nothing here
            row.pull_cursor, row.pushed_seq, row.venue_digests = "", 0, "{}"
    link = hub_link(store)
    assert link is not None
    return link


def hub_link(store: Store) -> HubLink | None:
    with store.read() as session:
        row = session.get(VenueLink, 1)
        if row is None:
            return None
        token = store.codec.open(_TOKEN_AD, base64.b64decode(row.token)).decode()
        return HubLink(
            url=row.url,
            token=token,
            hub_id=row.hub_id,
            hub_name=row.hub_name,
            desk_name=row.desk_name,
            role=row.role,
            ceremony_id=row.ceremony_id,
            pull_cursor=row.pull_cursor,
            pushed_seq=row.pushed_seq,
            venue_digests=json.loads(row.venue_digests or "{}"),
        )


def leave_hub(store: Store) -> bool:
    """Forget the hub (records stay; they still go to the central server)."""
    with store.write() as session:
        row = session.get(VenueLink, 1)
        if row is None:
            return False
        session.delete(row)
        return True


def note_contact(store: Store, *, error: str = "") -> None:
    with store.write() as session:
        row = session.get(VenueLink, 1)
        if row is not None:
            row.last_error = error[:2000]
            if not error:
                row.last_contact_at = utc_now_iso()
