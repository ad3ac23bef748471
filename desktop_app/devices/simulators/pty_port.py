"""A pseudo-terminal pair standing in for a serial device node, optionally at a fixed path.

The app opens the slave side by path (or by the symlink ``link``) exactly as it opens
/dev/ttyUSB0. "Unplug" closes both ends and removes the link; "replug" makes a new pair and
points the same link at it, like a USB adapter coming back under the same name.
"""

from __future__ import annotations

import contextlib
import os
import termios
import tty


class PtyPort:
    def __init__(self, link: str | None = None) -> None:
        self.link = link
        self.master_fd = -1
        self._slave_fd = -1
        self.slave_name = ""
        self.open()

    @property
    def path(self) -> str:
        """What the app should open."""
        return self.link or self.slave_name

    @property
    def is_open(self) -> bool:
        return self.master_fd >= 0

    def open(self) -> None:
        if self.is_open:
            return
        master, slave = os.openpty()
        # Raw: no echo of the app's commands back to it, no CR/LF translation of binary data.
        tty.setraw(slave)
        os.set_blocking(master, False)  # a pad with nobody listening drops data, never blocks
        self.master_fd, self._slave_fd = master, slave  # the slave stays open so the pair lives
        self.slave_name = os.ttyname(slave)
        if self.link:
            if os.path.exists(self.link) and not os.path.islink(self.link):
                self.close()
                raise FileExistsError(f"{self.link} exists and is not a symlink")
            tmp = f"{self.link}.{os.getpid()}.tmp"
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)
            os.symlink(self.slave_name, tmp)
            os.replace(tmp, self.link)  # atomic: the path is never half-made

    def close(self) -> None:
        if self.link and os.path.islink(self.link):
            with contextlib.suppress(FileNotFoundError):
                os.unlink(self.link)
        for fd in (self.master_fd, self._slave_fd):
            if fd >= 0:
                with contextlib.suppress(OSError):
                    os.close(fd)
        self.master_fd = self._slave_fd = -1

    def write(self, data: bytes) -> int:
        """Write what fits; returns bytes written (0 when closed or the buffer is full)."""
        if not self.is_open:
            return 0
        try:
            return os.write(self.master_fd, data)
        except (BlockingIOError, OSError):
            return 0

    def read(self, size: int = 4096) -> bytes:
        if not self.is_open:
            return b""
        try:
            return os.read(self.master_fd, size)
        except (BlockingIOError, OSError):
            return b""

    def line_speed(self) -> int | None:
        """The baud rate the app set on its end (termios constant value), if known."""
        if not self.is_open:
            return None
        try:
            return int(termios.tcgetattr(self.master_fd)[4])
        except termios.error:
            return None


def baud_constant(baud: int) -> int | None:
    value = getattr(termios, f"B{baud}", None)
    return int(value) if value is not None else None
