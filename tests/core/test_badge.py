"""Badge text parsing: bare NIPs, URLs, our signed payload; everything else typed invalid."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.domain.badge import BadgeForm, encode_signed_badge, parse_badge_text

NIP = "198001012005011001"


@pytest.mark.parametrize(
    "text", [NIP, f"{NIP}\r\n", f"\t{NIP}\n", f"  {NIP}\r", "19800101 200501 1 001"]
)
def test_bare_nip_with_scanner_terminators(text: str) -> None:
    badge = parse_badge_text(text)
    assert (badge.form, badge.identifier) == (BadgeForm.BARE, NIP)


@pytest.mark.parametrize(
    "text",
    [
        f"https://simpeg.malangkota.go.id/pegawai?nip={NIP}",
        f"https://simpeg.example.go.id/profil/{NIP}/kartu",
        f"http://x.go.id/a?id=7&NIP={NIP}",
    ],
)
def test_url_with_a_nip(text: str) -> None:
    badge = parse_badge_text(text)
    assert (badge.form, badge.identifier) == (BadgeForm.URL, NIP)


def test_signed_payload_round_trip() -> None:
    text = encode_signed_badge(NIP, "0a1b2c3d", bytes(range(64)))
    badge = parse_badge_text(text + "\r\n")
    assert badge.form is BadgeForm.SIGNED
    assert (badge.identifier, badge.key_id, badge.signature) == (NIP, "0a1b2c3d", bytes(range(64)))
    assert badge.signed_message == f"PKT1.{NIP}.0a1b2c3d".encode()


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "empty"),
        ("   \r\n", "empty"),
        ("hello world", "not a NIP"),
        ("198001012005011009999", "not a valid NIP"),
        ("198001012005131001", "not a valid NIP"),
        ("https://example.org/nothing", "no NIP"),
        (f"https://x.org/{NIP}/{NIP[:-1]}2", "more than one NIP"),
        ("PKT1.broken", "damaged Pakta badge"),
        ("1980\x0001012005011001", "unreadable characters"),
        ("x" * 5000, "too long"),
    ],
)
def test_invalid_texts_get_a_reason(text: str, reason: str) -> None:
    badge = parse_badge_text(text)
    assert badge.form is BadgeForm.INVALID
    assert reason in badge.reason


@given(st.text(max_size=300))
def test_parser_never_raises(text: str) -> None:
    badge = parse_badge_text(text)
    assert badge.form in BadgeForm
    if badge.form is BadgeForm.INVALID:
        assert badge.reason
