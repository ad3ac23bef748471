"""The desk GUI's venue actions, one function each: find, join, host, renew the code, stop.

They talk to the network, so the desk runs them aside (``desktop_app.desk.aside``), never on
the GUI thread nor on the database worker. Errors come back typed as a ``VenueProblem`` whose
``kind`` ui/ words for the attendant: the CLI's ``pakta venue join|host`` do the same steps.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from desktop_app.storage.store import Store
from desktop_app.sync.client import NotAuthorised, RequestRefused, ServerUnavailable, SyncError
from desktop_app.venue.link import hub_link, parse_venue_qr, venue_qr_text

FIND_S = 4.0  # how long the join dialog listens for hubs by mDNS


class ProblemKind(StrEnum):
    BAD_INPUT = "bad_input"  # no address, no code, or text that is not a hub's address
    WRONG_CODE = "wrong_code"  # unknown or already used
    EXPIRED_CODE = "expired_code"
    UNREACHABLE = "unreachable"  # nothing answers at that address (or not as a hub)
    NO_CEREMONY = "no_ceremony"  # hosting needs an active ceremony
    HOST_FAILED = "host_failed"  # the hub process did not start


class VenueProblem(Exception):
    def __init__(self, kind: ProblemKind, detail: str = "") -> None:
        super().__init__(f"{kind.value}: {detail}" if detail else kind.value)
        self.kind = kind
        self.detail = detail


@dataclass(frozen=True)
class Joined:
    hub_name: str
    url: str
    desk_name: str
    ceremony_id: str


@dataclass(frozen=True)
class Hosting:
    hub_name: str
    url: str  # the address the other desks use (LAN)
    code: str
    qr: str  # the QR's text: "PAKTA-VENUE <url> <code>"
    pid: int
    matrix: tuple[tuple[bool, ...], ...] = ()  # the QR's modules, for ui/ to paint


def find_hubs(
    timeout_s: float = FIND_S, interfaces: list[str] | None = None
) -> list[tuple[str, str]]:
    """(name, url) of every hub answering by mDNS within ``timeout_s``."""
    from desktop_app.venue.discovery import discover_hubs

    try:
        hubs = discover_hubs(timeout_s, interfaces=interfaces, first_only=False)
    except OSError as exc:  # no network interface at all
        raise VenueProblem(ProblemKind.UNREACHABLE, str(exc)) from None
    return [(h.name, h.url) for h in hubs]


def read_join_input(address: str, code: str) -> tuple[str, str]:
    """(url, code) from what the attendant typed or scanned; the QR's text carries both."""
    address, code = address.strip(), code.strip()
    scanned = parse_venue_qr(address)
    if scanned is not None:
        address, code = scanned[0], code or scanned[1]
    if not address:
        raise VenueProblem(ProblemKind.BAD_INPUT, "address")
    if not code or len(code) < 4 or len(code) > 32:
        raise VenueProblem(ProblemKind.BAD_INPUT, "code")
    if "://" not in address:
        address = f"http://{address}"
    if not address.startswith(("http://", "https://")) or any(c.isspace() for c in address):
        raise VenueProblem(ProblemKind.BAD_INPUT, "address")
    return address, code


def join_venue(store: Store, address: str, code: str) -> Joined:
    """Join the hub and take the venue's ceremony, pledge and roster (as `pakta venue join`).

    Nothing changes on a refusal: the link is written only once the hub gave a token."""
    from desktop_app.venue.link import join_hub
    from desktop_app.venue.setup import after_join

    url, code = read_join_input(address, code)
    try:
        link = join_hub(store, url, code)
        ceremony = after_join(store)
    except ServerUnavailable as exc:
        raise VenueProblem(ProblemKind.UNREACHABLE, str(exc)) from None
    except (NotAuthorised, RequestRefused) as exc:
        if "expired" in str(exc):
            raise VenueProblem(ProblemKind.EXPIRED_CODE, str(exc)) from None
        if exc.status == 404:  # something answers there, but not a hub
            raise VenueProblem(ProblemKind.UNREACHABLE, str(exc)) from None
        raise VenueProblem(ProblemKind.WRONG_CODE, str(exc)) from None
    except (SyncError, ValueError) as exc:  # a URL httpx cannot use
        raise VenueProblem(ProblemKind.UNREACHABLE, str(exc)) from None
    return Joined(link.hub_name, link.url, link.desk_name, ceremony)


def host_venue(store: Store, *, port: int = 0, bind: str = "0.0.0.0") -> Hosting:
    """Start the hub as a child process of this desk (as `pakta venue host`), join it as the
    host, publish the venue's ceremony and issue the first one-time code."""
    from desktop_app.venue.host import (
        DEFAULT_PORT,
        HostError,
        host_joins,
        issue_join_code,
        start_hub,
        stop_hub,
    )

    mdns = [bind] if bind not in ("0.0.0.0", "") else None
    try:
        hub = start_hub(store, port=port or DEFAULT_PORT, bind=bind, mdns=mdns)
    except HostError as exc:
        raise VenueProblem(ProblemKind.HOST_FAILED, str(exc)) from None
    except LookupError as exc:
        raise VenueProblem(ProblemKind.NO_CEREMONY, str(exc)) from None
    try:
        link = host_joins(store, hub)
        code = issue_join_code(store, hub.local_url)
    except (SyncError, OSError) as exc:
        stop_hub(store)
        raise VenueProblem(ProblemKind.HOST_FAILED, str(exc)) from None
    qr = venue_qr_text(hub.lan_url, code)
    return Hosting(link.hub_name, hub.lan_url, code, qr, hub.pid, qr_matrix(qr))


def renew_code(store: Store, lan_url: str = "") -> Hosting:
    """A fresh one-time code from this desk's hub (the last one was used or is about to end).

    ``lan_url``: the hub's address for the other desks ("": this machine's LAN address)."""
    from desktop_app.venue.host import issue_join_code, lan_address

    link = hub_link(store)
    if link is None or not link.is_host:
        raise VenueProblem(ProblemKind.HOST_FAILED, "this desk hosts no hub")
    try:
        code = issue_join_code(store, link.url)
    except (SyncError, OSError) as exc:
        raise VenueProblem(ProblemKind.UNREACHABLE, str(exc)) from None
    if not lan_url:
        port = link.url.rsplit(":", 1)[-1].strip("/")
        lan_url = f"http://{lan_address()}:{port}"
    qr = venue_qr_text(lan_url, code)
    return Hosting(link.hub_name, lan_url, code, qr, 0, qr_matrix(qr))


def stop_hosting(store: Store) -> bool:
    """Stop this desk's hub and leave it (the desk's records stay; they go on to central)."""
    from desktop_app.venue.host import stop_hub
    from desktop_app.venue.link import leave_hub

    stopped = stop_hub(store)
    link = hub_link(store)
    if link is not None and link.is_host:
        leave_hub(store)
    return stopped


def hosting_now(store: Store) -> bool:
    """This desk hosts a hub that answers (a desk restarted finds its hub still running)."""
    from desktop_app.venue.client import VenueClient

    link = hub_link(store)
    if link is None or not link.is_host:
        return False
    try:
        with VenueClient.to_hub(link.url) as client:
            client.info()
    except SyncError:
        return False
    return True


def qr_matrix(text: str) -> tuple[tuple[bool, ...], ...]:
    """The modules of ``text``'s QR code (True: dark), quiet zone included, for ui/ to paint."""
    import qrcode

    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=2)
    code.add_data(text)
    code.make(fit=True)
    return tuple(tuple(bool(cell) for cell in row) for row in code.get_matrix())
