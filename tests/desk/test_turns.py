"""One attendee after another at the flow: nothing carries over, the attendant's work does not
time out under their hands, and a timeout says what it really discarded."""

from __future__ import annotations

from types import SimpleNamespace

from desktop_app.demo.factory import handwritten_signature
from desktop_app.desk import flow as f
from desktop_app.domain.consent import ConsentMethod
from tests.desk.test_flow import PLEDGE_A, _desk

A = SimpleNamespace(
    identifier="198001012005011001",
    reason="already signed",
    signed=SimpleNamespace(record_id="rec-a"),
)
B = SimpleNamespace(
    identifier="199203152019032002",
    reason="already signed",
    signed=SimpleNamespace(record_id="rec-b"),
)
FOUND = SimpleNamespace(identifier="197512312021251003", reason="", signed=None)


AT = "2024-08-26T02:00:00.000Z"


def _scan(flow: f.DeskFlow, status: str, who: object) -> None:
    (lookup,) = flow.handle(f.Scanned("badge"))
    assert isinstance(lookup, f.Lookup)
    flow.handle(f.LookupDone(lookup.token, status, who))


def _consent(flow: f.DeskFlow) -> None:
    """The attendee reads for the minimum time, then ticks the pad's consent box."""
    flow.handle(f.Tick(flow.snapshot.shown_mono + PLEDGE_A.min_read_s))
    flow.handle(f.ConsentGiven(AT, ConsentMethod.PAD_BOX))
    assert flow.state is f.DeskState.SIGNING


def test_a_resign_reason_stays_with_its_attendee() -> None:
    flow = _desk()
    _scan(flow, "already_signed", A)
    flow.handle(f.ResignRequested("tanda tangan pertama rusak", AT))
    _consent(flow)
    (commit,) = flow.handle(f.SignatureSubmitted("u1", handwritten_signature()))
    assert isinstance(commit, f.Commit) and commit.resign_reason == "tanda tangan pertama rusak"
    flow.handle(f.CommitDone(commit.token, SimpleNamespace(record_id="u1")))
    assert flow.state is f.DeskState.DONE
    visit = flow.snapshot.visit

    _scan(flow, "already_signed", B)  # the next person, straight from the thank-you page
    s = flow.snapshot
    assert s.state is f.DeskState.ALREADY_SIGNED and s.visit != visit
    assert (s.resign_reason, s.record, s.consent_at, s.pending) == ("", None, "", None)


def test_every_new_attendee_gets_a_new_visit_and_a_search_keeps_its_own() -> None:
    flow = f.DeskFlow()
    seen = {flow.snapshot.visit}
    _scan(flow, "unknown", SimpleNamespace(identifier="X", reason="not on the roster"))
    seen.add(flow.snapshot.visit)
    searching = flow.snapshot.visit
    (search,) = flow.handle(f.SearchRequested("Budi"))
    assert isinstance(search, f.Search)
    flow.handle(f.SearchDone(search.token, ("hit",)))
    (resolve,) = flow.handle(f.EmployeeChosen(FOUND.identifier))
    flow.handle(f.LookupDone(resolve.token, "found", FOUND))
    assert flow.snapshot.visit == searching  # the same attendee, found by name
    flow.handle(f.Cancel())
    seen.add(flow.snapshot.visit)
    assert len(seen) == 3


def test_the_attendants_typing_puts_off_a_timeout() -> None:
    flow = f.DeskFlow()
    assert flow.handle(f.WalkInStarted()) == []
    assert flow.state is f.DeskState.WALK_IN
    flow.handle(f.Tick(f.IDLE_TIMEOUT_S - 5))
    flow.handle(f.AttendantActive())  # typing in the walk-in form
    flow.handle(f.Tick(f.IDLE_TIMEOUT_S + 60))
    assert flow.state is f.DeskState.WALK_IN
    flow.handle(f.Tick(2 * f.IDLE_TIMEOUT_S))  # then nobody touches it
    assert flow.state is f.DeskState.READY
    # it says the form was closed, not that a signature was discarded
    assert (flow.snapshot.notice, flow.snapshot.detail) == (f.Notice.TIMED_OUT, "walk_in")


def test_the_already_signed_page_waits_while_the_attendant_types_a_reason() -> None:
    flow = f.DeskFlow()
    _scan(flow, "already_signed", A)
    flow.handle(f.Tick(f.NOTICE_RESET_S - 1))
    flow.handle(f.AttendantActive())
    flow.handle(f.Tick(f.NOTICE_RESET_S + 20))
    assert flow.state is f.DeskState.ALREADY_SIGNED
    flow.handle(f.Tick(2 * f.NOTICE_RESET_S + 1))
    assert flow.state is f.DeskState.READY


def test_attendant_activity_is_ignored_where_nothing_can_time_out() -> None:
    flow = f.DeskFlow()
    before = flow.snapshot
    flow.handle(f.AttendantActive())
    assert flow.snapshot is before  # ready: nothing changes, nothing to publish


def test_a_timeout_says_whether_a_signature_existed() -> None:
    flow = _desk()
    _scan(flow, "found", FOUND)
    flow.handle(f.IdentityConfirmed(AT))
    _consent(flow)
    flow.handle(f.Tick(flow.snapshot.since + f.IDLE_TIMEOUT_S + 1))  # no ink at all
    assert (flow.snapshot.notice, flow.snapshot.detail) == (f.Notice.TIMED_OUT, "signing")

    _scan(flow, "found", FOUND)
    flow.handle(f.IdentityConfirmed(AT))
    _consent(flow)
    flow.handle(f.InkStarted())
    flow.handle(f.Tick(flow.snapshot.since + f.IDLE_TIMEOUT_S + 1))
    assert (flow.snapshot.notice, flow.snapshot.detail) == (f.Notice.TIMED_OUT, "signature")
