"""Joining a central server: exchange a one-time code for a token; remember server and token."""

from __future__ import annotations

import base64
from dataclasses import dataclass

import httpx

from desktop_app.clock import utc_now_iso
from desktop_app.settings import SERVER_URL, set_setting
from desktop_app.storage.store import Store
from desktop_app.storage.sync_models import SyncServer
from desktop_app.sync.client import RequestRefused, SyncClient
from pakta_common.integrity.keys import StationKey
from pakta_common.wire import EnrollRequest, EnrollResponse, enrol_proof_message


@dataclass(frozen=True)
class ServerLink:
    """Where this station syncs to, and with which token."""

    url: str
    token: str
    server_name: str
    pull_cursor: str


def normalise_url(url: str) -> str:
    url = url.strip().rstrip("/")
    if not url.startswith(("http://", "https://")):
        url = "http://" + url
    return url


ENROL_QR_PREFIX = "PAKTA-ENROLL"  # what the server's QR holds: "PAKTA-ENROLL <url> <code>"


def parse_enrol_text(text: str) -> tuple[str, str] | None:
    """(url, code) from the text of the server's enrolment QR, or None when it is not one."""
    parts = text.split()
    if len(parts) == 3 and parts[0] == ENROL_QR_PREFIX:
        return parts[1], parts[2]
    return None


def enroll(store: Store, url: str, code: str, *, http: httpx.Client | None = None) -> ServerLink:
    """Enrol this station with the server at ``url`` using an admin's one-time ``code``:
    ask for a challenge bound to the code, sign it with the station key (proving the desk
    holds the private key of the public key it registers), exchange it for a token."""
    url = normalise_url(url)
    client = SyncClient(http) if http is not None else SyncClient.connect(url)
    try:
        answer = enrol_with_key(
            client, code, store.station_id, store.station_name[:120] or "station", store.key
        )
    finally:
        if http is None:
            client.close()
    with store.write() as session:
        row = session.get(SyncServer, 1)
        same_server = row is not None and row.url == url
        sealed = _seal_token(store, answer.token)
        if row is None:
            row = SyncServer(id=1, url=url, token=sealed, enrolled_at=utc_now_iso())
            session.add(row)
        row.url, row.token, row.server_name = url, sealed, answer.server_name
        row.enrolled_at, row.last_error = utc_now_iso(), ""
        if not same_server:
            row.pull_cursor = ""  # a cursor means nothing to another server
        set_setting(session, SERVER_URL, url)
    return ServerLink(url, answer.token, answer.server_name, row.pull_cursor)


@dataclass(frozen=True)
class KeyProof:
    """A challenge bound to a one-time code, and the station's signature over it."""

    challenge: str
    proof: str  # hex Ed25519 signature over enrol_proof_message(challenge, station, key)


def prove_key(client: SyncClient, code: str, station_id: str, key: StationKey) -> KeyProof | None:
    """Ask the server (central, or a venue hub: the same code) for a challenge bound to the
    one-time ``code`` and sign it with ``key``: the proof that this desk holds the private
    key of the public key it registers. None: a server older than key proofs (404)."""
    try:
        challenge = client.enrol_challenge(code.strip()).challenge
    except RequestRefused as exc:
        if exc.status != 404:
            raise
        return None
    message = enrol_proof_message(challenge, station_id, key.public_bytes.hex())
    return KeyProof(challenge, key.sign(message).hex())


def enrol_with_key(
    client: SyncClient, code: str, station_id: str, name: str, key: StationKey
) -> EnrollResponse:
    """The enrolment exchange itself: a challenge for the code, signed with ``key``. A server
    older than key proofs has no challenge to give (404): it is enrolled with as before."""
    code = code.strip()
    public_key = key.public_bytes.hex()
    proven = prove_key(client, code, station_id, key)
    if proven is None:
        return client.enroll(
            EnrollRequest(code=code, station_id=station_id, name=name, public_key=public_key)
        )
    return client.enroll(
        EnrollRequest(
            code=code,
            station_id=station_id,
            name=name,
            public_key=public_key,
            challenge=proven.challenge,
            proof=proven.proof,
        )
    )


def server_link(store: Store) -> ServerLink | None:
    with store.read() as session:
        row = session.get(SyncServer, 1)
        if row is None:
            return None
        return ServerLink(row.url, _open_token(store, row.token), row.server_name, row.pull_cursor)


_TOKEN_AD = "sync-server-token"


def _seal_token(store: Store, token: str) -> str:
    """The token is a credential: kept encrypted at rest like signatures, by the same codec."""
    return base64.b64encode(store.codec.seal(_TOKEN_AD, token.encode("utf-8"))).decode("ascii")


def _open_token(store: Store, sealed: str) -> str:
    return store.codec.open(_TOKEN_AD, base64.b64decode(sealed)).decode("utf-8")


def move_server(store: Store, url: str) -> None:
    """Point the enrolled station at another address of the same server (kept for next time)."""
    url = normalise_url(url)
    with store.write() as session:
        row = session.get(SyncServer, 1)
        if row is not None and row.url != url:
            row.url = url
            set_setting(session, SERVER_URL, url)


def note_server_error(store: Store, message: str) -> None:
    with store.write() as session:
        row = session.get(SyncServer, 1)
        if row is not None:
            row.last_error = message[:2000]
