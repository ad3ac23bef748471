"""Zebra/Symbol SSI packet mode: checksum, packet encoder, incremental parser, ACK/NAK.

Packet: ``Len Opcode Source Status Data... CkHi CkLo``; Len counts everything but the two
checksum bytes; the checksum is the 16-bit two's complement of the byte sum, high byte first.
SSI has no sync byte, but it is stop-and-wait: the scanner sends one frame and waits for ACK
or NAK. So a frame with a bad checksum is dropped whole (the NAK makes the scanner resend it)
and the next byte starts the next frame; a stalled partial frame is dropped by ``reset``.
"""

from __future__ import annotations

from dataclasses import dataclass

ACK = 0xD0
NAK = 0xD1
START_SESSION = 0xE4
STOP_SESSION = 0xE5
SCAN_ENABLE = 0xE9
SCAN_DISABLE = 0xEA
DECODE_DATA = 0xF3

SOURCE_DECODER = 0x00
SOURCE_HOST = 0x04

STATUS_RETRANSMIT = 0x01
STATUS_CONTINUATION = 0x02  # more packets of the same message follow

NAK_RESEND = 0x01  # checksum failure: send it again
NAK_BAD_CONTEXT = 0x02
MIN_LEN = 4


@dataclass(frozen=True, slots=True)
class SsiPacket:
    opcode: int
    source: int
    status: int
    data: bytes = b""

    @property
    def retransmit(self) -> bool:
        return bool(self.status & STATUS_RETRANSMIT)

    @property
    def continued(self) -> bool:
        return bool(self.status & STATUS_CONTINUATION)


@dataclass(frozen=True, slots=True)
class SsiChecksumError:
    """A frame whose checksum did not match (answer with NAK_RESEND)."""

    frame: bytes


def checksum(body: bytes) -> int:
    return (-sum(body)) & 0xFFFF


def encode(packet: SsiPacket) -> bytes:
    length = MIN_LEN + len(packet.data)
    if length > 0xFF:
        raise ValueError("SSI packet data too long (split it with the continuation bit)")
    body = bytes((length, packet.opcode, packet.source, packet.status)) + packet.data
    ck = checksum(body)
    return body + bytes((ck >> 8, ck & 0xFF))


def ack() -> bytes:
    return encode(SsiPacket(ACK, SOURCE_HOST, 0))


def nak(cause: int = NAK_RESEND) -> bytes:
    return encode(SsiPacket(NAK, SOURCE_HOST, 0, bytes((cause,))))


def encode_decode_data(code: bytes, barcode_type: int = 0x1C) -> bytes:
    """What a scanner sends for one decode (0x1C = QR code); split into continued packets."""
    chunk = 0xFF - MIN_LEN - 1
    parts = [code[i : i + chunk] for i in range(0, len(code), chunk)] or [b""]
    out = bytearray()
    for i, part in enumerate(parts):
        status = STATUS_CONTINUATION if i < len(parts) - 1 else 0
        out += encode(SsiPacket(DECODE_DATA, SOURCE_DECODER, status, bytes((barcode_type,)) + part))
    return bytes(out)


class SsiParser:
    """Bytes in, packets (or checksum errors) out; a partial frame waits for more bytes."""

    def __init__(self) -> None:
        self._buf = bytearray()
        self.dropped_bytes = 0

    def reset(self) -> None:
        self.dropped_bytes += len(self._buf)
        self._buf.clear()

    @property
    def pending(self) -> bool:
        """A partial frame is waiting for more bytes."""
        return bool(self._buf)

    def feed(self, data: bytes) -> list[SsiPacket | SsiChecksumError]:
        buf = self._buf
        buf += data
        out: list[SsiPacket | SsiChecksumError] = []
        while buf:
            length = buf[0]
            if length < MIN_LEN:
                del buf[0]
                self.dropped_bytes += 1
                continue
            if len(buf) < length + 2:
                break
            frame = bytes(buf[: length + 2])
            if (frame[-2] << 8 | frame[-1]) != checksum(frame[:-2]):
                out.append(SsiChecksumError(frame))
                del buf[: length + 2]
                self.dropped_bytes += length + 2
                continue
            del buf[: length + 2]
            out.append(SsiPacket(frame[1], frame[2], frame[3], frame[4:-2]))
        return out


class DecodeAssembler:
    """Joins continued F3 packets into one code; drops a retransmitted duplicate."""

    def __init__(self) -> None:
        self._parts: list[bytes] = []
        self._last: SsiPacket | None = None

    def add(self, packet: SsiPacket) -> bytes | None:
        if packet.opcode != DECODE_DATA:
            return None
        if packet.retransmit and self._last is not None and _same(packet, self._last):
            return None  # our ACK was lost; the scanner sent the same packet again
        self._last = packet
        self._parts.append(packet.data[1:])  # data[0] is the barcode type
        if packet.continued:
            return None
        code, self._parts = b"".join(self._parts), []
        return code


def _same(a: SsiPacket, b: SsiPacket) -> bool:
    return a.opcode == b.opcode and a.data == b.data
