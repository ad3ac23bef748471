"""The desk flow state machine, driven headless by events."""

from __future__ import annotations

from dataclasses import dataclass
from types import SimpleNamespace

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.demo.factory import handwritten_signature
from desktop_app.desk import flow as f
from desktop_app.domain.consent import PLEDGE_PAGE_METHODS, ConsentMethod
from desktop_app.domain.signature import Signature


@dataclass(frozen=True)
class Shown:
    """A pledge as the desk loads it (services.attendees.PledgeText has the same fields)."""

    ceremony_id: str
    template_id: str
    text: str
    sha256: str
    min_read_s: int = 5
    consent_form: str = "separate"
    timezone: str = "Asia/Jakarta"


PLEDGE_A = Shown("cer-a", "tpl-a", "Pakta A", "a" * 64)
PLEDGE_B = Shown("cer-b", "tpl-b", "Pakta B", "b" * 64, min_read_s=8, timezone="Asia/Makassar")
COMPACT = Shown("cer-c", "tpl-c", "Pakta C", "c" * 64, consent_form="compact")
SHOWN_AT = "2024-08-26T00:59:50.000Z"
CONSENT_AT = "2024-08-26T01:00:00.000Z"


def _desk(pledge: Shown = PLEDGE_A, *, pad: bool = True) -> f.DeskFlow:
    flow = f.DeskFlow()
    flow.handle(f.PledgeLoaded(pledge))
    flow.handle(f.PadChanged(pad))
    return flow


def _to_identity(flow: f.DeskFlow, result: object = None) -> None:
    (lookup,) = flow.handle(f.Scanned("198001012005011001\r\n"))
    assert isinstance(lookup, f.Lookup)
    flow.handle(f.LookupDone(lookup.token, "found", result or FOUND))
    assert flow.state is f.DeskState.IDENTITY


FOUND = SimpleNamespace(identifier="198001012005011001", reason="", signed=None)
SIGNED = SimpleNamespace(
    identifier="198001012005011001",
    reason="already signed",
    signed=SimpleNamespace(record_id="rec-1"),
)
RECORD = SimpleNamespace(record_id="rec-2")


def _read(flow: f.DeskFlow, seconds: float) -> None:
    """The attendee reads: the flow's clock moves on by ``seconds``."""
    flow.handle(f.Tick(flow.snapshot.shown_mono + seconds))


def _to_signing(flow: f.DeskFlow, method: str = ConsentMethod.PAD_BOX) -> None:
    _to_identity(flow)
    flow.handle(f.IdentityConfirmed(SHOWN_AT))
    assert flow.state is f.DeskState.PLEDGE
    _read(flow, flow.snapshot.loaded.min_read_s)  # type: ignore[union-attr]
    flow.handle(f.ConsentGiven(CONSENT_AT, method))
    assert flow.state is f.DeskState.SIGNING


def test_found_attendee_signs_and_desk_returns_to_ready() -> None:
    flow = _desk()
    _to_signing(flow)
    flow.handle(f.InkStarted())
    (commit,) = flow.handle(f.SignatureSubmitted("uuid-1", handwritten_signature()))
    assert isinstance(commit, f.Commit)
    assert (commit.identifier, commit.record_id, commit.consent_at) == (
        FOUND.identifier,
        "uuid-1",
        CONSENT_AT,
    )
    assert (commit.ceremony_id, commit.template_id, commit.text_sha256) == (
        "cer-a",
        "tpl-a",
        "a" * 64,
    )
    assert (commit.consent_method, commit.pledge_shown_at, commit.timezone) == (
        "pad_box",
        SHOWN_AT,
        "Asia/Jakarta",
    )
    assert flow.state is f.DeskState.COMMITTING
    commands = flow.handle(f.CommitDone(commit.token, RECORD))
    assert f.PrintReceipt("rec-2") in commands
    assert flow.state is f.DeskState.DONE
    done_at = flow.snapshot.since
    flow.handle(f.Tick(done_at + f.DONE_RESET_S - 0.1))
    assert flow.state is f.DeskState.DONE
    flow.handle(f.Tick(done_at + f.DONE_RESET_S + 0.1))
    assert flow.state is f.DeskState.READY
    assert flow.snapshot.loaded is PLEDGE_A and flow.snapshot.pledge is None


def test_scans_during_a_signing_are_ignored_with_a_notice() -> None:
    flow = _desk()
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
    flow = _desk()
    _to_signing(flow)
    flow.handle(f.InkStarted())
    commands = flow.handle(f.Tick(flow.snapshot.since + f.IDLE_TIMEOUT_S + 1))
    assert commands == [f.ClearInk()]
    assert flow.state is f.DeskState.READY
    assert flow.snapshot.notice is f.Notice.TIMED_OUT
    assert flow.snapshot.consent_at == "" and not flow.snapshot.has_ink
    assert flow.snapshot.consent_method == "" and flow.snapshot.pledge is None


def test_ink_activity_keeps_the_signing_alive() -> None:
    flow = _desk()
    _to_signing(flow)
    start = flow.snapshot.since
    flow.handle(f.Tick(start + f.IDLE_TIMEOUT_S - 1))
    flow.handle(f.InkStarted())
    flow.handle(f.Tick(start + f.IDLE_TIMEOUT_S + 30))
    assert flow.state is f.DeskState.SIGNING


def test_clear_and_rejected_signature_stay_in_signing() -> None:
    flow = _desk()
    _to_signing(flow)
    assert flow.handle(f.InkCleared()) == [f.ClearInk()]
    assert flow.handle(f.SignatureSubmitted("u", Signature(()))) == []
    assert flow.snapshot.notice is f.Notice.SIGNATURE_REJECTED
    assert flow.handle(f.SignatureSubmitted("u", handwritten_signature(), "too_short")) == []
    assert flow.state is f.DeskState.SIGNING


def test_failed_commit_keeps_the_signature_and_retries_with_the_same_record_id() -> None:
    flow = _desk()
    _to_signing(flow)
    (commit,) = flow.handle(f.SignatureSubmitted("uuid-9", handwritten_signature()))
    flow.handle(f.CommitFailed(commit.token, "database is locked"))
    assert flow.state is f.DeskState.ERROR
    assert flow.snapshot.detail == "database is locked"
    # The attendant may give up (the attendee left): nothing was committed, the ink goes.
    flow.handle(f.InkStarted())  # ignored outside SIGNING
    flow.handle(f.Cancel())
    assert flow.state is f.DeskState.READY and flow.snapshot.pending is None
    flow2 = _desk()
    _to_signing(flow2)
    (commit,) = flow2.handle(f.SignatureSubmitted("uuid-9", handwritten_signature()))
    flow2.handle(f.CommitFailed(commit.token, "disk I/O error"))
    (retry,) = flow2.handle(f.Retry())
    assert isinstance(retry, f.Commit)
    assert retry.record_id == "uuid-9" and retry.token != commit.token
    assert retry.text_sha256 == commit.text_sha256 and retry.consent_at == commit.consent_at
    flow2.handle(f.CommitDone(commit.token, RECORD))  # the old attempt's answer: ignored
    assert flow2.state is f.DeskState.COMMITTING
    flow2.handle(f.CommitDone(retry.token, RECORD))
    assert flow2.state is f.DeskState.DONE


def test_already_signed_offers_reprint_and_resign_with_reason() -> None:
    flow = _desk()
    (lookup,) = flow.handle(f.Scanned("x"))
    flow.handle(f.LookupDone(lookup.token, "already_signed", SIGNED))
    assert flow.state is f.DeskState.ALREADY_SIGNED
    assert not hasattr(f, "ReprintRequested")  # a copy is the attendant's guarded act only
    flow.handle(f.ResignRequested("   ", SHOWN_AT))
    assert flow.state is f.DeskState.ALREADY_SIGNED  # a reason is required
    flow.handle(f.ResignRequested("tanda tangan rusak", SHOWN_AT))
    assert flow.state is f.DeskState.PLEDGE
    _read(flow, 5)
    flow.handle(f.ConsentGiven("2024-08-26T02:00:00.000Z", ConsentMethod.SCREEN_TOUCH))
    (commit,) = flow.handle(f.SignatureSubmitted("u2", handwritten_signature()))
    assert isinstance(commit, f.Commit) and commit.resign_reason == "tanda tangan rusak"
    assert commit.consent_method == "screen_touch" and commit.pledge_shown_at == SHOWN_AT


def test_unknown_badge_then_search_then_choose() -> None:
    flow = _desk()
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
    flow = _desk()
    flow.handle(f.WalkInStarted())
    assert flow.state is f.DeskState.WALK_IN
    (reg,) = flow.handle(f.WalkInSubmitted({"name": "Tamu", "identifier": "TAMU-001"}))
    assert isinstance(reg, f.RegisterWalkIn)
    flow.handle(f.WalkInDone(reg.token, error="name is empty"))
    assert flow.state is f.DeskState.WALK_IN and flow.snapshot.notice is f.Notice.WALK_IN_FAILED
    (reg2,) = flow.handle(f.WalkInSubmitted({"name": "Tamu", "identifier": "TAMU-001"}))
    (resolve,) = flow.handle(f.WalkInDone(reg2.token, identifier="TAMU-001"))
    assert resolve == f.ResolveIdentifier(resolve.token, "TAMU-001")


def test_consent_before_the_minimum_reading_time_is_refused_and_counted_down() -> None:
    flow = _desk(PLEDGE_B)  # 8 s
    _to_identity(flow)
    flow.handle(f.IdentityConfirmed(SHOWN_AT))
    assert flow.snapshot.read_left_s == 8 and flow.snapshot.pledge_shown_at == SHOWN_AT
    _read(flow, 2.5)
    assert flow.snapshot.read_left_s == 6  # the countdown both screens show
    assert flow.handle(f.ConsentGiven(CONSENT_AT, ConsentMethod.PAD_BOX)) == []
    s = flow.snapshot
    assert s.state is f.DeskState.PLEDGE and s.notice is f.Notice.CONSENT_TOO_EARLY
    assert s.consent_at == "" and s.consent_method == ""  # nothing recorded
    _read(flow, 7.99)
    assert flow.snapshot.read_left_s == 1
    flow.handle(f.ConsentGiven(CONSENT_AT, ConsentMethod.SCREEN_MOUSE))
    assert flow.state is f.DeskState.PLEDGE
    _read(flow, 8.0)
    assert flow.snapshot.read_left_s == 0 and flow.snapshot.notice is f.Notice.NONE
    flow.handle(f.ConsentGiven(CONSENT_AT, ConsentMethod.SCREEN_MOUSE))
    assert flow.state is f.DeskState.SIGNING
    assert (flow.snapshot.consent_method, flow.snapshot.consent_at) == ("screen_mouse", CONSENT_AT)


def test_only_an_attendee_method_gives_consent() -> None:
    for method in ("keyboard", "", "enter", ConsentMethod.COMPACT_SIGNATURE, "PAD_BOX"):
        flow = _desk()
        _to_identity(flow)
        flow.handle(f.IdentityConfirmed(SHOWN_AT))
        _read(flow, 60)
        before = flow.snapshot
        assert flow.handle(f.ConsentGiven(CONSENT_AT, method)) == []
        assert flow.snapshot == before, method
    for method in PLEDGE_PAGE_METHODS:
        flow = _desk()
        _to_signing(flow, method)
        assert flow.snapshot.consent_method == method


def test_compact_form_skips_the_pledge_page_and_the_signature_is_the_consent() -> None:
    flow = _desk(COMPACT)
    _to_identity(flow)
    flow.handle(f.IdentityConfirmed(SHOWN_AT))
    s = flow.snapshot
    assert s.state is f.DeskState.SIGNING and s.compact
    assert s.consent_method == "compact_signature" and s.consent_at == ""
    assert flow.handle(f.ConsentGiven(CONSENT_AT, ConsentMethod.SCREEN_TOUCH)) == []
    (commit,) = flow.handle(
        f.SignatureSubmitted("u", handwritten_signature(), at="2024-08-26T01:00:03.000Z")
    )
    assert isinstance(commit, f.Commit)
    assert commit.consent_method == "compact_signature"
    assert commit.consent_at == "2024-08-26T01:00:03.000Z" and commit.pledge_shown_at == SHOWN_AT
    assert commit.text_sha256 == "c" * 64


def test_without_a_working_pad_only_the_attendants_choice_opens_the_signing_page() -> None:
    flow = _desk(pad=False)
    _to_identity(flow)
    flow.handle(f.IdentityConfirmed(SHOWN_AT))
    _read(flow, 5)
    flow.handle(f.ConsentGiven(CONSENT_AT, ConsentMethod.SCREEN_TOUCH))
    assert flow.state is f.DeskState.PLEDGE and flow.snapshot.notice is f.Notice.PAD_NEEDED
    flow.handle(f.ScreenSigningChosen())
    assert flow.snapshot.screen_signing and flow.snapshot.notice is f.Notice.NONE
    flow.handle(f.ConsentGiven(CONSENT_AT, ConsentMethod.SCREEN_TOUCH))
    assert flow.state is f.DeskState.SIGNING
    flow.handle(f.PadChanged(True))  # the pad is back: the on-screen choice ends
    assert flow.snapshot.pad_ok and not flow.snapshot.screen_signing
    flow.handle(f.PadChanged(False))
    assert flow.snapshot.notice is f.Notice.PAD_LOST and not flow.snapshot.screen_signing

    compact = _desk(COMPACT, pad=False)
    _to_identity(compact)
    compact.handle(f.IdentityConfirmed(SHOWN_AT))
    assert compact.state is f.DeskState.IDENTITY and compact.snapshot.notice is f.Notice.PAD_NEEDED
    compact.handle(f.PadChanged(True))
    compact.handle(f.ScreenSigningChosen())  # a pad works: nothing to choose
    assert not compact.snapshot.screen_signing
    compact.handle(f.IdentityConfirmed(SHOWN_AT))
    assert compact.state is f.DeskState.SIGNING


def test_a_new_pledge_waits_until_the_attendee_is_finished() -> None:
    flow = _desk(PLEDGE_A)
    _to_identity(flow)
    flow.handle(f.IdentityConfirmed(SHOWN_AT))
    flow.handle(f.PledgeLoaded(PLEDGE_B))  # settings changed the active ceremony meanwhile
    assert flow.snapshot.loaded is PLEDGE_A and flow.snapshot.pledge is PLEDGE_A
    _read(flow, 5)  # A's reading time, not B's 8 s
    flow.handle(f.ConsentGiven(CONSENT_AT, ConsentMethod.PAD_BOX))
    (commit,) = flow.handle(f.SignatureSubmitted("u", handwritten_signature()))
    assert isinstance(commit, f.Commit)
    assert (commit.ceremony_id, commit.text_sha256) == ("cer-a", "a" * 64)
    flow.handle(f.CommitDone(commit.token, RECORD))
    assert flow.snapshot.loaded is PLEDGE_A  # the thank-you page still belongs to A
    flow.handle(f.Scanned("next badge"))  # the next attendee starts: B from now on
    assert flow.snapshot.loaded is PLEDGE_B

    other = _desk(PLEDGE_A)
    _to_identity(other)
    other.handle(f.PledgeLoaded(None))
    other.handle(f.PledgeLoaded(PLEDGE_B))
    other.handle(f.Cancel())
    assert other.state is f.DeskState.READY and other.snapshot.loaded is PLEDGE_B
    other.handle(f.PledgeLoaded(None))  # at ready: at once
    assert other.snapshot.loaded is None
    _to_identity(other)
    other.handle(f.IdentityConfirmed(SHOWN_AT))
    assert other.state is f.DeskState.IDENTITY and other.snapshot.notice is f.Notice.NO_PLEDGE


@dataclass(frozen=True)
class Reply:
    """Stands for the answer to whatever the flow is waiting for (its current token)."""

    status: str  # a lookup status, or "committed" / "commit_failed"


@dataclass(frozen=True)
class Wait:
    seconds: float  # a Tick this much later than the last one


def _realise(step: object, flow: f.DeskFlow, now: float) -> tuple[f.Event, float]:
    token = flow.snapshot.token
    if isinstance(step, Wait):
        now += step.seconds
        return f.Tick(now), now
    if isinstance(step, Reply):
        if step.status == "committed":
            return f.CommitDone(token, RECORD), now
        if step.status == "commit_failed":
            return f.CommitFailed(token, "disk I/O error"), now
        return f.LookupDone(token, step.status, FOUND if step.status == "found" else SIGNED), now
    return step, now  # type: ignore[return-value]  # a flow event as it is


PLEDGES = st.sampled_from([PLEDGE_A, PLEDGE_B, COMPACT, None])
STEPS = st.one_of(
    st.builds(f.Scanned, st.sampled_from(["a", "b"])),
    st.builds(Reply, st.sampled_from(["found", "found", "already_signed", "unknown"])),
    st.builds(Reply, st.sampled_from(["committed", "commit_failed"])),
    st.builds(
        f.LookupDone,
        st.integers(0, 6),
        st.sampled_from(["found", "already_signed", "unknown"]),
        st.just(SIGNED),
    ),
    st.builds(f.IdentityConfirmed, st.just(SHOWN_AT)),
    st.builds(
        f.ConsentGiven,
        st.just(CONSENT_AT),
        st.sampled_from([*sorted(ConsentMethod), "keyboard", ""]),
    ),
    st.just(f.InkStarted()),
    st.just(f.InkCleared()),
    st.builds(
        f.SignatureSubmitted,
        st.just("u"),
        st.sampled_from([handwritten_signature(), Signature(())]),
        st.sampled_from(["", "", "too_short"]),
        st.sampled_from(["", CONSENT_AT, CONSENT_AT]),
    ),
    st.builds(f.CommitDone, st.integers(0, 6), st.just(RECORD)),
    st.builds(f.CommitFailed, st.integers(0, 6), st.just("x")),
    st.just(f.Retry()),
    st.just(f.Cancel()),
    st.builds(Wait, st.sampled_from([0.5, 1.0, 3.0, 4.9, 6.0, 30.0, 95.0])),
    st.builds(f.SearchRequested, st.just("bu")),
    st.just(f.WalkInStarted()),
    st.builds(f.ResignRequested, st.sampled_from(["", "rusak"]), st.just(SHOWN_AT)),
    st.builds(f.PadChanged, st.booleans()),
    st.just(f.ScreenSigningChosen()),
    st.builds(f.PledgeLoaded, PLEDGES),
)


@st.composite
def attendee_paths(draw: st.DrawFn) -> list[object]:
    """An attendee's way through the desk with noise between every step, so that deep paths
    (consent, signature, commit) are reached as often as odd ones."""
    skeleton: list[object] = [
        f.Scanned("a"),
        Reply(draw(st.sampled_from(["found", "already_signed"]))),
        draw(st.sampled_from([f.IdentityConfirmed(SHOWN_AT), f.ResignRequested("x", SHOWN_AT)])),
        Wait(draw(st.sampled_from([0.0, 2.0, 4.9, 5.0, 7.9, 8.0]))),
        f.ConsentGiven(CONSENT_AT, draw(st.sampled_from([*sorted(ConsentMethod), "keyboard"]))),
        f.SignatureSubmitted("u", handwritten_signature(), "", CONSENT_AT),
        Reply("committed"),
    ]
    steps: list[object] = []
    for step in skeleton:
        steps += draw(st.lists(STEPS, max_size=2))
        steps.append(step)
    return steps


@settings(max_examples=600)
@given(PLEDGES, st.booleans(), st.one_of(attendee_paths(), st.lists(STEPS, max_size=40)))
def test_no_event_sequence_commits_without_an_attendees_timely_consent_and_a_real_signature(
    first: Shown | None, pad: bool, steps: list[object]
) -> None:
    """Safety: no path reaches COMMITTING without consent by an attendee method after the
    minimum reading time (unless compact), nor without a pad or the attendant's on-screen
    choice, and a commit always binds the pledge that was shown; the desk's pledge only
    changes between attendees."""
    flow = f.DeskFlow()
    flow.handle(f.PledgeLoaded(first))
    flow.handle(f.PadChanged(pad))
    now = 0.0
    shown: Shown | None = None  # the pledge on screen for this attendee, as we saw it go up
    consented_in_time = False
    for step in steps:
        event, now = _realise(step, flow, now)
        before = flow.snapshot
        commands = flow.handle(event)
        after = flow.snapshot
        if before.state is not after.state and after.state in (
            f.DeskState.PLEDGE,
            f.DeskState.SIGNING,
        ):
            if before.state in (f.DeskState.IDENTITY, f.DeskState.ALREADY_SIGNED):
                shown = before.loaded  # it goes on screen now, and is bound from now on
                assert after.pledge is shown and after.pledge_shown_at == SHOWN_AT
                consented_in_time = False
            if after.state is f.DeskState.SIGNING:
                assert before.pad_ok or before.screen_signing, "signing page without a pad"
                if before.state is f.DeskState.PLEDGE:
                    assert isinstance(event, f.ConsentGiven)
                    assert event.method in PLEDGE_PAGE_METHODS
                    assert shown is not None and now - before.shown_mono >= shown.min_read_s
                    consented_in_time = True
                else:
                    assert after.compact
        for command in commands:
            if isinstance(command, f.Commit) and not isinstance(event, f.Retry):
                assert before.state is f.DeskState.SIGNING
                assert command.signature.sample_count > 0
                assert shown is not None and command.text_sha256 == shown.sha256
                assert command.ceremony_id == shown.ceremony_id
                assert command.pledge_shown_at == SHOWN_AT and command.consent_at
                if shown.consent_form == "compact":
                    assert command.consent_method == ConsentMethod.COMPACT_SIGNATURE
                else:
                    assert consented_in_time and command.consent_method in PLEDGE_PAGE_METHODS
        if after.loaded is not before.loaded:
            assert isinstance(event, f.PledgeLoaded | f.Scanned | f.Cancel | f.Tick)
            assert after.state in (f.DeskState.READY, f.DeskState.LOOKING_UP)
