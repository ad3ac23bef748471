"""Wacom ISDV4 / W8001 serial protocol: incremental parser, packet and reply encoders.

Only the first byte of a packet has bit 7 set, so the parser resynchronises by dropping bytes
until the next such byte. Byte 0 with 0x40 is a query reply (11 bytes), with 0x10 a touch
packet (skipped: its length depends on the sensor, but its bytes end at the next sync byte),
otherwise a 9-byte pen packet.
"""

from __future__ import annotations

from desktop_app.devices.pads.events import PadCapabilities, PadMessage, PenEvent

PEN_PACKET_LEN = 9
QUERY_REPLY_LEN = 11

SYNC = 0x80
CONTROL = 0x40
TOUCH = 0x10
PROX = 0x20
F2 = 0x04  # eraser / side switch 2
F1 = 0x02
TIP = 0x01

PEN_QUERY_REPLY = 0xC0
TOUCH_QUERY_REPLY = 0xC1

CMD_STOP = b"0"
CMD_START = b"1"
CMD_PEN_QUERY = b"*"
CMD_TOUCH_QUERY = b"%"
CMD_TOUCH_RESET = b"&"

BAUD_RATES = (19200, 38400)
DEFAULT_CAPABILITIES = PadCapabilities(x_max=26202, y_max=16325, p_max=1023)

_IDLE, _COLLECT, _SKIP_TOUCH = 0, 1, 2


class Isdv4Parser:
    """Bytes in, pen events and query replies out; keeps a partial packet between feeds."""

    def __init__(self) -> None:
        self._buf = bytearray()
        self._want = 0
        self._state = _IDLE
        self._dropped = 0
        self.touch_bytes = 0  # bytes of touch packets skipped (not noise)
        self.touch_sensor: int | None = None  # from a touch query reply, if one came

    @property
    def dropped_bytes(self) -> int:
        return self._dropped

    def reset(self) -> None:
        self._buf.clear()
        self._state = _IDLE

    def feed(self, data: bytes) -> list[PadMessage]:
        out: list[PadMessage] = []
        buf = self._buf
        for b in data:
            if b & SYNC:
                if self._state == _COLLECT:
                    self._dropped += len(buf)  # truncated packet: a new one started early
                buf.clear()
                if b & CONTROL:
                    self._state, self._want = _COLLECT, QUERY_REPLY_LEN
                elif b & TOUCH:
                    self._state = _SKIP_TOUCH
                    self.touch_bytes += 1
                    continue
                else:
                    self._state, self._want = _COLLECT, PEN_PACKET_LEN
                buf.append(b)
            elif self._state == _COLLECT:
                buf.append(b)
                if len(buf) == self._want:
                    message = self._complete(bytes(buf))
                    if message is not None:
                        out.append(message)
                    buf.clear()
                    self._state = _IDLE
            elif self._state == _SKIP_TOUCH:
                self.touch_bytes += 1
            else:
                self._dropped += 1
        return out

    def _complete(self, packet: bytes) -> PadMessage | None:
        if len(packet) == PEN_PACKET_LEN:
            return decode_pen_packet(packet)
        if packet[0] == PEN_QUERY_REPLY:
            return decode_query_reply(packet)
        if packet[0] == TOUCH_QUERY_REPLY:
            # Panel resolution 0 means the digitiser has no touch sensor at all.
            self.touch_sensor = (packet[2] & 0x07) if packet[1] else None
            return None
        self._dropped += len(packet)  # a control reply we do not know
        return None


def decode_pen_packet(p: bytes) -> PenEvent:
    """A complete 9-byte pen packet (byte 0 has the sync bit, no control or touch bit)."""
    b0, b6 = p[0], p[6]
    return PenEvent(
        x=(p[1] << 9) | (p[2] << 2) | ((b6 >> 5) & 0x03),
        y=(p[3] << 9) | (p[4] << 2) | ((b6 >> 3) & 0x03),
        pressure=((b6 & 0x07) << 7) | p[5],
        tip=bool(b0 & TIP),
        proximity=bool(b0 & PROX),
        eraser=bool(b0 & F2),
        side=bool(b0 & F1),
        tilt_x=p[7],
        tilt_y=p[8],
    )


def encode_pen_packet(ev: PenEvent) -> bytes:
    """The 9 bytes a pad sends for ``ev`` (values are clamped to the wire's ranges)."""
    x = min(max(ev.x, 0), 0xFFFF)
    y = min(max(ev.y, 0), 0xFFFF)
    p = min(max(ev.pressure, 0), 0x3FF)
    b0 = SYNC
    if ev.proximity:
        b0 |= PROX
    if ev.eraser:
        b0 |= F2
    if ev.side:
        b0 |= F1
    if ev.tip:
        b0 |= TIP
    return bytes(
        (
            b0,
            (x >> 9) & 0x7F,
            (x >> 2) & 0x7F,
            (y >> 9) & 0x7F,
            (y >> 2) & 0x7F,
            p & 0x7F,
            ((x & 0x03) << 5) | ((y & 0x03) << 3) | ((p >> 7) & 0x07),
            min(max(ev.tilt_x, 0), 0x7F),
            min(max(ev.tilt_y, 0), 0x7F),
        )
    )


def decode_query_reply(p: bytes) -> PadCapabilities:
    """The 11-byte reply to ``*``: maxima packed like pen bytes 1–6, firmware in bytes 9–10."""
    b6 = p[6]
    firmware = (p[9] << 7) | p[10]
    return PadCapabilities(
        x_max=(p[1] << 9) | (p[2] << 2) | ((b6 >> 5) & 0x03),
        y_max=(p[3] << 9) | (p[4] << 2) | ((b6 >> 3) & 0x03),
        p_max=((b6 & 0x07) << 7) | p[5],
        tilt_x_max=p[7],
        tilt_y_max=p[8],
        firmware=f"{firmware:#06x}",
    )


def encode_query_reply(caps: PadCapabilities, firmware: int = 0x0403) -> bytes:
    """What a pad answers to ``*`` (used by the simulator and the tests)."""
    packed = encode_pen_packet(
        PenEvent(x=caps.x_max, y=caps.y_max, pressure=caps.p_max, tip=False, proximity=False)
    )
    return (
        bytes((PEN_QUERY_REPLY,))
        + packed[1:7]
        + bytes((caps.tilt_x_max & 0x7F, caps.tilt_y_max & 0x7F))
        + bytes(((firmware >> 7) & 0x7F, firmware & 0x7F))
    )


def encode_touch_query_reply(sensor_id: int | None) -> bytes:
    """Reply to ``%``: resolution 0 when there is no touch sensor."""
    if sensor_id is None:
        return bytes((TOUCH_QUERY_REPLY,)) + bytes(10)
    return bytes((TOUCH_QUERY_REPLY, 0x0A, sensor_id & 0x07)) + bytes(8)


def encode_touch_packet(x: int, y: int, down: bool = True) -> bytes:
    """A 5-byte single-finger touch packet (sensor 0/2); the parser skips these."""
    return bytes((0x90 | (1 if down else 0), (x >> 7) & 0x7F, x & 0x7F, (y >> 7) & 0x7F, y & 0x7F))
