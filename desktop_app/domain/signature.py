"""The handwritten signature: pen samples grouped in strokes, with device metadata.

Coordinates are device units (integers) as the pad reported them; the encoding keeps them
losslessly so the proof can be re-examined later. Screen capture maps to the same model.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass, field

ENCODING_MAGIC = b"PSG1"


class SignatureDecodeError(ValueError):
    """Bytes that are not a valid encoded signature."""


@dataclass(frozen=True, slots=True)
class PenSample:
    x: int
    y: int
    pressure: int  # 0 when the device has no pressure
    t_ms: int  # milliseconds since the first sample of the signature


@dataclass(frozen=True, slots=True)
class Stroke:
    samples: tuple[PenSample, ...]

    def __len__(self) -> int:
        return len(self.samples)


@dataclass(frozen=True, slots=True)
class DeviceInfo:
    """What produced the samples: enough to scale, render and audit them."""

    source: str = "pad"  # pad | screen-pen | screen-touch | mouse | simulator
    model: str = ""
    protocol: str = ""
    x_max: int = 65535
    y_max: int = 65535
    p_max: int = 1023  # 0 = no pressure
    units_per_mm: float = 100.0
    firmware: str = ""
    port: str = ""


@dataclass(frozen=True, slots=True)
class Signature:
    strokes: tuple[Stroke, ...]
    device: DeviceInfo = field(default_factory=DeviceInfo)

    @property
    def sample_count(self) -> int:
        return sum(len(s) for s in self.strokes)

    def samples(self) -> Iterator[PenSample]:
        for stroke in self.strokes:
            yield from stroke.samples

    def encode(self) -> bytes:
        """Compact lossless bytes: header, device JSON, delta+zigzag varint samples, zlib."""
        body = bytearray()
        device_json = json.dumps(asdict(self.device), sort_keys=True).encode("utf-8")
        _put_varint(body, len(device_json))
        body += device_json
        _put_varint(body, len(self.strokes))
        px = py = pp = pt = 0
        for stroke in self.strokes:
            _put_varint(body, len(stroke.samples))
            for s in stroke.samples:
                for value, prev in ((s.x, px), (s.y, py), (s.pressure, pp), (s.t_ms, pt)):
                    _put_varint(body, _zigzag(value - prev))
                px, py, pp, pt = s.x, s.y, s.pressure, s.t_ms
        return ENCODING_MAGIC + zlib.compress(bytes(body), 6)

    @classmethod
    def decode(cls, data: bytes) -> Signature:
        if not data.startswith(ENCODING_MAGIC):
            raise SignatureDecodeError("not an encoded signature (bad magic)")
        try:
            body = zlib.decompress(data[len(ENCODING_MAGIC) :])
        except zlib.error as exc:
            raise SignatureDecodeError(f"corrupt signature data: {exc}") from None
        reader = _Reader(body)
        device_len = reader.varint()
        try:
            device = DeviceInfo(**json.loads(reader.take(device_len)))
        except (ValueError, TypeError) as exc:
            raise SignatureDecodeError(f"bad device metadata: {exc}") from None
        strokes: list[Stroke] = []
        px = py = pp = pt = 0
        for _ in range(reader.varint()):
            samples: list[PenSample] = []
            for _ in range(reader.varint()):
                px += _unzigzag(reader.varint())
                py += _unzigzag(reader.varint())
                pp += _unzigzag(reader.varint())
                pt += _unzigzag(reader.varint())
                samples.append(PenSample(px, py, pp, pt))
            strokes.append(Stroke(tuple(samples)))
        if not reader.at_end():
            raise SignatureDecodeError("trailing bytes after signature data")
        return cls(tuple(strokes), device)


def signature_from_points(
    strokes: Sequence[Sequence[tuple[int, int, int, int]]], device: DeviceInfo | None = None
) -> Signature:
    """Build a Signature from ``[(x, y, pressure, t_ms), ...]`` per stroke."""
    return Signature(
        tuple(Stroke(tuple(PenSample(*p) for p in stroke)) for stroke in strokes if stroke),
        device or DeviceInfo(),
    )


def _zigzag(n: int) -> int:
    return (n << 1) if n >= 0 else ((-n) << 1) - 1


def _unzigzag(n: int) -> int:
    return (n >> 1) if not n & 1 else -((n + 1) >> 1)


def _put_varint(buf: bytearray, n: int) -> None:
    while True:
        byte = n & 0x7F
        n >>= 7
        if n:
            buf.append(byte | 0x80)
        else:
            buf.append(byte)
            return


class _Reader:
    def __init__(self, data: bytes) -> None:
        self._data = data
        self._pos = 0

    def varint(self) -> int:
        shift = result = 0
        while True:
            if self._pos >= len(self._data):
                raise SignatureDecodeError("truncated signature data")
            byte = self._data[self._pos]
            self._pos += 1
            result |= (byte & 0x7F) << shift
            if not byte & 0x80:
                return result
            shift += 7
            if shift > 63:
                raise SignatureDecodeError("varint too long")

    def take(self, n: int) -> bytes:
        if self._pos + n > len(self._data):
            raise SignatureDecodeError("truncated signature data")
        chunk = self._data[self._pos : self._pos + n]
        self._pos += n
        return chunk

    def at_end(self) -> bool:
        return self._pos == len(self._data)
