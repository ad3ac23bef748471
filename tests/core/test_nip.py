"""NIP parsing: PNS and PPPK structure, each rejection with its reason."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pakta_common.nip import NipError, NipKind, parse_nip


def test_pns_nip_fields() -> None:
    nip = parse_nip("198001012005011001")
    assert nip.kind is NipKind.PNS
    assert nip.birth_date == dt.date(1980, 1, 1)
    assert nip.appointed == "2005-01"
    assert nip.gender == 1 and nip.sequence == 1
    assert nip.formatted == "19800101 200501 1 001"


def test_pppk_nip_is_recognised_by_digits_13_14() -> None:
    nip = parse_nip("197512312021251003")
    assert nip.kind is NipKind.PPPK
    assert nip.appointed == "2021"


def test_separators_and_surrounding_space_are_tolerated() -> None:
    assert parse_nip(" 19800101 200501 1 001 ").value == "198001012005011001"
    assert parse_nip("19800101.200501.1.001").value == "198001012005011001"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "empty"),
        ("19800101200501100", "18 digits"),
        ("1980010120050110011", "18 digits"),
        ("19800101200501100X", "digits only"),
        ("１９８００１０１２００５０１１００１", "digits only"),  # full-width digits
        ("198002302005011001", "birth date"),  # 30 February
        ("198001012005131001", "month 01-12"),
        ("198001012005001001", "month 01-12"),
        ("198001012005201001", "month 01-12"),  # 20 is neither a month nor PPPK 21-29
        ("198001012005013001", "gender"),
        ("198001012005010001", "gender"),
        ("198001012005011000", "sequence"),
        ("198001011975011001", "not after the birth year"),
        ("189901012005011001", "before 1900"),
    ],
)
def test_rejections_name_their_reason(text: str, reason: str) -> None:
    with pytest.raises(NipError, match=reason):
        parse_nip(text)


def test_old_nine_digit_nip_only_when_allowed() -> None:
    with pytest.raises(NipError, match="old NIP"):
        parse_nip("010203040")
    assert parse_nip("010203040", allow_old=True).kind is NipKind.OLD


@given(st.text(max_size=40))
def test_any_text_is_either_a_nip_or_a_nip_error(text: str) -> None:
    try:
        nip = parse_nip(text)
    except NipError:
        return
    assert len(nip.value) == 18 and nip.value.isdigit()
