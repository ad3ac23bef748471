"""The registration desk flow as a plain state machine: events in, commands out, no I/O.

ui/ renders ``DeskFlow.snapshot`` and turns buttons, scans and timer ticks into events; a
controller runs the returned commands (lookups, commits, printing) on worker threads and feeds
their results back as events. Every asynchronous request carries a token, so a result that
arrives after the attendee was cancelled or timed out is ignored.

The signing moment: when the pledge goes on screen the flow takes the desk's loaded pledge
(ceremony, template, text, hash, zone) into the snapshot, and the commit carries exactly that.
A newly loaded pledge (settings, another ceremony, a sync pull) waits until the attendee is
finished. Consent is the attendee's act (consent.ConsentMethod), counted only once the pledge
has been on screen for the ceremony's minimum reading time; the compact form skips the
pledge page and the signature under the consent sentence is the act. Without a working pad an
attendee reaches the signing page only after the attendant chose on-screen signing.
"""

from __future__ import annotations

import math
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from desktop_app.desk.messages import (
    AttendantActive,
    Cancel,
    CheckReceipt,
    ClearInk,
    Command,
    Commit,
    CommitDone,
    CommitFailed,
    ConsentGiven,
    EmployeeChosen,
    Event,
    IdentityConfirmed,
    InkCleared,
    InkStarted,
    Lookup,
    LookupDone,
    PadChanged,
    Pledge,
    PledgeLoaded,
    PrintReceipt,
    ReceiptChecked,
    RegisterWalkIn,
    ResignRequested,
    ResolveIdentifier,
    Retry,
    Scanned,
    ScreenSigningChosen,
    Search,
    SearchDone,
    SearchRequested,
    SignatureSubmitted,
    Tick,
    WalkInDone,
    WalkInStarted,
    WalkInSubmitted,
)
from desktop_app.desk.snapshot import DeskSnapshot, DeskState, Notice
from desktop_app.domain.consent import PLEDGE_PAGE_METHODS, ConsentForm, ConsentMethod
from pakta_common.integrity.receipt_link import looks_like_receipt

if TYPE_CHECKING:  # the services' result types; the flow itself never touches a store
    from desktop_app.services.lookup import LookupResult

__all__ = [
    "AttendantActive",
    "Cancel",
    "CheckReceipt",
    "ClearInk",
    "Command",
    "Commit",
    "CommitDone",
    "CommitFailed",
    "ConsentGiven",
    "DeskFlow",
    "DeskSnapshot",
    "DeskState",
    "EmployeeChosen",
    "Event",
    "IdentityConfirmed",
    "InkCleared",
    "InkStarted",
    "Lookup",
    "LookupDone",
    "Notice",
    "PadChanged",
    "Pledge",
    "PledgeLoaded",
    "PrintReceipt",
    "ReceiptChecked",
    "RegisterWalkIn",
    "ResignRequested",
    "ResolveIdentifier",
    "Retry",
    "Scanned",
    "ScreenSigningChosen",
    "Search",
    "SearchDone",
    "SearchRequested",
    "SignatureSubmitted",
    "Tick",
    "WalkInDone",
    "WalkInStarted",
    "WalkInSubmitted",
]

IDLE_TIMEOUT_S = 90.0  # an unfinished signing returns to ready and discards the ink
DONE_RESET_S = 4.0  # the thank-you screen returns to ready by itself
NOTICE_RESET_S = 30.0  # not-found and already-signed screens return to ready


_BUSY = {
    DeskState.LOOKING_UP,
    DeskState.PLEDGE,
    DeskState.SIGNING,
    DeskState.COMMITTING,
    DeskState.ERROR,
    DeskState.WALK_IN,
}
_IDLE_LIMITED = {DeskState.IDENTITY, DeskState.PLEDGE, DeskState.SIGNING, DeskState.WALK_IN}
_DESK_FIELDS = ("loaded", "pad_ok", "screen_signing")  # survive the return to ready
# States whose timeout the attendant's typing or clicking puts off.
_ATTENDED = _IDLE_LIMITED | {DeskState.NOT_FOUND, DeskState.ALREADY_SIGNED, DeskState.RECEIPT}
_NOTICES = (DeskState.NOT_FOUND, DeskState.ALREADY_SIGNED, DeskState.RECEIPT)


class DeskFlow:
    """The desk's state; ``handle`` applies one event and returns the commands to run."""

    def __init__(self, now: float = 0.0) -> None:
        self.snapshot = DeskSnapshot(since=now)
        self._now = now
        self._next_token = 0
        self._deferred: tuple[Pledge | None] | None = None  # a pledge waiting for ready

    @property
    def state(self) -> DeskState:
        return self.snapshot.state

    def advance(self, now: float) -> None:
        """Move the flow's monotonic clock (never back) without running timeouts."""
        self._now = max(self._now, now)

    def _token(self) -> int:
        self._next_token += 1
        return self._next_token

    def _go(self, state: DeskState, **changes: Any) -> None:
        self.snapshot = replace(self.snapshot, state=state, since=self._now, **changes)

    def _between_attendees(self) -> None:
        """The previous attendee is finished: a pledge loaded meanwhile takes effect now."""
        if self._deferred is not None:
            (pledge,) = self._deferred
            self._deferred = None
            self.snapshot = replace(self.snapshot, loaded=pledge)

    def _ready(self, notice: Notice = Notice.NONE, detail: str = "") -> list[Command]:
        clear: list[Command] = [ClearInk()] if self.snapshot.has_ink else []
        desk = {name: getattr(self.snapshot, name) for name in _DESK_FIELDS}
        self.snapshot = DeskSnapshot(
            state=DeskState.READY,
            notice=notice,
            detail=detail,
            since=self._now,
            visit=self.snapshot.visit + 1,
            **desk,
        )
        self._between_attendees()
        return clear

    def handle(self, event: Event) -> list[Command]:
        if isinstance(event, Tick):
            self.advance(event.now)
            return self._tick()
        s = self.snapshot
        match event:
            case Scanned(text=text):
                if s.state in _BUSY:
                    self.snapshot = replace(s, notice=Notice.SCAN_IGNORED_BUSY)
                    return []
                # A new attendee starts from nothing: no field of the one before (a re-sign
                # reason, a record, search results) may carry over into their signing; only
                # the desk's own fields (its pledge, its pad) stay.
                self._between_attendees()
                token = self._token()
                desk = {name: getattr(self.snapshot, name) for name in _DESK_FIELDS}
                self.snapshot = DeskSnapshot(
                    state=DeskState.LOOKING_UP,
                    token=token,
                    since=self._now,
                    visit=s.visit + 1,
                    **desk,
                )
                # A receipt's QR (link or seal, even a damaged one) is a receipt to check,
                # never a badge: its verdict replaces "badge not recognised".
                if looks_like_receipt(text):
                    return [CheckReceipt(token, text)]
                return [Lookup(token, text)]
            case LookupDone(token=token, status=status, result=result) if token == s.token:
                return self._lookup_done(status, result)
            case ReceiptChecked(token=token, check=check) if (
                token == s.token and s.state is DeskState.LOOKING_UP
            ):
                self._go(DeskState.RECEIPT, receipt=check, notice=Notice.NONE, detail="")
            case IdentityConfirmed(at=at) if s.state is DeskState.IDENTITY:
                self._show_pledge(at)
            case ConsentGiven() if s.state is DeskState.PLEDGE:
                self._consent(event)
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
            case ResignRequested(reason=reason, at=at) if s.state is DeskState.ALREADY_SIGNED:
                if reason.strip():
                    self._show_pledge(at, resign_reason=reason.strip())
            case PadChanged(ok=ok):
                self._pad_changed(ok)
            case ScreenSigningChosen() if not s.pad_ok and not s.screen_signing:
                notice = Notice.NONE if s.notice is Notice.PAD_NEEDED else s.notice
                self.snapshot = replace(s, screen_signing=True, notice=notice, since=self._now)
            case PledgeLoaded(pledge=pledge):
                if s.state is DeskState.READY:
                    self._deferred = None
                    self.snapshot = replace(s, loaded=pledge)
                else:
                    self._deferred = (pledge,)
            case AttendantActive() if s.state in _ATTENDED:
                self.snapshot = replace(s, since=self._now)
        return []

    # -- the signing moment ----------------------------------------------------------------
    def _show_pledge(self, at: str, **changes: Any) -> None:
        """Identity confirmed (or a re-sign asked for): the loaded pledge goes on screen."""
        s = self.snapshot
        pledge = s.loaded
        if pledge is None:
            self.snapshot = replace(s, notice=Notice.NO_PLEDGE, since=self._now)
            return
        shown = {
            "pledge": pledge,
            "pledge_shown_at": at,
            "shown_mono": self._now,
            "consent_at": "",
            "consent_method": "",
            "has_ink": False,
            "notice": Notice.NONE,
            "detail": "",
            **changes,
        }
        if pledge.consent_form == ConsentForm.COMPACT.value:
            if not s.can_sign:  # the compact form goes straight to the signature
                self.snapshot = replace(s, notice=Notice.PAD_NEEDED, since=self._now)
                return
            self._go(
                DeskState.SIGNING,
                read_left_s=0,
                **shown | {"consent_method": ConsentMethod.COMPACT_SIGNATURE.value},
            )
            return
        self._go(DeskState.PLEDGE, read_left_s=_read_left(pledge, 0.0), **shown)

    def _consent(self, event: ConsentGiven) -> None:
        s = self.snapshot
        if event.method not in PLEDGE_PAGE_METHODS or s.pledge is None:
            return  # not an attendee's act (or nothing shown): refused, nothing changes
        left = _read_left(s.pledge, self._now - s.shown_mono)
        if left > 0:
            self.snapshot = replace(s, notice=Notice.CONSENT_TOO_EARLY, read_left_s=left)
            return
        if not s.can_sign:
            self.snapshot = replace(s, notice=Notice.PAD_NEEDED)
            return
        self._go(
            DeskState.SIGNING,
            consent_at=event.at,
            consent_method=event.method,
            read_left_s=0,
            has_ink=False,
            notice=Notice.NONE,
        )

    def _pad_changed(self, ok: bool) -> None:
        s = self.snapshot
        if ok == s.pad_ok:
            return
        # A pad that comes back ends the on-screen choice: losing it again needs a new one.
        changes: dict[str, Any] = {"pad_ok": ok, "screen_signing": s.screen_signing and not ok}
        if not ok and s.state is DeskState.SIGNING:
            changes["notice"] = Notice.PAD_LOST
        elif ok and s.notice in (Notice.PAD_NEEDED, Notice.PAD_LOST):
            changes["notice"] = Notice.NONE
        self.snapshot = replace(s, **changes)

    def _lookup_done(self, status: str, result: LookupResult) -> list[Command]:
        identifier = result.identifier
        if status == "found":
            self._go(DeskState.IDENTITY, lookup=result, identifier=identifier, resign_reason="")
        elif status == "already_signed":
            self._go(DeskState.ALREADY_SIGNED, lookup=result, identifier=identifier)
        else:
            self._go(
                DeskState.NOT_FOUND,
                lookup=result,
                identifier=identifier,
                detail=result.reason,
            )
        return []

    def _submit(self, event: SignatureSubmitted) -> list[Command]:
        s = self.snapshot
        pledge = s.pledge
        if event.quality_problem or event.signature.sample_count == 0:
            self.snapshot = replace(
                s,
                notice=Notice.SIGNATURE_REJECTED,
                detail=event.quality_problem or "empty",
                since=self._now,
            )
            return []
        consent_at = event.at if s.compact else s.consent_at
        if pledge is None or not consent_at or not s.consent_method:
            return []  # unreachable through the flow: no signing page without them
        token = self._token()
        commit = Commit(
            token=token,
            record_id=event.record_id,
            identifier=s.identifier,
            consent_at=consent_at,
            signature=event.signature,
            resign_reason=s.resign_reason,
            ceremony_id=pledge.ceremony_id,
            template_id=pledge.template_id,
            text_sha256=pledge.sha256,
            consent_method=s.consent_method,
            pledge_shown_at=s.pledge_shown_at,
            timezone=pledge.timezone,
        )
        self._go(
            DeskState.COMMITTING,
            token=token,
            pending=commit,
            consent_at=consent_at,
            notice=Notice.NONE,
        )
        return [commit]

    def _tick(self) -> list[Command]:
        s = self.snapshot
        idle = self._now - s.since
        if s.state in _IDLE_LIMITED and idle >= IDLE_TIMEOUT_S:
            # Say what was really lost: a signature only when there was ink, else the step.
            return self._ready(Notice.TIMED_OUT, "signature" if s.has_ink else s.state.value)
        if s.state is DeskState.DONE and idle >= DONE_RESET_S:
            return self._ready()
        if s.state in _NOTICES and idle >= NOTICE_RESET_S:
            return self._ready()
        if s.state is DeskState.PLEDGE and s.pledge is not None:
            left = _read_left(s.pledge, self._now - s.shown_mono)
            if left != s.read_left_s:  # the countdown on both screens, once a second
                notice = (
                    Notice.NONE if left == 0 and s.notice is Notice.CONSENT_TOO_EARLY else s.notice
                )
                self.snapshot = replace(s, read_left_s=left, notice=notice)
        return []


def _read_left(pledge: Pledge, elapsed: float) -> int:
    """Whole seconds left of the pledge's minimum reading time after ``elapsed`` seconds."""
    return max(0, math.ceil(pledge.min_read_s - elapsed))
