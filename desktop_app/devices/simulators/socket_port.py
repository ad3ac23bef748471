"""A TCP socket on 127.0.0.1 standing in for a serial device: pyserial opens it as socket://.

It needs no pseudo-terminal, so the simulators and the device tests run on Windows too. The
app opens ``socket://127.0.0.1:PORT`` exactly as it opens ``COM3``; the listening port stays the
same across unplug and replug, like a USB adapter coming back under the same name. One app
connection at a time: a newer one replaces the older (the app re-opening after a probe).
"""

from __future__ import annotations

import contextlib
import socket

HOST = "127.0.0.1"


class SocketPort:
    def __init__(self, port: int = 0) -> None:
        self._wanted_port = port
        self._listener: socket.socket | None = None
        self._conn: socket.socket | None = None
        self.tcp_port = 0
        self.open()

    @property
    def path(self) -> str:
        """What the app should open."""
        return f"socket://{HOST}:{self.tcp_port}"

    @property
    def is_open(self) -> bool:
        return self._listener is not None

    def open(self) -> None:
        if self.is_open:
            return
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        if hasattr(socket, "SO_EXCLUSIVEADDRUSE"):  # Windows: nobody else may take the port
            listener.setsockopt(socket.SOL_SOCKET, socket.SO_EXCLUSIVEADDRUSE, 1)
        else:  # POSIX: re-listen on the same port right after an unplug (TIME_WAIT)
            listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            listener.bind((HOST, self.tcp_port or self._wanted_port))
            listener.listen(4)
        except OSError:
            listener.close()
            raise
        listener.setblocking(False)
        self._listener = listener
        self.tcp_port = listener.getsockname()[1]

    def close(self) -> None:
        """Unplug: the app's connection drops, and new ones are refused until open()."""
        for sock in (self._conn, self._listener):
            if sock is not None:
                with contextlib.suppress(OSError):
                    sock.close()
        self._conn = self._listener = None

    def _connection(self) -> socket.socket | None:
        """The app's newest connection, accepting any that is waiting."""
        listener = self._listener
        while listener is not None:
            try:
                conn, _addr = listener.accept()
            except (BlockingIOError, InterruptedError):
                break
            except OSError:
                return None
            conn.setblocking(False)
            conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            if self._conn is not None:
                with contextlib.suppress(OSError):
                    self._conn.close()
            self._conn = conn
        return self._conn

    def _drop(self) -> None:
        if self._conn is not None:
            with contextlib.suppress(OSError):
                self._conn.close()
            self._conn = None

    def write(self, data: bytes) -> int:
        """Write what fits; returns bytes written (0 when nobody listens or the buffer is full)."""
        conn = self._connection()
        if conn is None:
            return 0
        try:
            return conn.send(data)
        except (BlockingIOError, InterruptedError):
            return 0
        except OSError:  # the app went away
            self._drop()
            return 0

    def read(self, size: int = 4096) -> bytes:
        conn = self._connection()
        if conn is None:
            return b""
        try:
            data = conn.recv(size)
        except (BlockingIOError, InterruptedError):
            return b""
        except OSError:
            self._drop()
            return b""
        if not data:  # the app closed its end
            self._drop()
        return data

    def line_speed(self) -> int | None:
        """A socket has no line speed: the app's baud setting cannot be checked here."""
        return None
