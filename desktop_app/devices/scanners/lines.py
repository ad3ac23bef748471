"""CR/LF-terminated codes from a USB-CDC or RS-232 scanner, and what a code decodes to."""

from __future__ import annotations

from dataclasses import dataclass

MAX_CODE_BYTES = 4096


@dataclass(frozen=True, slots=True)
class SerialScan:
    text: str
    raw: bytes
    t_ms: int
    garbled: bool  # not UTF-8 or full of control characters: a wrong scanner setting, say so


def decode_code(raw: bytes, t_ms: int) -> SerialScan:
    """Bytes of one code → text; never raises, flags what a person cannot have meant."""
    try:
        text = raw.decode("utf-8")
        garbled = False
    except UnicodeDecodeError:
        text = raw.decode("latin-1")
        garbled = True
    if any(ord(c) < 0x20 and c not in "\t" for c in text):
        garbled = True
    return SerialScan(text, raw, t_ms, garbled)


class LineFramer:
    """Splits a byte stream at CR or LF; CR LF counts once; an over-long line is dropped."""

    def __init__(self, max_len: int = MAX_CODE_BYTES) -> None:
        self._buf = bytearray()
        self._max_len = max_len
        self._overflowed = False
        self.dropped_lines = 0

    def reset(self) -> None:
        self._buf.clear()
        self._overflowed = False

    def feed(self, data: bytes) -> list[bytes]:
        out: list[bytes] = []
        for b in data:
            if b in (0x0D, 0x0A):
                if self._overflowed:
                    self.dropped_lines += 1
                elif self._buf:
                    out.append(bytes(self._buf))
                self._buf.clear()
                self._overflowed = False
            elif not self._overflowed:
                self._buf.append(b)
                if len(self._buf) > self._max_len:
                    self._buf.clear()
                    self._overflowed = True
        return out
