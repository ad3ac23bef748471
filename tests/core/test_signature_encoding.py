"""The lossless signature encoding: round trips, refused values, garbage bytes."""

from __future__ import annotations

import zlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.domain.signature import (
    ENCODING_MAGIC,
    DeviceInfo,
    PenSample,
    Signature,
    SignatureDecodeError,
    Stroke,
    signature_from_points,
)

I32 = st.integers(-(2**31), 2**31 - 1)
POINT = st.tuples(I32, I32, I32, I32)
STROKES = st.lists(st.lists(POINT, min_size=1, max_size=30), max_size=6)


@given(STROKES)
def test_any_32_bit_signature_round_trips_exactly(strokes: list[list[tuple[int, ...]]]) -> None:
    device = DeviceInfo(source="pad", model="Uji", x_max=4095, port="/dev/ttyUSB0")
    signature = signature_from_points(strokes, device)  # type: ignore[arg-type]
    decoded = Signature.decode(signature.encode())
    assert decoded == signature
    assert [[(p.x, p.y, p.pressure, p.t_ms) for p in s.samples] for s in decoded.strokes] == [
        list(s) for s in strokes
    ]


@pytest.mark.parametrize("value", [2**31, -(2**31) - 1, 2**63, -(2**70)])
def test_values_outside_32_bits_are_refused_not_wrapped(value: int) -> None:
    signature = Signature((Stroke((PenSample(1, 2, 3, 0), PenSample(value, 2, 3, 5))),))
    with pytest.raises(ValueError, match="32-bit"):
        signature.encode()


def test_empty_signature_encodes_and_decodes() -> None:
    assert Signature.decode(Signature(()).encode()) == Signature(())


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"garbage",
        ENCODING_MAGIC + b"not zlib",
        ENCODING_MAGIC + zlib.compress(b"\x01"),
        ENCODING_MAGIC + zlib.compress(b"\xff\xff\x00\x00\x01\x00\x00\x00{}"),
        ENCODING_MAGIC + zlib.compress(b"\x02\x00\x00\x00\x01\x00\x00\x00{}\x05\x00\x00\x00"),
    ],
)
def test_garbage_is_a_decode_error(data: bytes) -> None:
    with pytest.raises(SignatureDecodeError):
        Signature.decode(data)


def test_truncating_a_real_encoding_is_always_caught() -> None:
    data = signature_from_points([[(i, 2 * i, 100, 7 * i) for i in range(50)]]).encode()
    for cut in range(len(ENCODING_MAGIC), len(data)):
        with pytest.raises(SignatureDecodeError):
            Signature.decode(data[:cut])
