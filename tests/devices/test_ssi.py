"""Zebra SSI: the checksum examples from devices.md, parser, continuation, ACK/NAK, garbage."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.devices.scanners import ssi


def test_checksum_examples() -> None:
    for hex_text in ("04 10 04 00 FF E8", "0A 80 04 00 00 06 20 00 FF FF FD 4E"):
        frame = bytes.fromhex(hex_text)
        assert ssi.checksum(frame[:-2]) == (frame[-2] << 8 | frame[-1])
        (packet,) = ssi.SsiParser().feed(frame)
        assert isinstance(packet, ssi.SsiPacket)
        assert ssi.encode(packet) == frame


def test_ack_and_nak_frames() -> None:
    assert ssi.ack() == bytes.fromhex("04 D0 04 00") + ssi.checksum(
        bytes.fromhex("04 D0 04 00")
    ).to_bytes(2, "big")
    (nak,) = ssi.SsiParser().feed(ssi.nak())
    assert isinstance(nak, ssi.SsiPacket) and nak.opcode == ssi.NAK and nak.data == b"\x01"


def test_bad_checksum_reported_then_resync() -> None:
    good = ssi.encode_decode_data(b"199001012015031001")
    bad = bytearray(good)
    bad[5] ^= 0x01
    out = ssi.SsiParser().feed(bytes(bad) + good)
    assert isinstance(out[0], ssi.SsiChecksumError)
    assert isinstance(out[1], ssi.SsiPacket) and out[1].data[1:] == b"199001012015031001"
    assert len(out) == 2


def test_long_code_split_and_joined_and_retransmit_dropped() -> None:
    code = bytes(range(32, 127)) * 4  # 380 bytes: two packets
    frames = ssi.encode_decode_data(code)
    packets = [p for p in ssi.SsiParser().feed(frames) if isinstance(p, ssi.SsiPacket)]
    assert len(packets) == 2 and packets[0].continued
    joiner = ssi.DecodeAssembler()
    assert joiner.add(packets[0]) is None
    assert joiner.add(packets[1]) == code
    again = ssi.SsiPacket(packets[1].opcode, 0, ssi.STATUS_RETRANSMIT, packets[1].data)
    assert joiner.add(again) is None


@given(st.binary(max_size=600))
def test_any_bytes(data: bytes) -> None:
    for item in ssi.SsiParser().feed(data):
        assert isinstance(item, ssi.SsiPacket | ssi.SsiChecksumError)


@given(st.integers(0, 255), st.integers(0, 255), st.integers(0, 255), st.binary(max_size=200))
def test_round_trip(opcode: int, source: int, status: int, data: bytes) -> None:
    packet = ssi.SsiPacket(opcode, source, status, data)
    assert ssi.SsiParser().feed(ssi.encode(packet)) == [packet]
