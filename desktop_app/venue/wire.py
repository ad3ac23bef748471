"""The venue's wire schema (API v1 ``/venue``): shared by the desks, the hub and the central one."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, StringConstraints

from desktop_app.sync.wire import MAX_BATCH, Hex64, Hex128, Short, Uuid, WireModel, WireRecord

HUB_SERVICE = "_pakta-hub._tcp.local."  # what the hub advertises over mDNS
QR_PREFIX = "PAKTA-VENUE"  # what the host's QR holds: "PAKTA-VENUE <url> <code>"
JOIN_DOMAIN = b"pakta-venue-join/1"  # prefix of the statement a desk signs when it joins
Code = Annotated[str, StringConstraints(min_length=4, max_length=32)]
Name = Annotated[str, StringConstraints(min_length=1, max_length=120)]
Stamp = Annotated[str, StringConstraints(min_length=10, max_length=32)]


def join_statement(hub_id: str, station_id: str, name: str, public_key: str, at: str) -> bytes:
    """The bytes a desk signs with its station key when it joins (proof that it holds the key),
    and that the central server checks again when the hub introduces the desk."""
    return b"\n".join(
        part.encode("utf-8")
        for part in (JOIN_DOMAIN.decode(), hub_id, station_id, name, public_key, at)
    )


class JoinRequest(WireModel):
    code: Code
    station_id: Uuid
    name: Name
    public_key: Hex64
    at: Stamp  # when the desk made the statement (part of what it signs)
    proof: Hex128  # Ed25519 signature over join_statement(hub_id, station_id, name, key, at)


class JoinResponse(WireModel):
    token: str
    hub_id: Uuid
    hub_name: str
    desk_name: str  # the name the hub knows this desk by (made unique among the venue's desks)
    ceremony_id: str  # the venue's ceremony ("" before the host published one)


class JoinCode(WireModel):
    code: str
    expires_in_s: int


class HubInfo(WireModel):
    """What anyone on the LAN may ask the hub: who it is and which ceremony it runs."""

    hub_id: Uuid
    hub_name: str
    ceremony_id: str
    wire_version: int


class Changes(WireModel):
    """Answer of the long poll: the hub's change number now (greater than asked: news)."""

    change: int


class DeskTotal(WireModel):
    station_id: str
    name: str
    signed: int
    online: bool
    last_seen_at: str


class UnitTotal(WireModel):
    unit: str
    expected: int
    signed: int


class Board(WireModel):
    """The venue's totals for the counters and the big screen: counts only, no personal data."""

    ceremony_id: str
    title: str
    venue: str
    date: str
    pledge_title: str
    pledge_version: int
    pledge_sha256: str
    pledge_text: str
    expected: int
    signed_total: int  # unique persons with a standing signing
    duplicates: int  # persons signed at two desks (kept, flagged for review)
    desks: list[DeskTotal]
    units: list[UnitTotal]
    per_minute: float  # signings in the last ten minutes, per minute
    eta_minutes: float | None  # when the queue ends at that rate (None: no rate yet)
    generated_at: str


class DeskIntroduction(WireModel):
    """A desk the hub vouches for: its own signed join statement, relayed unchanged."""

    station_id: Uuid
    name: Name
    public_key: Hex64
    hub_id: Uuid
    at: Stamp
    proof: Hex128


class RelayRequest(WireModel):
    """The hub relays other desks' records to the central server, each exactly as signed."""

    introductions: Annotated[list[DeskIntroduction], Field(max_length=64)]
    records: Annotated[list[WireRecord], Field(max_length=MAX_BATCH)]


class RelayStation(WireModel):
    station_id: str
    name: str
    known: bool  # central knows this desk (enrolled itself or introduced)
    reason: Short = ""
