"""The registration desk flow as a plain state machine: events in, commands out, no I/O.

ui/ renders ``DeskFlow.snapshot`` and turns buttons, scans and timer ticks into events; a
controller runs the returned commands (lookups, commits, printing) on worker threads and feeds
their results back as events. Every asynchronous request carries a token, so a result that
arrives after the attendee was cancelled or timed out is ignored.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any

from desktop_app.domain.signature import Signature

IDLE_TIMEOUT_S = 90.0  # an unfinished signing returns to ready and discards the ink
DONE_RESET_S = 4.0  # the thank-you screen returns to ready by itself
NOTICE_RESET_S = 30.0  # not-found and already-signed screens return to ready


class DeskState(StrEnum):
    READY = "ready"
    LOOKING_UP = "looking_up"
    IDENTITY = "identity"  # the employee is shown; the attendee confirms it is them
    PLEDGE = "pledge"  # the pledge is shown large; explicit consent ("Saya setuju")
    SIGNING = "signing"  # live ink; "Ulangi" clears; "Konfirmasi" submits
    COMMITTING = "committing"
    DONE = "done"
    ALREADY_SIGNED = "already_signed"
    NOT_FOUND = "not_found"  # unknown or invalid badge: message and search by name or NIP
    WALK_IN = "walk_in"  # the attendant registers someone not on the roster
    ERROR = "error"  # the commit failed; the signature is kept so it can be retried


class Notice(StrEnum):
    """Short messages for the attendant; ui/ translates them."""

    NONE = ""
    SCAN_IGNORED_BUSY = "scan_ignored_busy"
    TIMED_OUT = "timed_out"
    INK_CLEARED = "ink_cleared"
    SIGNATURE_REJECTED = "signature_rejected"
    COMMIT_FAILED = "commit_failed"
    WALK_IN_FAILED = "walk_in_failed"
    REPRINT_QUEUED = "reprint_queued"
    PAD_LOST = "pad_lost"


# --- commands (what the controller must do) -------------------------------------------------


@dataclass(frozen=True)
class Lookup:
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
    token: int
    record_id: str
    identifier: str
    consent_at: str
    signature: Signature
    resign_reason: str


@dataclass(frozen=True)
class PrintReceipt:
    record_id: str
    reprint: bool = False


@dataclass(frozen=True)
class ClearInk:
    pass


Command = Lookup | ResolveIdentifier | Search | RegisterWalkIn | Commit | PrintReceipt | ClearInk


# --- events (what happened) -----------------------------------------------------------------


@dataclass(frozen=True)
class Scanned:
    text: str


@dataclass(frozen=True)
class LookupDone:
    token: int
    status: str  # found | already_signed | unknown | invalid (services.lookup.LookupStatus)
    result: Any  # the LookupResult, carried to the view untouched


@dataclass(frozen=True)
class IdentityConfirmed:
    pass


@dataclass(frozen=True)
class ConsentGiven:
    at: str  # ISO 8601 UTC


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


@dataclass(frozen=True)
class CommitDone:
    token: int
    record: Any  # services.signing.RegisteredPledge


@dataclass(frozen=True)
class CommitFailed:
    token: int
    reason: str
    already_signed: Any = None  # the lookup-like info when someone else signed meanwhile


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
    results: tuple[Any, ...]


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


@dataclass(frozen=True)
class ReprintRequested:
    pass


@dataclass(frozen=True)
class PadLost:
    pass


@dataclass(frozen=True)
class AttendantActive:
    """The attendant is typing or clicking: an open form or notice must not time out."""


Event = (
    Scanned
    | LookupDone
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
    | ReprintRequested
    | PadLost
    | AttendantActive
)


@dataclass(frozen=True)
class DeskSnapshot:
    """Everything a view needs to draw the desk."""

    state: DeskState = DeskState.READY
    notice: Notice = Notice.NONE
    detail: str = ""  # a reason or error text to show with the notice
    lookup: Any = None  # the LookupResult of the current attendee
    identifier: str = ""
    consent_at: str = ""
    has_ink: bool = False
    resign_reason: str = ""
    record: Any = None  # RegisteredPledge once committed
    search_results: tuple[Any, ...] = ()
    pending: Commit | None = None  # the commit in flight or to retry
    token: int = 0
    since: float = 0.0  # monotonic time of the last activity
    visit: int = 0  # changes whenever one attendee ends and the next may begin


_BUSY = {
    DeskState.LOOKING_UP,
    DeskState.PLEDGE,
    DeskState.SIGNING,
    DeskState.COMMITTING,
    DeskState.ERROR,
    DeskState.WALK_IN,
}
_IDLE_LIMITED = {DeskState.IDENTITY, DeskState.PLEDGE, DeskState.SIGNING, DeskState.WALK_IN}
# States whose timeout the attendant's typing or clicking puts off.
_ATTENDED = _IDLE_LIMITED | {DeskState.NOT_FOUND, DeskState.ALREADY_SIGNED}


class DeskFlow:
    """The desk's state; ``handle`` applies one event and returns the commands to run."""

    def __init__(self, now: float = 0.0) -> None:
        self.snapshot = DeskSnapshot(since=now)
        self._now = now
        self._next_token = 0

    @property
    def state(self) -> DeskState:
        return self.snapshot.state

    def _token(self) -> int:
        self._next_token += 1
        return self._next_token

    def _go(self, state: DeskState, **changes: Any) -> None:
        self.snapshot = replace(self.snapshot, state=state, since=self._now, **changes)

    def _ready(self, notice: Notice = Notice.NONE, detail: str = "") -> list[Command]:
        clear: list[Command] = [ClearInk()] if self.snapshot.has_ink else []
        self.snapshot = DeskSnapshot(
            state=DeskState.READY,
            notice=notice,
            detail=detail,
            since=self._now,
            visit=self.snapshot.visit + 1,
        )
        return clear

    def handle(self, event: Event) -> list[Command]:
        if isinstance(event, Tick):
            self._now = event.now
            return self._tick()
        s = self.snapshot
        match event:
            case Scanned(text=text):
                if s.state in _BUSY:
                    self.snapshot = replace(s, notice=Notice.SCAN_IGNORED_BUSY)
                    return []
                # A new attendee starts from nothing: no field of the one before (a re-sign
                # reason, a record, search results) may carry over into their signing.
                token = self._token()
                self.snapshot = DeskSnapshot(
                    state=DeskState.LOOKING_UP, token=token, since=self._now, visit=s.visit + 1
                )
                return [Lookup(token, text)]
            case LookupDone(token=token, status=status, result=result) if token == s.token:
                return self._lookup_done(status, result)
            case IdentityConfirmed() if s.state is DeskState.IDENTITY:
                self._go(DeskState.PLEDGE, notice=Notice.NONE)
            case ConsentGiven(at=at) if s.state is DeskState.PLEDGE:
                self._go(DeskState.SIGNING, consent_at=at, has_ink=False)
            case InkStarted() if s.state is DeskState.SIGNING:
                self.snapshot = replace(s, has_ink=True, since=self._now, notice=Notice.NONE)
            case InkCleared() if s.state is DeskState.SIGNING:
                self.snapshot = replace(
                    s, has_ink=False, since=self._now, notice=Notice.INK_CLEARED
                )
                return [ClearInk()]
            case SignatureSubmitted() if s.state is DeskState.SIGNING:
                return self._submit(event)
            case CommitDone(token=token, record=record) if token == s.token:
                self._go(
                    DeskState.DONE, record=record, pending=None, has_ink=False, notice=Notice.NONE
                )
                return [ClearInk(), PrintReceipt(record.record_id)]
            case CommitFailed(token=token) if token == s.token:
                if event.already_signed is not None:
                    self._go(
                        DeskState.ALREADY_SIGNED,
                        lookup=event.already_signed,
                        pending=None,
                        has_ink=False,
                        notice=Notice.NONE,
                    )
                    return [ClearInk()]
                self._go(DeskState.ERROR, notice=Notice.COMMIT_FAILED, detail=event.reason)
            case Retry() if s.state is DeskState.ERROR and s.pending is not None:
                token = self._token()
                pending = replace(s.pending, token=token)
                self._go(
                    DeskState.COMMITTING,
                    pending=pending,
                    token=token,
                    notice=Notice.NONE,
                    detail="",
                )
                return [pending]
            case Cancel() if s.state is not DeskState.COMMITTING:
                return self._ready()
            case SearchRequested(query=query) if s.state in (DeskState.READY, DeskState.NOT_FOUND):
                token = self._token()
                self._go(DeskState.NOT_FOUND, token=token, search_results=())
                return [Search(token, query)]
            case SearchDone(token=token, results=results) if token == s.token:
                self.snapshot = replace(s, search_results=results, since=self._now)
            case EmployeeChosen(identifier=identifier) if s.state in (
                DeskState.NOT_FOUND,
                DeskState.READY,
            ):
                token = self._token()
                self._go(DeskState.LOOKING_UP, token=token, notice=Notice.NONE)
                return [ResolveIdentifier(token, identifier)]
            case WalkInStarted() if s.state in (DeskState.READY, DeskState.NOT_FOUND):
                self._go(DeskState.WALK_IN, notice=Notice.NONE, detail="")
            case WalkInSubmitted(details=details) if s.state is DeskState.WALK_IN:
                token = self._token()
                self.snapshot = replace(s, token=token, since=self._now)
                return [RegisterWalkIn(token, details)]
            case WalkInDone(token=token) if token == s.token:
                if event.error:
                    self.snapshot = replace(s, notice=Notice.WALK_IN_FAILED, detail=event.error)
                    return []
                token = self._token()
                self._go(DeskState.LOOKING_UP, token=token, notice=Notice.NONE, detail="")
                return [ResolveIdentifier(token, event.identifier)]
            case ResignRequested(reason=reason) if s.state is DeskState.ALREADY_SIGNED:
                if reason.strip():
                    self._go(DeskState.PLEDGE, resign_reason=reason.strip())
            case ReprintRequested() if s.state in (DeskState.ALREADY_SIGNED, DeskState.DONE):
                record_id = s.record.record_id if s.record else _signed_record_id(s.lookup)
                if record_id:
                    self.snapshot = replace(s, notice=Notice.REPRINT_QUEUED, since=self._now)
                    return [PrintReceipt(record_id, reprint=True)]
            case PadLost() if s.state is DeskState.SIGNING:
                self.snapshot = replace(s, notice=Notice.PAD_LOST)
            case AttendantActive() if s.state in _ATTENDED:
                self.snapshot = replace(s, since=self._now)
        return []

    def _lookup_done(self, status: str, result: Any) -> list[Command]:
        identifier = getattr(result, "identifier", "")
        if status == "found":
            self._go(DeskState.IDENTITY, lookup=result, identifier=identifier, resign_reason="")
        elif status == "already_signed":
            self._go(DeskState.ALREADY_SIGNED, lookup=result, identifier=identifier)
        else:
            self._go(
                DeskState.NOT_FOUND,
                lookup=result,
                identifier=identifier,
                detail=getattr(result, "reason", ""),
            )
        return []

    def _submit(self, event: SignatureSubmitted) -> list[Command]:
        s = self.snapshot
        if event.quality_problem or event.signature.sample_count == 0:
            self.snapshot = replace(
                s,
                notice=Notice.SIGNATURE_REJECTED,
                detail=event.quality_problem or "empty",
                since=self._now,
            )
            return []
        token = self._token()
        commit = Commit(
            token, event.record_id, s.identifier, s.consent_at, event.signature, s.resign_reason
        )
        self._go(DeskState.COMMITTING, token=token, pending=commit, notice=Notice.NONE)
        return [commit]

    def _tick(self) -> list[Command]:
        s = self.snapshot
        idle = self._now - s.since
        if s.state in _IDLE_LIMITED and idle >= IDLE_TIMEOUT_S:
            # Say what was really lost: a signature only when there was ink, else the step.
            return self._ready(Notice.TIMED_OUT, "signature" if s.has_ink else s.state.value)
        if s.state is DeskState.DONE and idle >= DONE_RESET_S:
            return self._ready()
        if s.state in (DeskState.NOT_FOUND, DeskState.ALREADY_SIGNED) and idle >= NOTICE_RESET_S:
            return self._ready()
        return []


def _signed_record_id(lookup: Any) -> str:
    signed = getattr(lookup, "signed", None)
    return str(getattr(signed, "record_id", "")) if signed else ""
