"""The slice of a pyserial port that parsers' hand-shakes and readers rely on."""

from __future__ import annotations

from typing import Protocol


class BytePort(Protocol):
    @property
    def in_waiting(self) -> int: ...

    @property
    def baudrate(self) -> int: ...

    @baudrate.setter
    def baudrate(self, value: int) -> None: ...

    def read(self, size: int = 1) -> bytes: ...

    def write(self, data: bytes) -> int | None: ...

    def reset_input_buffer(self) -> None: ...
