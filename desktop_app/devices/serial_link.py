"""One reader thread per serial device: open by URL or path, hand-shake, pump bytes, reconnect.

The thread only moves bytes; subclasses turn them into events with a pure parser. Unplug is
noticed by the read failing (USB-serial and pty both raise) or, for plain paths, by the node
vanishing while the line is idle; both well inside a second. After an unplug the same URL is
re-opened every ``retry_s`` until it comes back, so a replugged device needs no restart.

Whatever a port raises (``SerialException``, ``OSError``, ``termios.error`` from a flush or a
baud change on a line that just went away) is a disconnect, never the end of the thread: a
pad pulled out in the middle of its hand-shake used to kill the reader with ``termios.error``.
"""

from __future__ import annotations

import contextlib
import logging
import os
import threading
import time
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

import serial

from desktop_app.devices.byte_port import BytePort
from desktop_app.domain.errors import DeviceUnavailable

try:
    import termios

    _TERMIOS_ERRORS: tuple[type[Exception], ...] = (termios.error,)
except ImportError:  # Windows: pyserial's win32 backend raises SerialException / OSError only
    _TERMIOS_ERRORS = ()

log = logging.getLogger(__name__)

READ_TIMEOUT_S = 0.05

# Everything a serial port raises when its device goes away or misbehaves.
PORT_ERRORS: tuple[type[Exception], ...] = (serial.SerialException, OSError, *_TERMIOS_ERRORS)
_OPEN_ERRORS: tuple[type[Exception], ...] = (*PORT_ERRORS, ValueError)  # ValueError: bad URL


class LinkStatus(StrEnum):
    """What the attendant should know about a device; ui/ translates these codes."""

    OPENING = "opening"
    CONNECTED = "connected"
    NO_REPLY = "no_reply"  # the port opened but no known device answered
    NOT_FOUND = "not_found"  # the port cannot be opened (yet)
    DISCONNECTED = "disconnected"  # it was working and went away
    RECONNECTING = "reconnecting"  # waiting for the same port to come back
    STOPPED = "stopped"


@dataclass(frozen=True, slots=True)
class StatusChange:
    status: LinkStatus
    port: str
    t_ms: int
    detail: str = ""  # technical detail for logs and the CLI, not for the attendant


def monotonic_ms() -> int:
    return time.monotonic_ns() // 1_000_000


def is_path(url: str) -> bool:
    return "://" not in url


def open_serial(url: str, baudrate: int, timeout: float = READ_TIMEOUT_S) -> Any:
    """Open a pyserial port by URL or device path; raises DeviceUnavailable with the reason."""
    try:
        return serial.serial_for_url(url, baudrate=baudrate, timeout=timeout, write_timeout=1.0)
    except _OPEN_ERRORS as exc:
        raise DeviceUnavailable(f"cannot open {url}: {exc}") from None


class SerialLink:
    """Base of device connections: subclasses implement the hand-shake and byte handling."""

    def __init__(
        self,
        url: str,
        *,
        initial_baud: int,
        reconnect: bool = True,
        retry_s: float = 0.2,
        no_reply_retry_s: float = 1.0,
    ) -> None:
        self.url = url
        self.reconnect = reconnect
        self._initial_baud = initial_baud
        self._retry_s = retry_s
        self._no_reply_retry_s = no_reply_retry_s
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._status = LinkStatus.OPENING
        self._status_cond = threading.Condition()
        self._port: Any = None
        self.baud: int | None = None

    # -- life cycle ------------------------------------------------------------------------
    def start(self) -> None:
        if self._thread is not None:
            return
        self._thread = threading.Thread(target=self._run, name=f"link {self.url}", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 2.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)

    def __enter__(self) -> SerialLink:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def status(self) -> LinkStatus:
        return self._status

    def wait_for(self, *statuses: LinkStatus, timeout: float) -> bool:
        """Block until the status is one of ``statuses`` (for tools and tests, not the GUI)."""
        with self._status_cond:
            return self._status_cond.wait_for(lambda: self._status in statuses, timeout)

    def write(self, data: bytes) -> bool:
        """Send bytes to the device if it is connected; False when it is not."""
        port = self._port
        if port is None:
            return False
        try:
            port.write(data)
        except PORT_ERRORS:
            return False
        return True

    # -- subclass hooks --------------------------------------------------------------------
    def _handshake(self, port: BytePort) -> bool:
        return True

    def _handle(self, data: bytes, t_ms: int) -> None:
        raise NotImplementedError

    def _publish(self, change: StatusChange) -> None:
        pass

    def _lost(self) -> None:
        """The device went away while connected (after DISCONNECTED is known)."""

    def _idle(self) -> None:
        """A read timed out with nothing to read (about every READ_TIMEOUT_S while quiet)."""

    def _goodbye(self, port: BytePort) -> None:
        """Last words to the device when the app lets go of it (not on unplug)."""

    # -- the thread ------------------------------------------------------------------------
    def _set_status(self, status: LinkStatus, detail: str = "") -> None:
        with self._status_cond:
            if status == self._status and status != LinkStatus.NO_REPLY:
                return
            self._status = status
            self._status_cond.notify_all()
        self._publish(StatusChange(status, self.url, monotonic_ms(), detail))

    def _run(self) -> None:
        ever_connected = False
        while not self._stop.is_set():
            try:
                port = open_serial(self.url, self._initial_baud)
            except DeviceUnavailable as exc:
                self._set_status(
                    LinkStatus.RECONNECTING if ever_connected else LinkStatus.NOT_FOUND, str(exc)
                )
                if not self.reconnect:
                    break
                self._stop.wait(self._retry_s)
                continue
            detail = ""
            connected = False
            try:
                if not self._handshake(port):
                    if not self._stop.is_set():
                        self._set_status(LinkStatus.NO_REPLY, "no known device answered")
                    _close(port)
                    if not self.reconnect:
                        break
                    self._stop.wait(self._no_reply_retry_s)
                    continue
                connected = ever_connected = True
                self._port = port
                self._set_status(LinkStatus.CONNECTED)
                self._pump(port)
                if self._stop.is_set():
                    self._goodbye(port)
            except PORT_ERRORS as exc:
                detail = f"{type(exc).__name__}: {exc}"
            except Exception as exc:  # a bug must not leave the desk with a dead reader
                log.exception("device reader on %s failed; reconnecting", self.url)
                detail = f"{type(exc).__name__}: {exc}"
            finally:
                self._port = None
                _close(port)
            if self._stop.is_set():
                break
            if connected:
                self._set_status(LinkStatus.DISCONNECTED, detail or "port closed")
                self._lost()
            elif ever_connected:
                # Lost again during the hand-shake (the plug is wiggling): still waiting for it.
                self._set_status(LinkStatus.RECONNECTING, detail)
            if not self.reconnect:
                break
            if not connected:
                self._stop.wait(self._retry_s)  # a port that opens but fails at once: no spin
        self._set_status(LinkStatus.STOPPED)

    def _pump(self, port: Any) -> None:
        # A POSIX device node vanishes on unplug; a Windows COM name is no file at all (its
        # read fails instead), so looking for it there would "unplug" every port at once.
        check_node = is_path(self.url) and os.name == "posix"
        while not self._stop.is_set():
            data = port.read(max(1, port.in_waiting))
            if data:
                self._handle(data, monotonic_ms())
                continue
            if check_node and not os.path.exists(self.url):
                raise serial.SerialException(f"{self.url} vanished")
            self._idle()


def _close(port: Any) -> None:
    with contextlib.suppress(*PORT_ERRORS):
        port.close()
