"""The venue's wire schema (API v1 ``/venue``): shared by the desks, the hub and the central one."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, StringConstraints

from pakta_common.wire import MAX_BATCH, Hex64, Hex128, Short, Uuid, WireModel, WireRecord

HUB_SERVICE = "_pakta-hub._tcp.local."  # what the hub advertises over mDNS
QR_PREFIX = "PAKTA-VENUE"  # what the host's QR holds: "PAKTA-VENUE <url> <code>"
Code = Annotated[str, StringConstraints(min_length=4, max_length=32)]
Name = Annotated[str, StringConstraints(min_length=1, max_length=120)]
Stamp = Annotated[str, StringConstraints(min_length=10, max_length=32)]


class JoinRequest(WireModel):
    """A desk joins with the host's one-time code and proves its key exactly as at enrolment:
    the hub's challenge for that code (``POST /enroll/challenge``), signed over
    ``enrol_proof_message(challenge, station_id, public_key)``."""

    code: Code
    station_id: Uuid
    name: Name
    public_key: Hex64
    challenge: Hex64
    proof: Hex128


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
    """A desk the hub vouches for, with its own key proof from its join, relayed unchanged
    (central checks the signature over ``enrol_proof_message(challenge, station_id, key)``)."""

    station_id: Uuid
    name: Name
    public_key: Hex64
    hub_id: Uuid
    joined_at: Stamp  # when the hub took the join (the hub's clock)
    challenge: Hex64
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


# The reason central gives for a relayed record it will take only once the relaying hub is
# trusted for the record's ceremony; the hub keeps it and tries again later (not a refusal).
HUB_NOT_TRUSTED_YET = "hub not trusted for this ceremony yet"
