"""Topaz SigLite-class 5-byte serial protocol: incremental parser and packet encoder.

There is no public vendor spec; the layout follows the one open parser (waxbee). A packet
whose byte 2 or 4 has any of its top three bits set is rejected, as that parser does.
"""

from __future__ import annotations

from desktop_app.devices.pads.events import PadCapabilities, PadMessage, PenEvent

PACKET_LEN = 5
SYNC = 0x80
PROX = 0x40
TIP = 0x01
_HIGH_BITS = 0xE0

BAUD_RATES = (19200,)
# About 410 lines per inch on SigLite pads; no pressure channel.
DEFAULT_CAPABILITIES = PadCapabilities(x_max=4095, y_max=4095, p_max=0, units_per_mm=16.0)


class TopazParser:
    """Bytes in, pen events out; counts clean packets so a probe can recognise the pad."""

    def __init__(self) -> None:
        self._buf = bytearray()
        self._dropped = 0
        self.rejected_packets = 0

    @property
    def dropped_bytes(self) -> int:
        return self._dropped

    def reset(self) -> None:
        self._buf.clear()

    def feed(self, data: bytes) -> list[PadMessage]:
        out: list[PadMessage] = []
        buf = self._buf
        for b in data:
            if b & SYNC:
                self._dropped += len(buf)
                buf.clear()
                buf.append(b)
            elif buf:
                buf.append(b)
                if len(buf) == PACKET_LEN:
                    if (buf[2] | buf[4]) & _HIGH_BITS:
                        self.rejected_packets += 1
                        self._dropped += PACKET_LEN
                    else:
                        out.append(decode_packet(bytes(buf)))
                    buf.clear()
            else:
                self._dropped += 1
        return out


def decode_packet(p: bytes) -> PenEvent:
    b0 = p[0]
    return PenEvent(
        x=p[1] | (p[2] << 7),
        y=p[3] | (p[4] << 7),
        pressure=0,
        tip=bool(b0 & TIP),
        proximity=bool(b0 & PROX),
    )


def encode_packet(ev: PenEvent) -> bytes:
    x = min(max(ev.x, 0), 0xFFF)
    y = min(max(ev.y, 0), 0xFFF)
    b0 = SYNC | (PROX if ev.proximity else 0) | (TIP if ev.tip else 0)
    return bytes((b0, x & 0x7F, x >> 7, y & 0x7F, y >> 7))
