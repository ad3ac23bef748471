"""ISDV4 parser and encoders on bytes alone: the spec example, replies, touch, garbage."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.devices.pads import isdv4
from desktop_app.devices.pads.events import PadCapabilities, PenEvent

EXAMPLE = bytes.fromhex("a12e702314000400 00".replace(" ", ""))


def test_spec_example_encodes_and_decodes() -> None:
    ev = PenEvent(x=24000, y=18000, pressure=512, tip=True, proximity=True)
    assert isdv4.encode_pen_packet(ev) == EXAMPLE
    assert isdv4.Isdv4Parser().feed(EXAMPLE) == [ev]


def test_flags_and_low_bits() -> None:
    ev = PenEvent(
        x=65535,
        y=3,
        pressure=1023,
        tip=False,
        proximity=True,
        eraser=True,
        side=True,
        tilt_x=127,
        tilt_y=5,
    )
    assert isdv4.Isdv4Parser().feed(isdv4.encode_pen_packet(ev)) == [ev]


def test_query_reply_gives_ranges_and_firmware() -> None:
    caps = PadCapabilities(x_max=26202, y_max=16325, p_max=1023, tilt_x_max=63, tilt_y_max=63)
    reply = isdv4.encode_query_reply(caps, firmware=0x0403)
    assert len(reply) == 11 and reply[0] == 0xC0
    (got,) = isdv4.Isdv4Parser().feed(reply)
    assert got == PadCapabilities(26202, 16325, 1023, 63, 63, firmware="0x0403")


def test_partial_packets_across_feeds() -> None:
    parser = isdv4.Isdv4Parser()
    stream = EXAMPLE * 3
    out = []
    for i in range(len(stream)):
        out += parser.feed(stream[i : i + 1])
    assert len(out) == 3 and parser.dropped_bytes == 0


def test_resync_after_garbage_and_truncation() -> None:
    parser = isdv4.Isdv4Parser()
    stream = b"\x01\x7f\x33" + EXAMPLE[:5] + EXAMPLE + b"\x00" + EXAMPLE
    assert len(parser.feed(stream)) == 2
    assert parser.dropped_bytes == 3 + 5 + 1


def test_touch_packets_are_skipped_not_counted_as_noise() -> None:
    parser = isdv4.Isdv4Parser()
    touch5 = isdv4.encode_touch_packet(100, 200)
    touch13 = bytes((0x93,)) + bytes(range(12))  # two fingers, 13 bytes
    out = parser.feed(touch5 + EXAMPLE + touch13 + EXAMPLE + touch5)
    assert len(out) == 2 and all(isinstance(m, PenEvent) for m in out)
    assert parser.dropped_bytes == 0
    assert parser.touch_bytes == 5 + 13 + 5


def test_touch_query_reply_sets_sensor() -> None:
    parser = isdv4.Isdv4Parser()
    assert parser.feed(isdv4.encode_touch_query_reply(2)) == []
    assert parser.touch_sensor == 2
    parser.feed(isdv4.encode_touch_query_reply(None))
    assert parser.touch_sensor is None


pen_events = st.builds(
    PenEvent,
    x=st.integers(0, 0xFFFF),
    y=st.integers(0, 0xFFFF),
    pressure=st.integers(0, 1023),
    tip=st.booleans(),
    proximity=st.booleans(),
    eraser=st.booleans(),
    side=st.booleans(),
    tilt_x=st.integers(0, 127),
    tilt_y=st.integers(0, 127),
)


@given(st.binary(max_size=2000))
def test_any_bytes_parse_without_exception(data: bytes) -> None:
    parser = isdv4.Isdv4Parser()
    for message in parser.feed(data):
        assert isinstance(message, PenEvent | PadCapabilities)


@given(st.lists(pen_events, max_size=30), st.binary(max_size=40), st.integers(1, 17))
def test_encode_decode_identity_with_noise_before(
    events: list[PenEvent], noise: bytes, chunk: int
) -> None:
    # Noise ends with a sync byte at most, which a real packet then truncates.
    stream = noise + b"".join(isdv4.encode_pen_packet(e) for e in events)
    parser = isdv4.Isdv4Parser()
    out = []
    for i in range(0, len(stream), chunk):
        out += parser.feed(stream[i : i + chunk])
    pens = [m for m in out if isinstance(m, PenEvent)]
    assert pens[-len(events) :] == events if events else True


@given(st.binary(min_size=8, max_size=8))
def test_valid_packet_bytes_round_trip(body: bytes) -> None:
    # A valid pen packet: byte 0 has sync, no control/touch/reserved bit; others 7-bit.
    b0 = 0x80 | (body[0] & 0x27)
    packet = bytes((b0, *(b & 0x7F for b in body)))
    packet = packet[:6] + bytes((packet[6] & 0x7F,)) + packet[7:]
    (ev,) = isdv4.Isdv4Parser().feed(packet)
    assert isinstance(ev, PenEvent)
    assert isdv4.encode_pen_packet(ev) == packet
