"""CR/LF framing of serial scanner output, and codes a person cannot have meant."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.devices.scanners.lines import LineFramer, decode_code


def test_cr_lf_and_partial() -> None:
    framer = LineFramer()
    assert framer.feed(b"1990010120150310") == []
    assert framer.feed(b"01\r\nABC\rDEF\n\r\n") == [b"199001012015031001", b"ABC", b"DEF"]


def test_overlong_line_dropped() -> None:
    framer = LineFramer(max_len=8)
    assert framer.feed(b"0123456789ABCDEF\r\nshort\r\n") == [b"short"]
    assert framer.dropped_lines == 1


def test_garbled_codes_flagged_not_raised() -> None:
    assert decode_code(b"\xff\xfe\x01abc", 5).garbled
    assert decode_code(b"a\x1bb", 5).garbled
    ok = decode_code(b"PKT1.199001012015031001", 5)
    assert not ok.garbled and ok.text == "PKT1.199001012015031001"


@given(st.binary(max_size=500))
def test_any_bytes(data: bytes) -> None:
    for raw in LineFramer().feed(data):
        assert b"\r" not in raw and b"\n" not in raw
        decode_code(raw, 0)
