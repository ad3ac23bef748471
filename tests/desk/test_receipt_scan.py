"""The desk reads a receipt: the flow sends a scanned receipt's QR to be checked, never looked
up as a badge, and shows the verdict until Esc, the next scan, or the notice timeout."""

from __future__ import annotations

import pytest

from desktop_app.desk import flow as f
from desktop_app.services.receipt_check import ReceiptCheck, ReceiptStatus
from tests.desk.test_flow import PLEDGE_A, _desk, _to_identity, _to_signing

SEAL = "PKS1:6BF.X5%UOC4HGSN5DTA*6A6LV0QI$AJJ7ZCF8*KMXR"  # the form only; its content is not read
LINK = "HTTPS://PAKTA.EXAMPLE.GO.ID/V/6BF.X5*UOC4HGSN5DTA*6A6LV0QI$AJJ7ZCF8*KMXR"
VALID = ReceiptCheck(ReceiptStatus.VALID, "authentic", name="Siti Nurhaliza")
FORGED = ReceiptCheck(ReceiptStatus.NOT_VALID, "bad signature", "bad_signature")


@pytest.mark.parametrize(
    "text",
    [
        SEAL,
        SEAL.lower() + "\r\n",  # a scanner that inverts letter case, with its line end
        LINK,
        "https://pakta.example.go.id/v/ABC",  # a link whose code is damaged is still a receipt
        "http://127.0.0.1:8000/prefix/V/ZZZ",
    ],
)
def test_a_receipts_qr_is_checked_as_a_receipt_not_looked_up_as_a_badge(text: str) -> None:
    flow = _desk()
    (command,) = flow.handle(f.Scanned(text))
    assert isinstance(command, f.CheckReceipt)
    assert command.text == text
    assert flow.state is f.DeskState.LOOKING_UP


@pytest.mark.parametrize(
    "text",
    [
        "198001012005011001",
        "PKB1:whatever",  # a signed badge, not a receipt
        "https://pakta.example.go.id/stations",  # a link, but not to a receipt
        "https://pakta.example.go.id/V/",  # no code
        "ftp://pakta.example.go.id/V/ABC",
        "",
    ],
)
def test_other_scans_are_looked_up_as_badges(text: str) -> None:
    flow = _desk()
    (command,) = flow.handle(f.Scanned(text))
    assert isinstance(command, f.Lookup)


def test_the_verdict_is_shown_then_the_desk_returns_to_ready_by_itself() -> None:
    flow = _desk()
    (check,) = flow.handle(f.Scanned(LINK))
    assert isinstance(check, f.CheckReceipt)
    assert flow.handle(f.ReceiptChecked(check.token, VALID)) == []
    assert flow.state is f.DeskState.RECEIPT
    assert flow.snapshot.receipt is VALID
    assert flow.snapshot.lookup is None  # nobody's signing turn was opened
    flow.handle(f.Tick(f.NOTICE_RESET_S - 1))
    assert flow.state is f.DeskState.RECEIPT
    flow.handle(f.AttendantActive())  # the attendant reads it out: the page stays
    flow.handle(f.Tick(f.NOTICE_RESET_S + 5))
    assert flow.state is f.DeskState.RECEIPT
    flow.handle(f.Tick(2 * f.NOTICE_RESET_S + 1))
    assert flow.state is f.DeskState.READY
    assert flow.snapshot.receipt is None


def test_esc_or_the_next_badge_leaves_the_verdict() -> None:
    flow = _desk()
    (check,) = flow.handle(f.Scanned(SEAL))
    flow.handle(f.ReceiptChecked(check.token, FORGED))  # type: ignore[union-attr]
    assert flow.state is f.DeskState.RECEIPT
    flow.handle(f.Cancel())
    assert flow.state is f.DeskState.READY and flow.snapshot.receipt is None

    (check,) = flow.handle(f.Scanned(SEAL))
    flow.handle(f.ReceiptChecked(check.token, VALID))  # type: ignore[union-attr]
    _to_identity(flow)  # the next attendee's badge starts their turn from nothing
    assert flow.snapshot.receipt is None


def test_a_stale_or_misplaced_verdict_changes_nothing() -> None:
    flow = _desk()
    (check,) = flow.handle(f.Scanned(SEAL))
    assert isinstance(check, f.CheckReceipt)
    flow.handle(f.Cancel())  # the attendant cancelled before the check came back
    flow.handle(f.ReceiptChecked(check.token, VALID))
    assert flow.state is f.DeskState.READY and flow.snapshot.receipt is None

    _to_identity(flow)
    stale = flow.snapshot.token
    flow.handle(f.ReceiptChecked(stale, VALID))  # a verdict for a badge's lookup: refused
    assert flow.state is f.DeskState.IDENTITY and flow.snapshot.receipt is None


def test_a_receipt_scanned_during_a_signing_is_ignored_with_a_notice() -> None:
    flow = _desk(PLEDGE_A)
    _to_signing(flow)
    assert flow.handle(f.Scanned(LINK)) == []
    assert flow.state is f.DeskState.SIGNING
    assert flow.snapshot.notice is f.Notice.SCAN_IGNORED_BUSY
