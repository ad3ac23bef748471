"""Topaz 5-byte parser: layout, rejection of bytes 2/4 with high bits, garbage."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.devices.pads import topaz
from desktop_app.devices.pads.events import PenEvent


def test_layout() -> None:
    ev = PenEvent(x=0xABC, y=0x123, pressure=0, tip=True, proximity=True)
    packet = topaz.encode_packet(ev)
    assert packet == bytes((0xC1, 0xABC & 0x7F, 0xABC >> 7, 0x123 & 0x7F, 0x123 >> 7))
    assert topaz.TopazParser().feed(packet) == [ev]


def test_rejects_high_bits_in_bytes_2_and_4() -> None:
    parser = topaz.TopazParser()
    good = topaz.encode_packet(PenEvent(10, 20, 0, tip=True))
    assert parser.feed(bytes((0xC1, 1, 0x20, 1, 0)) + bytes((0xC1, 1, 0, 1, 0x40)) + good) == [
        PenEvent(10, 20, 0, tip=True)
    ]
    assert parser.rejected_packets == 2


def test_resync() -> None:
    parser = topaz.TopazParser()
    good = topaz.encode_packet(PenEvent(1, 2, 0, tip=False, proximity=True))
    assert len(parser.feed(b"\x05\x06" + good[:3] + good + good)) == 2
    assert parser.dropped_bytes == 5


@given(st.binary(max_size=1000))
def test_any_bytes(data: bytes) -> None:
    for message in topaz.TopazParser().feed(data):
        assert isinstance(message, PenEvent)


events = st.builds(
    PenEvent,
    x=st.integers(0, 4095),
    y=st.integers(0, 4095),
    pressure=st.just(0),
    tip=st.booleans(),
    proximity=st.booleans(),
)


@given(st.lists(events, max_size=40))
def test_round_trip(evs: list[PenEvent]) -> None:
    data = b"".join(topaz.encode_packet(e) for e in evs)
    assert topaz.TopazParser().feed(data) == evs
