"""What the desk flow shows: its state, the attendant's notices and the snapshot a view draws.

Plain data; ``flow.DeskFlow`` makes new snapshots, views only read them."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from desktop_app.desk.messages import Commit, Pledge
from desktop_app.domain.consent import ConsentForm

if TYPE_CHECKING:  # the services' result types; the flow itself never touches a store
    from desktop_app.services.lookup import LookupResult
    from desktop_app.services.receipt_check import ReceiptCheck
    from desktop_app.services.roster_search import SearchHit
    from desktop_app.services.signing import RegisteredPledge


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
    RECEIPT = "receipt"  # a scanned receipt's verdict: valid, not valid, voided, superseded
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
    PAD_LOST = "pad_lost"
    CONSENT_TOO_EARLY = "consent_too_early"  # before the minimum reading time: not counted
    PAD_NEEDED = "pad_needed"  # no pad works and on-screen signing was not chosen
    NO_PLEDGE = "no_pledge"  # no active ceremony: nothing to show


@dataclass(frozen=True)
class DeskSnapshot:
    """Everything a view needs to draw the desk."""

    state: DeskState = DeskState.READY
    notice: Notice = Notice.NONE
    detail: str = ""  # a reason or error text to show with the notice
    lookup: LookupResult | None = None  # the current attendee's
    identifier: str = ""
    consent_at: str = ""
    has_ink: bool = False
    resign_reason: str = ""
    record: RegisteredPledge | None = None  # once committed
    receipt: ReceiptCheck | None = None  # the verdict on a scanned receipt (state RECEIPT)
    search_results: tuple[SearchHit, ...] = ()
    pending: Commit | None = None  # the commit in flight or to retry
    token: int = 0
    since: float = 0.0  # monotonic time of the last activity
    # -- the signing moment of this attendee --
    pledge: Pledge | None = None  # what is (was) shown to this attendee; the commit binds it
    pledge_shown_at: str = ""  # UTC ISO: when it first went on screen
    shown_mono: float = 0.0  # the same moment on the flow's monotonic clock
    read_left_s: int = 0  # whole seconds of reading time left before consent counts
    consent_method: str = ""  # a consent.ConsentMethod value once consent was given
    # -- the desk, kept across attendees --
    loaded: Pledge | None = None  # the desk's current pledge (changes only between attendees)
    pad_ok: bool = False  # a pad is connected and working
    screen_signing: bool = False  # the attendant chose on-screen signing (no pad works)

    @property
    def compact(self) -> bool:
        """This attendee signs in the compact form (no pledge page)."""
        pledge = self.pledge
        return pledge is not None and pledge.consent_form == ConsentForm.COMPACT.value

    @property
    def can_sign(self) -> bool:
        """Whether an attendee may be taken to the signing page now."""
        return self.pad_ok or self.screen_signing

    visit: int = 0  # changes whenever one attendee ends and the next may begin
