"""What goes in and out of the desk flow: events (what happened) and commands (what to do).

Times are given by whoever sends the event: ``at`` is UTC ISO 8601 wall-clock time (it goes
into the record); the flow's monotonic time comes from ``Tick`` and ``DeskFlow.advance``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from desktop_app.domain.signature import Signature

if TYPE_CHECKING:  # the services' result types; the flow itself never touches a store
    from desktop_app.services.lookup import LookupResult
    from desktop_app.services.receipt_check import ReceiptCheck
    from desktop_app.services.roster_search import SearchHit
    from desktop_app.services.signing import RegisteredPledge


class Pledge(Protocol):
    """The pledge a desk shows (services.attendees.PledgeText satisfies it)."""

    @property
    def ceremony_id(self) -> str: ...
    @property
    def template_id(self) -> str: ...
    @property
    def text(self) -> str: ...
    @property
    def sha256(self) -> str: ...
    @property
    def min_read_s(self) -> int: ...
    @property
    def consent_form(self) -> str: ...
    @property
    def timezone(self) -> str: ...


# --- commands (what the controller must do) -------------------------------------------------


@dataclass(frozen=True)
class Lookup:
    token: int
    text: str


@dataclass(frozen=True)
class CheckReceipt:
    """A receipt's QR was scanned (a receipt link or a ``PKS1:`` seal): check it, offline."""

    token: int
    text: str


@dataclass(frozen=True)
class ResolveIdentifier:
    token: int
    identifier: str


@dataclass(frozen=True)
class Search:
    token: int
    query: str


@dataclass(frozen=True)
class RegisterWalkIn:
    token: int
    details: dict[str, str]


@dataclass(frozen=True)
class Commit:
    """Commit one signing. Ceremony, template, text hash and zone are those of the pledge
    shown to this attendee, taken when it was displayed, never what is loaded now."""

    token: int
    record_id: str
    identifier: str
    consent_at: str
    signature: Signature
    resign_reason: str
    ceremony_id: str
    template_id: str
    text_sha256: str
    consent_method: str
    pledge_shown_at: str
    timezone: str


@dataclass(frozen=True)
class PrintReceipt:
    """The receipt of a record just made. A copy of an earlier one is the attendant's guarded
    act (``OperatorDesk.reprint``: PIN and reason), never a flow command."""

    record_id: str


@dataclass(frozen=True)
class ClearInk:
    pass


Command = (
    Lookup
    | CheckReceipt
    | ResolveIdentifier
    | Search
    | RegisterWalkIn
    | Commit
    | PrintReceipt
    | ClearInk
)


# --- events (what happened) -----------------------------------------------------------------


@dataclass(frozen=True)
class Scanned:
    text: str


@dataclass(frozen=True)
class LookupDone:
    token: int
    status: str  # found | already_signed | unknown | invalid (services.lookup.LookupStatus)
    result: LookupResult  # carried to the view untouched


@dataclass(frozen=True)
class ReceiptChecked:
    token: int
    check: ReceiptCheck  # carried to the view untouched


@dataclass(frozen=True)
class IdentityConfirmed:
    at: str  # ISO 8601 UTC: the pledge goes on screen now (compact form: the signing page)


@dataclass(frozen=True)
class ConsentGiven:
    at: str  # ISO 8601 UTC
    method: str  # a consent.ConsentMethod value; anything else is refused


@dataclass(frozen=True)
class InkStarted:
    pass


@dataclass(frozen=True)
class InkCleared:
    pass


@dataclass(frozen=True)
class SignatureSubmitted:
    record_id: str  # a fresh UUID: the idempotency key of the commit
    signature: Signature
    quality_problem: str = ""  # non-empty when the quality check refused it
    at: str = ""  # ISO 8601 UTC; in the compact form the signature is the consent


@dataclass(frozen=True)
class CommitDone:
    token: int
    record: RegisteredPledge


@dataclass(frozen=True)
class CommitFailed:
    token: int
    reason: str
    already_signed: LookupResult | None = None  # when someone else signed meanwhile


@dataclass(frozen=True)
class Retry:
    pass


@dataclass(frozen=True)
class Cancel:
    pass


@dataclass(frozen=True)
class Tick:
    now: float  # monotonic seconds


@dataclass(frozen=True)
class SearchRequested:
    query: str


@dataclass(frozen=True)
class SearchDone:
    token: int
    results: tuple[SearchHit, ...]


@dataclass(frozen=True)
class EmployeeChosen:
    identifier: str


@dataclass(frozen=True)
class WalkInStarted:
    pass


@dataclass(frozen=True)
class WalkInSubmitted:
    details: dict[str, str]


@dataclass(frozen=True)
class WalkInDone:
    token: int
    identifier: str = ""
    error: str = ""


@dataclass(frozen=True)
class ResignRequested:
    reason: str
    at: str  # ISO 8601 UTC: the pledge goes on screen again now


@dataclass(frozen=True)
class PadChanged:
    ok: bool  # True while a pad is connected and working


@dataclass(frozen=True)
class ScreenSigningChosen:
    """The attendant chose on-screen signing because no pad works (until a pad is back)."""


@dataclass(frozen=True)
class AttendantActive:
    """The attendant is typing or clicking: an open form or notice must not time out."""


@dataclass(frozen=True)
class PledgeLoaded:
    """The desk's pledge (or None: no active ceremony). It takes effect between attendees."""

    pledge: Pledge | None


Event = (
    Scanned
    | LookupDone
    | ReceiptChecked
    | IdentityConfirmed
    | ConsentGiven
    | InkStarted
    | InkCleared
    | SignatureSubmitted
    | CommitDone
    | CommitFailed
    | Retry
    | Cancel
    | Tick
    | SearchRequested
    | SearchDone
    | EmployeeChosen
    | WalkInStarted
    | WalkInSubmitted
    | WalkInDone
    | ResignRequested
    | PadChanged
    | ScreenSigningChosen
    | PledgeLoaded
    | AttendantActive
)
