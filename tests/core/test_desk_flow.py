"""The desk flow state machine, driven headless by events."""

from __future__ import annotations

from types import SimpleNamespace

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.domain import desk_flow as f
from desktop_app.domain.signature import Signature
from tests.core.conftest import sample_signature

FOUND = SimpleNamespace(identifier="198001012005011001", reason="", signed=None)
SIGNED = SimpleNamespace(
    identifier="198001012005011001",
    reason="already signed",
    signed=SimpleNamespace(record_id="rec-1"),
)
RECORD = SimpleNamespace(record_id="rec-2")


def _to_signing(flow: f.DeskFlow) -> None:
    (lookup,) = flow.handle(f.Scanned("198001012005011001\r\n"))
    assert isinstance(lookup, f.Lookup)
    flow.handle(f.LookupDone(lookup.token, "found", FOUND))
    assert flow.state is f.DeskState.IDENTITY
    flow.handle(f.IdentityConfirmed())
    assert flow.state is f.DeskState.PLEDGE
    flow.handle(f.ConsentGiven("2024-08-26T01:00:00.000Z"))
    assert flow.state is f.DeskState.SIGNING


def test_found_attendee_signs_and_desk_returns_to_ready() -> None:
    flow = f.DeskFlow()
    _to_signing(flow)
    flow.handle(f.InkStarted())
    (commit,) = flow.handle(f.SignatureSubmitted("uuid-1", sample_signature()))
    assert isinstance(commit, f.Commit)
    assert (commit.identifier, commit.record_id, commit.consent_at) == (
        FOUND.identifier,
        "uuid-1",
        "2024-08-26T01:00:00.000Z",
    )
    assert flow.state is f.DeskState.COMMITTING
    commands = flow.handle(f.CommitDone(commit.token, RECORD))
    assert f.PrintReceipt("rec-2") in commands
    assert flow.state is f.DeskState.DONE
    flow.handle(f.Tick(f.DONE_RESET_S - 0.1))
    assert flow.state is f.DeskState.DONE
    flow.handle(f.Tick(f.DONE_RESET_S + 0.1))
    assert flow.state is f.DeskState.READY


def test_scans_during_a_signing_are_ignored_with_a_notice() -> None:
    flow = f.DeskFlow()
    _to_signing(flow)
    assert flow.handle(f.Scanned("199203152019032002")) == []
    assert flow.state is f.DeskState.SIGNING
    assert flow.snapshot.notice is f.Notice.SCAN_IGNORED_BUSY


def test_two_quick_scans_and_a_stale_result_after_cancel() -> None:
    flow = f.DeskFlow()
    (first,) = flow.handle(f.Scanned("A"))
    assert flow.handle(f.Scanned("B")) == []  # still looking up the first
    flow.handle(f.Cancel())
    assert flow.state is f.DeskState.READY
    flow.handle(f.LookupDone(first.token, "found", FOUND))  # arrives late: ignored
    assert flow.state is f.DeskState.READY


def test_unfinished_signing_times_out_and_discards_ink() -> None:
    flow = f.DeskFlow()
    _to_signing(flow)
    flow.handle(f.InkStarted())
    commands = flow.handle(f.Tick(f.IDLE_TIMEOUT_S + 1))
    assert commands == [f.ClearInk()]
    assert flow.state is f.DeskState.READY
    assert flow.snapshot.notice is f.Notice.TIMED_OUT
    assert flow.snapshot.consent_at == "" and not flow.snapshot.has_ink


def test_ink_activity_keeps_the_signing_alive() -> None:
    flow = f.DeskFlow()
    _to_signing(flow)
    flow.handle(f.Tick(f.IDLE_TIMEOUT_S - 1))
    flow.handle(f.InkStarted())
    flow.handle(f.Tick(f.IDLE_TIMEOUT_S + 30))
    assert flow.state is f.DeskState.SIGNING


def test_clear_and_rejected_signature_stay_in_signing() -> None:
    flow = f.DeskFlow()
    _to_signing(flow)
    assert flow.handle(f.InkCleared()) == [f.ClearInk()]
    assert flow.handle(f.SignatureSubmitted("u", Signature(()))) == []
    assert flow.snapshot.notice is f.Notice.SIGNATURE_REJECTED
    assert flow.handle(f.SignatureSubmitted("u", sample_signature(), "too_short")) == []
    assert flow.state is f.DeskState.SIGNING


def test_failed_commit_keeps_the_signature_and_retries_with_the_same_record_id() -> None:
    flow = f.DeskFlow()
    _to_signing(flow)
    (commit,) = flow.handle(f.SignatureSubmitted("uuid-9", sample_signature()))
    flow.handle(f.CommitFailed(commit.token, "database is locked"))
    assert flow.state is f.DeskState.ERROR
    assert flow.snapshot.detail == "database is locked"
    # The attendant may give up (the attendee left): nothing was committed, the ink goes.
    flow.handle(f.InkStarted())  # ignored outside SIGNING
    flow.handle(f.Cancel())
    assert flow.state is f.DeskState.READY and flow.snapshot.pending is None
    flow2 = f.DeskFlow()
    _to_signing(flow2)
    (commit,) = flow2.handle(f.SignatureSubmitted("uuid-9", sample_signature()))
    flow2.handle(f.CommitFailed(commit.token, "disk I/O error"))
    (retry,) = flow2.handle(f.Retry())
    assert isinstance(retry, f.Commit)
    assert retry.record_id == "uuid-9" and retry.token != commit.token
    flow2.handle(f.CommitDone(commit.token, RECORD))  # the old attempt's answer: ignored
    assert flow2.state is f.DeskState.COMMITTING
    flow2.handle(f.CommitDone(retry.token, RECORD))
    assert flow2.state is f.DeskState.DONE


def test_already_signed_offers_reprint_and_resign_with_reason() -> None:
    flow = f.DeskFlow()
    (lookup,) = flow.handle(f.Scanned("x"))
    flow.handle(f.LookupDone(lookup.token, "already_signed", SIGNED))
    assert flow.state is f.DeskState.ALREADY_SIGNED
    assert flow.handle(f.ReprintRequested()) == [f.PrintReceipt("rec-1", reprint=True)]
    flow.handle(f.ResignRequested("   "))
    assert flow.state is f.DeskState.ALREADY_SIGNED  # a reason is required
    flow.handle(f.ResignRequested("tanda tangan rusak"))
    assert flow.state is f.DeskState.PLEDGE
    flow.handle(f.ConsentGiven("2024-08-26T02:00:00.000Z"))
    (commit,) = flow.handle(f.SignatureSubmitted("u2", sample_signature()))
    assert isinstance(commit, f.Commit) and commit.resign_reason == "tanda tangan rusak"


def test_unknown_badge_then_search_then_choose() -> None:
    flow = f.DeskFlow()
    (lookup,) = flow.handle(f.Scanned("garbage"))
    flow.handle(
        f.LookupDone(lookup.token, "invalid", SimpleNamespace(identifier="", reason="not a NIP"))
    )
    assert flow.state is f.DeskState.NOT_FOUND and flow.snapshot.detail == "not a NIP"
    (search,) = flow.handle(f.SearchRequested("budi"))
    assert isinstance(search, f.Search)
    flow.handle(f.SearchDone(search.token, ("r1", "r2")))
    assert flow.snapshot.search_results == ("r1", "r2")
    (resolve,) = flow.handle(f.EmployeeChosen("198001012005011001"))
    assert isinstance(resolve, f.ResolveIdentifier)
    flow.handle(f.LookupDone(resolve.token, "found", FOUND))
    assert flow.state is f.DeskState.IDENTITY


def test_walk_in_is_registered_then_signs() -> None:
    flow = f.DeskFlow()
    flow.handle(f.WalkInStarted())
    assert flow.state is f.DeskState.WALK_IN
    (reg,) = flow.handle(f.WalkInSubmitted({"name": "Tamu", "identifier": "TAMU-001"}))
    assert isinstance(reg, f.RegisterWalkIn)
    flow.handle(f.WalkInDone(reg.token, error="name is empty"))
    assert flow.state is f.DeskState.WALK_IN and flow.snapshot.notice is f.Notice.WALK_IN_FAILED
    (reg2,) = flow.handle(f.WalkInSubmitted({"name": "Tamu", "identifier": "TAMU-001"}))
    (resolve,) = flow.handle(f.WalkInDone(reg2.token, identifier="TAMU-001"))
    assert resolve == f.ResolveIdentifier(resolve.token, "TAMU-001")


EVENTS = st.one_of(
    st.builds(f.Scanned, st.sampled_from(["a", "b"])),
    st.builds(
        f.LookupDone,
        st.integers(0, 6),
        st.sampled_from(["found", "already_signed", "unknown"]),
        st.just(SIGNED),
    ),
    st.just(f.IdentityConfirmed()),
    st.builds(f.ConsentGiven, st.just("2024-08-26T01:00:00.000Z")),
    st.just(f.InkStarted()),
    st.just(f.InkCleared()),
    st.builds(
        f.SignatureSubmitted, st.just("u"), st.sampled_from([sample_signature(), Signature(())])
    ),
    st.builds(f.CommitDone, st.integers(0, 6), st.just(RECORD)),
    st.builds(f.CommitFailed, st.integers(0, 6), st.just("x")),
    st.just(f.Retry()),
    st.just(f.Cancel()),
    st.builds(f.Tick, st.floats(0, 500)),
    st.builds(f.SearchRequested, st.just("bu")),
    st.just(f.WalkInStarted()),
    st.builds(f.ResignRequested, st.sampled_from(["", "rusak"])),
    st.just(f.ReprintRequested()),
)


@settings(max_examples=300)
@given(st.lists(EVENTS, max_size=40))
def test_no_event_sequence_commits_without_consent_and_a_real_signature(
    events: list[f.Event],
) -> None:
    flow = f.DeskFlow()
    consented = False
    for event in events:
        before = flow.snapshot
        for command in flow.handle(event):
            if isinstance(command, f.Commit) and not isinstance(event, f.Retry):
                assert before.state is f.DeskState.SIGNING
                assert before.consent_at and consented
                assert command.signature.sample_count > 0
        consented = flow.snapshot.state in (
            f.DeskState.SIGNING,
            f.DeskState.COMMITTING,
            f.DeskState.ERROR,
        ) and bool(flow.snapshot.consent_at)
