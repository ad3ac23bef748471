"""How a simulator reaches the app: a pseudo-terminal (POSIX) or a 127.0.0.1 socket (any OS).

Both look the same to a simulator (write, read, unplug, replug, the URL or path to give the
app); the pty module is imported only when asked for, so this imports on Windows.
"""

from __future__ import annotations

import sys
from typing import Literal, Protocol

Transport = Literal["pty", "socket"]
TRANSPORTS: tuple[Transport, ...] = ("pty", "socket")


class SimulatedLine(Protocol):
    @property
    def path(self) -> str:
        """What the app opens: a device path or a pyserial URL."""
        ...

    @property
    def is_open(self) -> bool: ...

    def open(self) -> None: ...

    def close(self) -> None: ...

    def write(self, data: bytes) -> int: ...

    def read(self, size: int = 4096) -> bytes: ...

    def line_speed(self) -> int | None:
        """The app's baud setting as the platform encodes it, when the line can tell."""
        ...


def default_transport() -> Transport:
    return "socket" if sys.platform == "win32" else "pty"


def open_line(transport: Transport | None = None, link: str | None = None) -> SimulatedLine:
    """A new simulated line. ``link``: for a pty, a path to make a symlink to it; for a
    socket, the TCP port number to listen on (default: a free one)."""
    kind = transport or default_transport()
    if kind == "socket":
        from desktop_app.devices.simulators.socket_port import SocketPort

        if link is not None and not link.isdigit():
            raise ValueError(f"a socket simulator listens on a port number, not {link!r}")
        return SocketPort(int(link) if link else 0)
    if kind == "pty":
        if sys.platform == "win32":
            raise ValueError("pseudo-terminals do not exist on Windows: use --transport socket")
        from desktop_app.devices.simulators.pty_port import PtyPort

        return PtyPort(link)
    raise ValueError(f"unknown transport {kind!r} (pty or socket)")


def baud_code(transport_line: SimulatedLine, baud: int) -> int | None:
    """The platform's code for ``baud`` on a line that reports its speed (a pty), else None."""
    if transport_line.line_speed() is None:
        return None
    from desktop_app.devices.simulators.pty_port import baud_constant

    return baud_constant(baud)
